package org.jkeepalived.vrrp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoopSchedulerTest {
  @Test
  void timersFireLateNeverEarlyOnTheMonotonicClock() throws Exception {
    try (LoopScheduler loop = new LoopScheduler("test-loop")) {
      CountDownLatch done = new CountDownLatch(1);
      Instant[] seen = new Instant[2];
      long[] nanos = new long[2];
      loop.execute(() -> {
        seen[0] = loop.now();
        nanos[0] = System.nanoTime();
        loop.schedule(Duration.ofMillis(50), () -> {
          seen[1] = loop.now();
          nanos[1] = System.nanoTime();
          done.countDown();
        });
      });
      assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(nanos[1] - nanos[0]).isGreaterThanOrEqualTo(50_000_000L);
      assertThat(Duration.between(seen[0], seen[1])).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }
  }

  @Test
  void tasksRunInOrderOnOneThreadAndCancelledOnesNever() throws Exception {
    try (LoopScheduler loop = new LoopScheduler("test-loop")) {
      List<String> order = new CopyOnWriteArrayList<>();
      Scheduler.Cancellable c = loop.schedule(Duration.ofMillis(20), () -> order.add("cancelled"));
      c.cancel();
      for (int i = 0; i < 5; i++) {
        int n = i;
        loop.execute(() -> order.add(n + (loop.inLoop() ? "" : "!")));
      }
      loop.execute(() -> {
        throw new IllegalStateException("a failing task does not stop the loop");
      });
      assertThat(loop.runAndWait(() -> order.add("last"), Duration.ofSeconds(5))).isTrue();
      Thread.sleep(50);
      assertThat(order).containsExactly("0", "1", "2", "3", "4", "last");
    }
  }

  @Test
  void everyThrowableEscapingATaskReachesTheConsumerAndTheLoopGoesOn() throws Exception {
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    try (LoopScheduler loop = new LoopScheduler("test-loop", failures::add)) {
      Error error = new AssertionError("an error in a task");
      RuntimeException runtime = new IllegalStateException("a runtime failure in a task");
      loop.execute(() -> {
        throw error;
      });
      loop.schedule(Duration.ZERO, () -> {
        throw runtime;
      });
      // zero-delay tasks run in submission order: both failures are in when the marker has run
      assertThat(loop.runAndWait(() -> {}, Duration.ofSeconds(5))).isTrue();
      assertThat(failures).containsExactlyInAnyOrder(error, runtime);
    }
  }
}
