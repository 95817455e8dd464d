package org.jkeepalived.lvs.check.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.DefaultEventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jkeepalived.engine.loop.Scheduler;
import org.junit.jupiter.api.Test;

/**
 * The checks' timers on a real loop that counts what reaches Netty's scheduler: timers of one
 * delay share one wake-up, other delays still run, cancelled ones do not.
 */
class LoopTimersTest {
  /** A loop that counts the tasks handed to its scheduler. */
  private static final class CountingLoop extends DefaultEventLoop {
    final AtomicInteger scheduled = new AtomicInteger();

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      scheduled.incrementAndGet();
      return super.schedule(command, delay, unit);
    }
  }

  @Test
  void checksOnOneLoopShareAWakeUpPerDelayAndRunInOrder() throws Exception {
    CountingLoop loop = new CountingLoop();
    try {
      LoopTimers timers = new LoopTimers(loop);
      int n = 1000;
      List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
      CountDownLatch all = new CountDownLatch(n);
      long t0 = System.nanoTime();
      loop.submit(() -> {
        for (int i = 0; i < n; i++) { // a thousand checks arming delay_loop at once
          int k = i;
          new EventLoopScheduler(timers).schedule(Duration.ofMillis(50), () -> {
            ran.add(k);
            all.countDown();
          });
        }
      }).sync();
      assertThat(all.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(50);
      assertThat(ran).hasSize(n).isSorted();
      // a wake-up runs every timer due by then: the thousand deadlines, armed over a fraction
      // of a millisecond, take a few dozen wake-ups (a thousand with a Netty task per timer)
      assertThat(loop.scheduled.get()).isBetween(1, n / 5);
    } finally {
      loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }

  @Test
  void otherDelaysGoToNettyAndCancelledTimersDoNotRun() throws Exception {
    CountingLoop loop = new CountingLoop();
    try {
      LoopTimers timers = new LoopTimers(loop);
      AtomicInteger odd = new AtomicInteger();
      AtomicInteger cancelled = new AtomicInteger();
      AtomicInteger kept = new AtomicInteger();
      loop.submit(() -> {
        EventLoopScheduler s = new EventLoopScheduler(timers);
        s.schedule(Duration.ofNanos(20_000_500), odd::incrementAndGet); // not whole ms
        Runnable c = cancelled::incrementAndGet;
        Scheduler.Cancellable x = s.schedule(Duration.ofMillis(20), c);
        s.schedule(Duration.ofMillis(20), kept::incrementAndGet);
        x.cancel();
      }).sync();
      Thread.sleep(200);
      assertThat(odd.get()).isEqualTo(1);
      assertThat(kept.get()).isEqualTo(1);
      assertThat(cancelled.get()).isZero();
      // the odd delay's task and the 20 ms queue's wake-up, and a second one of those if the
      // cancelled timer's deadline came before the kept one's
      assertThat(loop.scheduled.get()).isBetween(2, 3);
    } finally {
      loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }
}
