package org.jkeepalived.vrrp.track;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.linux.watch.ProcEvent;
import org.jkeepalived.linux.watch.ProcFs;
import org.jkeepalived.linux.watch.ProcessEventSource;
import org.jkeepalived.mibs.config.TrackProcessConfig;
import org.jkeepalived.engine.loop.Scheduler;

/**
 * Tracks every vrrp_track_process: scans /proc once at start, then follows the proc connector's
 * fork/exec/comm/exit events (a forked child inherits its parent's match; exec and comm re-read
 * the process), and debounces quorum changes through {@link ProcessQuorumState}. Events arrive on
 * the source's thread and are handed to the loop.
 */
public final class ProcessTracker implements AutoCloseable {
  private final Scheduler loop;
  private final ProcFs proc;
  private final TrackerSink sink;
  private final Map<String, ProcessMatcher> matchers = new HashMap<>();
  private final Map<String, Set<Integer>> members = new HashMap<>();
  private final Map<String, ProcessQuorumState> states = new HashMap<>();
  private final Map<String, Scheduler.Cancellable> timers = new HashMap<>();
  private final List<TrackProcessConfig> configs;
  private AutoCloseable subscription;

  public ProcessTracker(List<TrackProcessConfig> configs, Scheduler loop, ProcFs proc, TrackerSink sink) {
    this.configs = List.copyOf(configs);
    this.loop = loop;
    this.proc = proc;
    this.sink = sink;
    for (TrackProcessConfig c : configs) {
      matchers.put(c.name(), new ProcessMatcher(c));
      members.put(c.name(), new HashSet<>());
    }
  }

  /** Subscribes, scans /proc and publishes every tracker's initial state; call on the loop. */
  public void start(ProcessEventSource source) throws IOException {
    subscription = source.subscribe(e -> loop.execute(() -> onEvent(e)), () -> loop.execute(this::rescan));
    for (int pid : proc.pids()) {
      classify(pid);
    }
    for (TrackProcessConfig c : configs) {
      ProcessQuorumState s = ProcessQuorumState.initial(c.quorum(), c.quorumMax(), c.forkDelay(),
          c.terminateDelay(), members.get(c.name()).size());
      states.put(c.name(), s);
      sink.update(key(c.name()), s.observation());
    }
  }

  /** The current state of one tracker. */
  public ProcessQuorumState state(String name) {
    return states.get(name);
  }

  private static TrackerKey key(String name) {
    return new TrackerKey(TrackerKind.PROCESS, name);
  }

  private boolean needsCmdline() {
    return matchers.values().stream().anyMatch(ProcessMatcher::needsCmdline);
  }

  /** Re-reads one process and updates which trackers it counts for. */
  private void classify(int pid) {
    var info = proc.read(pid, needsCmdline());
    for (var e : matchers.entrySet()) {
      boolean match = info.isPresent() && e.getValue().matches(info.get().comm(), info.get().cmdline());
      Set<Integer> set = members.get(e.getKey());
      if (match) {
        set.add(pid);
      } else {
        set.remove(pid);
      }
    }
  }

  void onEvent(ProcEvent e) {
    if (e.isThread()) {
      return;
    }
    if (e instanceof ProcEvent.Fork f) {
      // the child runs the parent's image until it execs
      for (Set<Integer> set : members.values()) {
        if (set.contains(f.parentTgid())) {
          set.add(f.childTgid());
        }
      }
    } else if (e instanceof ProcEvent.Exit x) {
      members.values().forEach(s -> s.remove(x.pid()));
    } else {
      classify(e.pid());
    }
    recount();
  }

  private void rescan() {
    members.values().forEach(Set::clear);
    try {
      for (int pid : proc.pids()) {
        classify(pid);
      }
    } catch (IOException ignored) {
      // keep the empty view; the next event corrects it
    }
    recount();
  }

  private void recount() {
    Instant now = loop.now();
    for (var entry : new ArrayList<>(states.entrySet())) {
      String name = entry.getKey();
      update(name, entry.getValue().withCount(members.get(name).size(), now));
    }
  }

  private void update(String name, ProcessQuorumState next) {
    ProcessQuorumState prev = states.put(name, next);
    if (prev.up() != next.up()) {
      sink.update(key(name), next.observation());
    }
    if (!next.nextDeadline().equals(prev.nextDeadline())) {
      Scheduler.Cancellable old = timers.remove(name);
      if (old != null) {
        old.cancel();
      }
      next.nextDeadline().ifPresent(d -> timers.put(name, loop.schedule(
          java.time.Duration.between(loop.now(), d), () -> update(name, states.get(name).tick(loop.now())))));
    }
  }

  @Override
  public void close() throws Exception {
    timers.values().forEach(Scheduler.Cancellable::cancel);
    if (subscription != null) {
      subscription.close();
    }
  }
}
