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
    return machine(retry, alpha, false);
  }

  private static RetryStateMachine machine(int retry, boolean alpha, boolean tcp) {
    return new RetryStateMachine(Timings.of(retry, alpha), SVC, Wording.of("TCP", "TCP_CHECK"),
        tcp);
  }

  /**
   * Each row: retry, alpha, TCP_CHECK's variant, the probe results in order (+ pass, - fail), then
   * per probe the delay before the next one (L delay_loop, R delay_before_retry) and the verdict
   * reported (u up, d down, . none), as keepalived 2.2.7's epilogs give them: the retry count
   * starts spent (validate_check_config), so the first failure after start goes down at once;
   * retries follow only a success; a down check waits delay_loop, except TCP_CHECK's, which
   * keeps retrying (tcp_epilog does not look at the state).
   */
  @ParameterizedTest(name = "retry {0} alpha {1} tcp {2}: {3}")
  @CsvSource({
      "1, false, false, ++,     LL,     ..",
      "1, false, false, -+,     LL,     du",
      "1, false, false, --,     LL,     d.",
      "1, false, false, ---,    LLL,    d..",
      "1, false, false, --+,    LLL,    d.u",
      "0, false, false, -,      L,      d",
      "3, false, false, ----+,  LLLLL,  d...u",
      "3, false, false, +---+,  LRRRL,  .....",
      "3, false, false, +----,  LRRRL,  ....d",
      "1, true,  false, +,      L,      u",
      "1, true,  false, --,     LL,     ..",
      "0, true,  false, -,      L,      .",
      "2, false, false, +--+--, LRRLRR, ......",
      "1, false, true,  --,     LR,     d.",
      "1, false, true,  ---+,   LRLL,   d..u",
      "1, true,  true,  --,     LR,     ..",
      "2, false, true,  +---,   LRRL,   ...d",
  })
  void followsKeepalivedsEpilog(int retry, boolean alpha, boolean tcp, String probes,
      String delays, String verdicts) {
    RetryStateMachine m = machine(retry, alpha, tcp);
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
    // the first failure after start has made no retries: keepalived leaves the count out
    assertThat(machine(3, false).onResult(ProbeResult.failed("x")).log())
        .containsExactly("TCP_CHECK on service " + SVC + " failed.");
  }

  @Test
  void logAllFailuresLogsEachFailureOfAnUpCheck() {
    RetryStateMachine m = new RetryStateMachine(new org.jkeepalived.mibs.config.lvs.CheckerTiming(
        Duration.ofSeconds(6), Duration.ZERO, 1, Duration.ofSeconds(1), false, true), SVC,
        Wording.of("TCP", "TCP_CHECK"));
    m.onResult(ProbeResult.ok("up"));
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
