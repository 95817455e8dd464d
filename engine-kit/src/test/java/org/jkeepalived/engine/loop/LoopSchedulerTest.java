package org.jkeepalived.engine.loop;

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
      // a probe due after the cancelled task's time: had it not been cancelled, it ran before
      CountDownLatch probe = new CountDownLatch(1);
      loop.schedule(Duration.ofMillis(40), probe::countDown);
      assertThat(probe.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(order).containsExactly("0", "1", "2", "3", "4", "last");
    }
  }

  @Test
  void aFailingTaskReachesTheHookAndTheLoopGoesOn() throws Exception {
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    CountDownLatch failed = new CountDownLatch(1);
    try (LoopScheduler loop = new LoopScheduler("bfd-loop", t -> {
      threads.add(Thread.currentThread().getName());
      failures.add(t);
      failed.countDown();
    })) {
      IllegalStateException boom = new IllegalStateException("boom");
      loop.execute(() -> {
        throw boom;
      });
      assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(failures).containsExactly(boom);
      assertThat(threads).containsExactly("bfd-loop");
      List<String> after = new CopyOnWriteArrayList<>();
      assertThat(loop.runAndWait(() -> after.add("ran"), Duration.ofSeconds(5))).isTrue();
      assertThat(after).containsExactly("ran");
    }
  }

  @Test
  void anErrorIsNotSwallowedByTheExecutor() throws Exception {
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    CountDownLatch failed = new CountDownLatch(1);
    try (LoopScheduler loop = new LoopScheduler("lvs-loop", t -> {
      failures.add(t);
      failed.countDown();
    })) {
      AssertionError error = new AssertionError("an Error, not a RuntimeException");
      loop.schedule(Duration.ZERO, () -> {
        throw error;
      });
      assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(failures).containsExactly(error);
    }
  }

  @Test
  void aFailingHookDoesNotStopTheLoop() throws Exception {
    CountDownLatch hooked = new CountDownLatch(2);
    try (LoopScheduler loop = new LoopScheduler("test-loop", t -> {
      hooked.countDown();
      throw new IllegalStateException("the hook fails too");
    })) {
      loop.execute(() -> {
        throw new IllegalArgumentException("first");
      });
      loop.execute(() -> {
        throw new IllegalArgumentException("second");
      });
      assertThat(hooked.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(loop.runAndWait(() -> { }, Duration.ofSeconds(5))).isTrue();
    }
  }

  /**
   * Issue 19 item 12: a SIGTERM while the loop shut down once logged RejectedExecutionException
   * from a counter batch scheduled by the task still running. Work offered after close, from the
   * loop's last task or another thread, is dropped without a throw.
   */
  @Test
  void workOfferedAfterCloseIsDroppedQuietly() throws Exception {
    LoopScheduler loop = new LoopScheduler("closing-loop");
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    List<Throwable> lateThrows = new CopyOnWriteArrayList<>();
    List<String> ran = new CopyOnWriteArrayList<>();
    loop.execute(() -> {
      running.countDown();
      try {
        never.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        // close() shuts the executor down, then interrupts the running task, which goes on to
        // offer its late work as an engine's last task would
        Thread.currentThread().interrupt();
      }
      try {
        loop.schedule(Duration.ofMillis(1), () -> ran.add("late timer"));
        loop.execute(() -> ran.add("late task"));
      } catch (RuntimeException e) {
        lateThrows.add(e);
      }
    });
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    Thread closer = new Thread(loop::close);
    closer.start();
    closer.join(5000);
    loop.execute(() -> ran.add("from outside"));
    loop.schedule(Duration.ZERO, () -> ran.add("timer from outside")).cancel();
    assertThat(loop.runAndWait(() -> ran.add("waited"), Duration.ofMillis(100))).isFalse();
    assertThat(lateThrows).isEmpty();
    assertThat(ran).isEmpty();
  }
}
