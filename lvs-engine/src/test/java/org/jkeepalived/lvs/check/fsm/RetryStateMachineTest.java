package org.jkeepalived.lvs.check.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryStateMachineTest {
  private static final String SVC = "[198.18.0.2]:tcp:80";

  private static RetryStateMachine machine(int retry, boolean alpha) {
    return new RetryStateMachine(Timings.of(retry, alpha), SVC, Wording.of("TCP", "TCP_CHECK"));
  }

  /**
   * Each row: retry, alpha, the probe results in order (+ pass, - fail), then per probe the delay
   * before the next one (L delay_loop, R delay_before_retry) and the verdict reported (u up, d
   * down, . none), as keepalived's tcp_epilog gives them.
   */
  @ParameterizedTest(name = "retry {0} alpha {1}: {2}")
  @CsvSource({
      "1, false, ++,    LL,    ..",
      "1, false, -+,    RL,    ..",
      "1, false, --,    RL,    .d",
      "1, false, ---,   RLL,   .d.",
      "1, false, --+,   RLL,   .du",
      "0, false, -,     L,     d",
      "3, false, ----+, RRRLL, ...du",
      "3, false, ---+-, RRRLR, .....",
      "1, true,  +,     L,     u",
      "1, true,  --,    LL,    ..",
      "0, true,  -,     L,     .",
      "2, false, --+--, RRLRR, .....",
  })
  void followsKeepalivedsEpilog(int retry, boolean alpha, String probes, String delays,
      String verdicts) {
    RetryStateMachine m = machine(retry, alpha);
    for (int i = 0; i < probes.length(); i++) {
      StepAssert.step(m, i, probes, delays, verdicts);
    }
  }

  @Test
  void logsKeepalivedsLines() {
    RetryStateMachine m = machine(1, false);
    assertThat(m.onResult(ProbeResult.ok("x")).log())
        .containsExactly("TCP connection to " + SVC + " success.");
    assertThat(m.onResult(ProbeResult.failed("x")).log()).isEmpty();
    assertThat(m.onResult(ProbeResult.failed("x")).log())
        .containsExactly("TCP_CHECK on service " + SVC + " failed after 1 retries.");
    RetryStateMachine first = machine(0, false);
    assertThat(first.onResult(ProbeResult.failed("x")).log())
        .containsExactly("TCP_CHECK on service " + SVC + " failed.");
  }

  @Test
  void logAllFailuresLogsEachFailureOfAnUpCheck() {
    RetryStateMachine m = new RetryStateMachine(new org.jkeepalived.mibs.config.lvs.CheckerTiming(
        Duration.ofSeconds(6), Duration.ZERO, 1, Duration.ofSeconds(1), false, true), SVC,
        Wording.of("TCP", "TCP_CHECK"));
    assertThat(m.onResult(ProbeResult.failed("TCP connection to x timeout.")).log())
        .containsExactly("TCP connection to x timeout.");
  }

  @Test
  void aChangedWeightIsAVerdictChange() {
    RetryStateMachine m = machine(0, false);
    Step first = m.onResult(new ProbeResult(true, "exit 12", OptionalInt.of(10)));
    assertThat(first.verdict().weight()).hasValue(10);
    assertThat(m.onResult(new ProbeResult(true, "exit 12", OptionalInt.of(10))).verdict())
        .isNull();
    assertThat(m.onResult(new ProbeResult(true, "exit 0", OptionalInt.empty())).verdict().weight())
        .isEmpty();
  }

  @Test
  void startsInTheStateItsSpecImplies() {
    assertThat(machine(1, false).current().up()).isTrue();
    assertThat(machine(1, true).current().up()).isFalse();
  }

  @Test
  void startDelayIsBootstrapPlusAShareOfWarmup() {
    assertThat(StartDelay.of(Duration.ofSeconds(10), 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(StartDelay.of(Duration.ofSeconds(10), 0.5)).isEqualTo(Duration.ofSeconds(6));
    assertThat(StartDelay.of(Duration.ofSeconds(10), 1)).isEqualTo(Duration.ofSeconds(11));
  }
}
