package org.jkeepalived.agent.vrrp;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.engine.loop.Scheduler;

/**
 * Runs a long task on a loop and waits for it in two steps: a short wait after which the caller is
 * told it is slow (a log line), then up to a hard limit. A task that ends after the limit still
 * runs to its end on the loop; only the caller stops waiting.
 */
final class StartWait {
  private StartWait() {}

  /**
   * @return true when {@code task} ended (normally or by an exception, which the loop logs) within
   *     {@code limit}; {@code onSlow} ran once if it took longer than {@code slow}
   */
  static boolean await(Scheduler loop, Runnable task, Duration slow, Duration limit,
      Runnable onSlow) {
    CountDownLatch done = new CountDownLatch(1);
    loop.execute(() -> {
      try {
        task.run();
      } finally {
        done.countDown();
      }
    });
    try {
      if (done.await(slow.toNanos(), TimeUnit.NANOSECONDS)) {
        return true;
      }
      onSlow.run();
      return done.await(limit.minus(slow).toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
