package org.jkeepalived.lvs.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.mibs.model.CheckDurations;

/**
 * The checkers' probe times, gathered on the checkers' loops per check until the engine's loop
 * takes them in a batch ({@link #drain}). Handing each probe's time to the engine's loop cost a
 * wake-up of that thread, a task and a new histogram per probe: at 12,000 checks a second that
 * was a context switch every 80 us for a figure that reaches the store once per counter delay
 * anyway (bench/checkers). Recording allocates nothing after a check's first probe.
 */
final class ProbeTimes {
  private static final long[] BOUNDS_NANOS =
      CheckDurations.BOUNDS.stream().mapToLong(Duration::toNanos).toArray();

  private final ConcurrentHashMap<CheckId, Pending> pending = new ConcurrentHashMap<>();

  /** From a checker's loop: one probe of {@code id} took {@code took}. */
  void record(CheckId id, Duration took) {
    long nanos = Math.max(0, took.toNanos());
    while (!pending.computeIfAbsent(id, k -> new Pending()).add(nanos)) {
      Thread.onSpinWait(); // drain is retiring that entry: the next one takes the probe
    }
  }

  /**
   * On the engine's loop: hands every check's probes since the last drain to {@code to}, as one
   * {@link CheckDurations} batch each; a check with none since then is forgotten (a check that
   * a reload removed leaves nothing behind).
   */
  void drain(BiConsumer<CheckId, CheckDurations> to) {
    List<CheckId> idle = new ArrayList<>();
    pending.forEach((id, p) -> {
      CheckDurations d = p.takeOrRetire();
      if (d == null) {
        idle.add(id);
      } else {
        to.accept(id, d);
      }
    });
    for (CheckId id : idle) {
      pending.computeIfPresent(id, (k, p) -> p.retired() ? null : p);
    }
  }

  /** One check's probes since the last drain; its lock is only ever contended by a drain. */
  private static final class Pending {
    private final long[] buckets = new long[BOUNDS_NANOS.length + 1];
    private long count;
    private long sumNanos;
    private long lastNanos;
    private boolean retired;

    synchronized boolean add(long nanos) {
      if (retired) {
        return false;
      }
      int i = 0;
      while (i < BOUNDS_NANOS.length && nanos > BOUNDS_NANOS[i]) {
        i++;
      }
      buckets[i]++;
      count++;
      sumNanos += nanos;
      lastNanos = nanos;
      return true;
    }

    /** The probes since the last call, or null (and retired: no more adds) when none. */
    synchronized CheckDurations takeOrRetire() {
      if (count == 0) {
        retired = true;
        return null;
      }
      List<Long> b = new ArrayList<>(buckets.length);
      for (int i = 0; i < buckets.length; i++) {
        b.add(buckets[i]);
        buckets[i] = 0;
      }
      CheckDurations d = new CheckDurations(count, Duration.ofNanos(sumNanos), b,
          Duration.ofNanos(lastNanos));
      count = 0;
      sumNanos = 0;
      return d;
    }

    synchronized boolean retired() {
      return retired;
    }
  }
}
