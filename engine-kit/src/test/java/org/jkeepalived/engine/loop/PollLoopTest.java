package org.jkeepalived.engine.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jkeepalived.linux.ffi.EventFd;
import org.junit.jupiter.api.Test;

/**
 * The poll(2) loop keeps {@link LoopScheduler}'s contract (order, timers never early, failures to
 * the hook, nothing after close) and runs a watched descriptor's handler on its own thread.
 */
class PollLoopTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void aTimerNeverFiresBeforeItsDelayEvenWithPollsMillisecondTimeout() throws Exception {
    try (PollLoop loop = new PollLoop("poll-test")) {
      long[] at = new long[4];
      CountDownLatch fired = new CountDownLatch(3);
      loop.execute(() -> {
        at[0] = System.nanoTime();
        // sub-millisecond and odd delays: poll's timeout is whole milliseconds
        loop.schedule(Duration.ofNanos(300_000), () -> mark(at, 1, fired));
        loop.schedule(Duration.ofNanos(2_500_000), () -> mark(at, 2, fired));
        loop.schedule(Duration.ofMillis(30), () -> mark(at, 3, fired));
      });
      assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(at[1] - at[0]).isGreaterThanOrEqualTo(300_000L);
      assertThat(at[2] - at[0]).isGreaterThanOrEqualTo(2_500_000L);
      assertThat(at[3] - at[0]).isGreaterThanOrEqualTo(30_000_000L);
    }
  }

  private static void mark(long[] at, int i, CountDownLatch fired) {
    at[i] = System.nanoTime();
    fired.countDown();
  }

  @Test
  void equalDueTimesRunInScheduleOrderAndACancelledTimerNever() throws Exception {
    try (PollLoop loop = new PollLoop("poll-test")) {
      List<String> ran = new CopyOnWriteArrayList<>();
      CountDownLatch last = new CountDownLatch(1);
      loop.execute(() -> {
        Scheduler.Cancellable gone = loop.schedule(Duration.ofMillis(5), () -> ran.add("x"));
        for (String s : List.of("a", "b", "c")) {
          loop.schedule(Duration.ofMillis(10), () -> ran.add(s + (loop.inLoop() ? "" : "!")));
        }
        gone.cancel();
        loop.schedule(Duration.ofMillis(20), last::countDown);
      });
      // cancelled from another thread before it is due: never runs either
      Scheduler.Cancellable outside = loop.schedule(Duration.ofMillis(15), () -> ran.add("y"));
      outside.cancel();
      assertThat(last.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(ran).containsExactly("a", "b", "c");
    }
  }

  @Test
  void aSleepingLoopWakesForATaskFromAnotherThread() throws Exception {
    try (PollLoop loop = new PollLoop("poll-test")) {
      // nothing due: the loop sleeps in poll up to a minute unless the eventfd wakes it
      assertThat(loop.runAndWait(() -> { }, WAIT)).isTrue();
      for (int i = 0; i < 20; i++) {
        long t0 = System.nanoTime();
        assertThat(loop.runAndWait(() -> { }, WAIT)).isTrue();
        assertThat(System.nanoTime() - t0).isLessThan(WAIT.toNanos());
      }
    }
  }

  @Test
  void aThrowingTaskReachesTheHookOnTheLoopThreadAndTheLoopGoesOn() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (PollLoop loop = new PollLoop("vrrp-poll", t -> {
      seen.add(Thread.currentThread().getName() + ":" + t.getMessage());
      throw new IllegalStateException("a failing hook is logged too");
    })) {
      loop.execute(() -> {
        throw new AssertionError("an Error");
      });
      loop.schedule(Duration.ofMillis(1), () -> {
        throw new IllegalArgumentException("a timer");
      });
      CountDownLatch after = new CountDownLatch(1);
      loop.schedule(Duration.ofMillis(5), after::countDown);
      assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(seen).containsExactly("vrrp-poll:an Error", "vrrp-poll:a timer");
    }
  }

  @Test
  void aWatchedDescriptorsHandlerRunsOnTheLoopUntilTheWatchIsClosed() throws Exception {
    try (PollLoop loop = new PollLoop("poll-test"); EventFd fd = EventFd.open()) {
      AtomicInteger calls = new AtomicInteger();
      List<Boolean> onLoop = new CopyOnWriteArrayList<>();
      CountDownLatch read = new CountDownLatch(2);
      AutoCloseable watch = loop.watch(fd.fd(), () -> {
        onLoop.add(loop.inLoop());
        calls.incrementAndGet();
        fd.clear(); // read what is queued, as a socket's handler does
        read.countDown();
      });
      fd.signal();
      assertThat(loop.runAndWait(() -> { }, WAIT)).isTrue();
      fd.signal();
      assertThat(read.await(5, TimeUnit.SECONDS)).isTrue();
      watch.close();
      int before = calls.get();
      fd.signal(); // readable now, but no longer watched
      assertThat(loop.runAndWait(() -> { }, WAIT)).isTrue();
      CountDownLatch later = new CountDownLatch(1);
      loop.schedule(Duration.ofMillis(20), later::countDown);
      assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(calls.get()).isEqualTo(before).isEqualTo(2);
      assertThat(onLoop).containsOnly(true);
    }
  }

  @Test
  void nothingRunsAfterCloseAndLateWorkIsDroppedWithoutAThrow() throws Exception {
    PollLoop loop = new PollLoop("poll-closing");
    CountDownLatch inTask = new CountDownLatch(1);
    List<String> ran = new CopyOnWriteArrayList<>();
    loop.execute(() -> {
      inTask.countDown();
      try {
        new CountDownLatch(1).await(5, TimeUnit.SECONDS); // until close() interrupts
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      loop.schedule(Duration.ZERO, () -> ran.add("timer from the last task"));
      loop.execute(() -> ran.add("task from the last task"));
    });
    assertThat(inTask.await(5, TimeUnit.SECONDS)).isTrue();
    loop.close();
    loop.execute(() -> ran.add("after close"));
    loop.schedule(Duration.ZERO, () -> ran.add("timer after close")).cancel();
    assertThat(loop.runAndWait(() -> ran.add("waited"), Duration.ofMillis(100))).isFalse();
    assertThat(ran).isEmpty();
  }
}
