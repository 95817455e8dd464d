package org.jkeepalived.lvs.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;
import org.jkeepalived.mibs.model.CheckDurations;
import org.jkeepalived.mibs.model.CheckerState;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.store.Index;

/**
 * One real server as the engine runs it: its row, what each of its checkers last said, and
 * whether the engine counts it alive. keepalived's rules (check/ipwrapper.c): a real server is
 * alive when none of its checkers fails (no checkers: always alive); a checker starts up unless
 * {@code alpha}; the weight IPVS gets is the configured (or SNMP-set) weight, or the one a
 * MISC_CHECK with misc_dynamic set, plus what FILE_CHECKs add, clamped to 0..INT32_MAX
 * (real_weight). Runs on the engine's loop only.
 */
final class RealServerRuntime {
  private final String key;
  private Index index;
  private RealServerRow row;
  private final List<Checker> checkers = new ArrayList<>();
  private boolean alive;
  private IpvsStats stats = IpvsStats.ZERO;

  /** What one checker last said, and how long its probes took. */
  private record Checker(CheckerConfig config, boolean up, OptionalInt weight, int adjust,
      String reason, CheckDurations durations) {
    static Checker initial(CheckerConfig c) {
      CheckerTiming t = c.timing();
      return new Checker(c, t == null || !t.alpha(), OptionalInt.empty(), 0, "",
          CheckDurations.NONE);
    }

    CheckerState state() {
      return new CheckerState(config.kind(), up, reason, durations);
    }
  }

  RealServerRuntime(String key, Index index, RealServerRow row) {
    this.key = Objects.requireNonNull(key);
    this.index = index;
    this.row = row;
    for (CheckerConfig c : row.config().checkers()) {
      checkers.add(Checker.initial(c));
    }
    alive = failedChecks() == 0;
  }

  String key() {
    return key;
  }

  Index index() {
    return index;
  }

  RealServerRow row() {
    return row;
  }

  boolean alive() {
    return alive;
  }

  boolean inhibit() {
    return row.config().inhibitOnFailure();
  }

  List<CheckerConfig> checkers() {
    return checkers.stream().map(Checker::config).toList();
  }

  /**
   * A reload or an SNMP SET changed the row: checkers whose configuration is unchanged at the
   * same position keep what they said (keepalived's migrate_checkers), the others start afresh.
   *
   * @return whether the server's aliveness changed
   */
  boolean update(Index newIndex, RealServerRow next) {
    index = newIndex;
    List<Checker> old = List.copyOf(checkers);
    checkers.clear();
    List<CheckerConfig> configs = next.config().checkers();
    for (int i = 0; i < configs.size(); i++) {
      CheckerConfig c = configs.get(i);
      checkers.add(i < old.size() && old.get(i).config().equals(c) ? old.get(i) : Checker.initial(c));
    }
    row = next;
    return refreshAlive();
  }

  /**
   * A checker's verdict.
   *
   * @return whether the server's aliveness changed; false too for an unknown checker
   */
  boolean verdict(int ordinal, CheckVerdict v) {
    if (ordinal >= checkers.size()) {
      return false;
    }
    Checker c = checkers.get(ordinal);
    checkers.set(ordinal, new Checker(c.config(), v.up(), v.weight(), v.weightAdjust(),
        v.reason(), c.durations()));
    return refreshAlive();
  }

  /**
   * One probe of a checker ended after {@code took} (the checker's own measure).
   *
   * @return false for an unknown checker
   */
  boolean probed(int ordinal, Duration took) {
    return probed(ordinal, CheckDurations.NONE.plus(took));
  }

  /**
   * Probes of a checker since the last batch ({@link ProbeTimes}).
   *
   * @return false for an unknown checker
   */
  boolean probed(int ordinal, CheckDurations batch) {
    if (ordinal >= checkers.size()) {
      return false;
    }
    Checker c = checkers.get(ordinal);
    checkers.set(ordinal, new Checker(c.config(), c.up(), c.weight(), c.adjust(), c.reason(),
        c.durations().plus(batch)));
    return true;
  }

  private boolean refreshAlive() {
    boolean now = failedChecks() == 0;
    boolean changed = now != alive;
    alive = now;
    return changed;
  }

  /** The engine takes the server out (removed from the configuration, or stopping). */
  void markDown() {
    alive = false;
  }

  long failedChecks() {
    return checkers.stream().filter(c -> !c.up()).count();
  }

  /** The weight IPVS gets while the server is alive (keepalived's effective weight). */
  int effectiveWeight() {
    long w = row.weight();
    long adjust = 0;
    for (Checker c : checkers) {
      if (c.weight().isPresent()) {
        w = c.weight().getAsInt();
      }
      adjust += c.adjust();
    }
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, w + adjust));
  }

  void stats(IpvsStats s) {
    stats = s;
  }

  RealServerState state() {
    return new RealServerState(alive ? RealServerStatus.ALIVE : RealServerStatus.DEAD,
        failedChecks(), stats, checkers.stream().map(Checker::state).toList());
  }
}
