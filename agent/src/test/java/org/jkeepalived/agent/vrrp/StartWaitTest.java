package org.jkeepalived.agent.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jkeepalived.engine.loop.LoopScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine start may outlast the short wait: the daemon logs it and keeps waiting. */
class StartWaitTest {
  private final LoopScheduler loop = new LoopScheduler("start-wait-test");
  private final AtomicInteger slowCalls = new AtomicInteger();

  @AfterEach
  void close() {
    loop.close();
  }

  @Test
  void aQuickTaskIsNotReportedSlow() {
    AtomicInteger ran = new AtomicInteger();
    boolean done = StartWait.await(loop, ran::incrementAndGet, Duration.ofSeconds(10),
        Duration.ofSeconds(20), slowCalls::incrementAndGet);
    assertThat(done).isTrue();
    assertThat(ran).hasValue(1);
    assertThat(slowCalls).hasValue(0);
  }

  @Test
  void aTaskLongerThanTheShortWaitIsReportedOnceAndStillAwaited() throws InterruptedException {
    CountDownLatch slowSeen = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Thread releaser = new Thread(() -> {
      try {
        // the task ends only after the caller has said it is slow
        if (slowSeen.await(10, TimeUnit.SECONDS)) {
          finish.countDown();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    releaser.start();
    boolean done = StartWait.await(loop, () -> awaitQuietly(finish, 10), Duration.ofMillis(50),
        Duration.ofSeconds(20), () -> {
          slowCalls.incrementAndGet();
          slowSeen.countDown();
        });
    releaser.join(10_000);
    assertThat(done).isTrue();
    assertThat(slowCalls).hasValue(1);
  }

  @Test
  void aTaskThatHangsPastTheLimitIsGivenUpOn() {
    CountDownLatch never = new CountDownLatch(1);
    boolean done = StartWait.await(loop, () -> awaitQuietly(never, 5), Duration.ofMillis(20),
        Duration.ofMillis(200), slowCalls::incrementAndGet);
    never.countDown();
    assertThat(done).isFalse();
    assertThat(slowCalls).hasValue(1);
  }

  @Test
  void aTaskThatThrowsCountsAsEnded() {
    boolean done = StartWait.await(loop, () -> {
      throw new IllegalStateException("start failed");
    }, Duration.ofSeconds(10), Duration.ofSeconds(20), slowCalls::incrementAndGet);
    assertThat(done).isTrue();
    assertThat(slowCalls).hasValue(0);
  }

  private static void awaitQuietly(CountDownLatch latch, int seconds) {
    try {
      latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
