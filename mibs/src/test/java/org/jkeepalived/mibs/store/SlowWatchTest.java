package org.jkeepalived.mibs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The watchdog checks only while deliveries run; driven by hand, no real time. */
class SlowWatchTest {
  /** Records what is scheduled; {@link #runDue()} plays the timer. */
  private static final class HandTimer extends ScheduledThreadPoolExecutor {
    final List<Runnable> due = new ArrayList<>();
    final List<Long> delays = new ArrayList<>();

    HandTimer() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
      due.add(task);
      delays.add(unit.toNanos(delay));
      return null;
    }

    void runDue() {
      List<Runnable> now = List.copyOf(due);
      due.clear();
      now.forEach(Runnable::run);
    }
  }

  private final HandTimer timer = new HandTimer();
  private final AtomicInteger checks = new AtomicInteger();
  private boolean busy;
  private final SlowWatch watch = new SlowWatch(Duration.ofMillis(25), () -> {
    checks.incrementAndGet();
    return busy;
  }, timer);

  @Test
  void idleNothingIsScheduled() {
    assertThat(timer.due).isEmpty();
    timer.runDue();
    assertThat(checks).hasValue(0);
    timer.shutdownNow();
  }

  @Test
  void aDeliveryArmsOneCheckThatRepeatsWhileBusyAndStopsWhenIdle() {
    busy = true;
    watch.arm();
    watch.arm(); // already armed: no second schedule
    assertThat(timer.due).hasSize(1);
    assertThat(timer.delays).containsExactly(Duration.ofMillis(25).toNanos());
    timer.runDue();
    assertThat(checks).hasValue(1);
    assertThat(timer.due).as("still busy: checked again").hasSize(1);
    busy = false;
    timer.runDue();
    assertThat(timer.due).as("idle: no more wake-ups").isEmpty();
    busy = true;
    watch.arm();
    assertThat(timer.due).as("the next delivery arms it again").hasSize(1);
    timer.shutdownNow();
  }

  @Test
  void aDeliveryStartingWhileTheCheckDisarmsIsNotMissed() {
    AtomicInteger calls = new AtomicInteger();
    HandTimer t = new HandTimer();
    // the first check sees nothing busy, the second (after disarming) sees a new delivery
    SlowWatch w = new SlowWatch(Duration.ofMillis(25), () -> calls.incrementAndGet() > 1, t);
    w.arm();
    t.runDue();
    assertThat(calls).hasValue(2);
    assertThat(t.due).hasSize(1);
    t.shutdownNow();
  }
}
