package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.Test;

class StartupGateTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void opensWhenTheDelayHasPassed() {
    StartupGate gate = new StartupGate(Duration.ofMillis(5500), clock);
    AtomicInteger opened = new AtomicInteger();
    gate.begin(opened::incrementAndGet);
    clock.advanceBy(Duration.ofMillis(5499));
    assertThat(gate.isOpen()).isFalse();
    assertThat(opened).hasValue(0);
    clock.advanceBy(Duration.ofMillis(1));
    assertThat(gate.isOpen()).isTrue();
    assertThat(opened).hasValue(1);
  }

  @Test
  void noDelayIsOpenAtOnce() {
    StartupGate gate = new StartupGate(Duration.ZERO, clock);
    AtomicInteger opened = new AtomicInteger();
    gate.begin(opened::incrementAndGet);
    assertThat(gate.isOpen()).isTrue();
    assertThat(new StartupGate(null, clock).isOpen()).isTrue();
  }

  @Test
  void closingCancelsTheWait() {
    StartupGate gate = new StartupGate(Duration.ofSeconds(2), clock);
    AtomicInteger opened = new AtomicInteger();
    gate.begin(opened::incrementAndGet);
    gate.close();
    clock.advanceBy(Duration.ofSeconds(3));
    assertThat(gate.isOpen()).isFalse();
    assertThat(opened).hasValue(0);
  }

  @Test
  void secondsPrintLikeCPercentG() {
    assertThat(StartupGate.seconds(Duration.ofSeconds(2))).isEqualTo("2");
    assertThat(StartupGate.seconds(Duration.ofMillis(5500))).isEqualTo("5.5");
    assertThat(StartupGate.seconds(Duration.ofMillis(250))).isEqualTo("0.25");
    assertThat(StartupGate.seconds(Duration.ofSeconds(120))).isEqualTo("120");
    assertThat(StartupGate.seconds(Duration.ofNanos(1_234_567_000))).isEqualTo("1.23457");
  }
}
