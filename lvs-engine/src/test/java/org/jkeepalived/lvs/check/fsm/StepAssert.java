package org.jkeepalived.lvs.check.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/** Reads the tables of the state machine tests: L delay_loop 6 s, R delay_before_retry 1 s, F 0. */
final class StepAssert {
  private StepAssert() {}

  /** Feeds probe {@code i} of {@code probes} (+ pass, - fail) and checks its step. */
  static void step(PolledStateMachine m, int i, String probes, String delays, String verdicts) {
    boolean ok = probes.charAt(i) == '+';
    Step s = m.onResult(ok ? ProbeResult.ok("ok") : ProbeResult.failed("no"));
    Duration want = switch (delays.charAt(i)) {
      case 'L' -> Duration.ofSeconds(6);
      case 'R' -> Duration.ofSeconds(1);
      default -> Duration.ZERO;
    };
    assertThat(s.delay()).as("delay after probe %d", i).isEqualTo(want);
    char v = verdicts.charAt(i);
    if (v == '.') {
      assertThat(s.verdict()).as("verdict after probe %d", i).isNull();
    } else {
      assertThat(s.verdict()).as("verdict after probe %d", i).isNotNull();
      assertThat(s.verdict().up()).isEqualTo(v == 'u');
    }
  }
}
