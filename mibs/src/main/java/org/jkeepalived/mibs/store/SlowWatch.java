package org.jkeepalived.mibs.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The store's watchdog timer: runs a check every {@code period} while some listener is in a
 * delivery, and not at all while none is, so that an idle daemon wakes up for nothing (a
 * fixed-rate tick every 25 ms was 0.6 % of a core on an idle one-instance node). A delivery
 * that starts {@link #arm()}s it; a check that finds nobody busy disarms it.
 */
final class SlowWatch {
  private final long periodNanos;
  private final BooleanSupplier check;
  private final AtomicBoolean armed = new AtomicBoolean();
  private final ScheduledExecutorService timer;

  /**
   * @param check reports what is slow and returns whether any delivery is still under way
   */
  SlowWatch(Duration period, BooleanSupplier check) {
    this(period, check, Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread t = new Thread(r, "store-watchdog");
          t.setDaemon(true);
          return t;
        }));
  }

  /** With the executor that runs the checks (tests hand in one they drive). */
  SlowWatch(Duration period, BooleanSupplier check, ScheduledExecutorService timer) {
    this.periodNanos = period.toNanos();
    this.check = check;
    this.timer = timer;
  }

  /** A delivery started: make sure a check comes within one period. Cheap when armed. */
  void arm() {
    if (!armed.get() && armed.compareAndSet(false, true)) {
      schedule();
    }
  }

  private void tick() {
    if (check.getAsBoolean()) {
      schedule();
      return;
    }
    armed.set(false);
    // a delivery that began after the check saw the watch still armed and did not arm it
    if (check.getAsBoolean() && armed.compareAndSet(false, true)) {
      schedule();
    }
  }

  private void schedule() {
    try {
      timer.schedule(this::tick, periodNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closed) {
      // the store is closing: nothing left to watch
    }
  }

  void close() {
    timer.shutdownNow();
  }
}
