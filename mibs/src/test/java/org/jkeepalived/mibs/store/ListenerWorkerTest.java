package org.jkeepalived.mibs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.mibs.store.TestTables.awaitTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Slow-delivery accounting of one listener, driven with explicit watchdog times. */
class ListenerWorkerTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void aStuckDeliveryIsCountedOnceHoweverOftenTheWatchdogLooks() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ListenerWorker worker =
        new ListenerWorker(
            "stuck",
            Domain.GLOBAL,
            events -> {
              entered.countDown();
              try {
                release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            Duration.ofHours(1));
    worker.start();
    worker.offer(List.of());
    try {
      assertThat(entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
      long now = System.nanoTime();
      worker.checkSlow(now); // well under an hour: not slow
      assertThat(worker.stats().slow()).isZero();

      long later = now + Duration.ofHours(2).toNanos();
      worker.checkSlow(later);
      worker.checkSlow(later + 1);
      worker.checkSlow(later + 2);

      assertThat(worker.stats().slow()).isEqualTo(1);
    } finally {
      release.countDown();
    }
    worker.stop();
    worker.thread().join(WAIT.toMillis());
    assertThat(worker.thread().isAlive()).isFalse();
    assertThat(worker.stats().delivered()).isEqualTo(1);
    assertThat(worker.stats().slow()).isEqualTo(1);
  }

  @Test
  void anIdleWorkerIsNeverSlowAndNothingIsOfferedAfterStop() throws Exception {
    CountDownLatch delivered = new CountDownLatch(1);
    ListenerWorker worker =
        new ListenerWorker("idle", Domain.GLOBAL, events -> delivered.countDown(), Duration.ofHours(1));
    worker.start();
    worker.offer(List.of());
    assertThat(delivered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    assertThat(awaitTrue(() -> worker.stats().delivered() == 1, WAIT)).isTrue();

    worker.checkSlow(System.nanoTime() + Duration.ofDays(1).toNanos());
    worker.stop();
    worker.offer(List.of());
    worker.thread().join(WAIT.toMillis());

    assertThat(worker.stats().slow()).isZero();
    assertThat(worker.stats().delivered()).isEqualTo(1);
    assertThat(worker.stats().pending()).isZero();
  }
}
