package org.jkeepalived.lvs.check.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpStateMachineTest {
  private static final String SVC = "[198.18.0.2]:tcp:80";

  /**
   * Rows as in RetryStateMachineTest, plus the url probed each time: keepalived's check_http.c
   * epilog with delay_loop 6 s (L), delay_before_retry 1 s (R), fast recovery F (0 s).
   */
  @ParameterizedTest(name = "urls {0} retry {1} alpha {2} fast {3}: {4}")
  @CsvSource({
      // two urls: one per delay_loop; already up, so nothing to report
      "2, 1, false, false, ++++,  LLLL, ...., 0101",
      // first round: a failure goes straight down (retry_it preset to retry after a success)
      "2, 1, false, false, +-,    LL,   .d,   01",
      // up, then url 1 fails: retried once, then down; the failed url is re-probed until it
      // passes, and the round restarts from url 0
      "2, 1, false, false, +++--+++, LLLRLLLL, ....d..u, 01011101",
      // a failure at the very start: down at once (validate_check_config presets retry_it), the
      // failed url is then probed every max(delay_before_retry, delay_loop)
      "1, 1, false, false, --++,  LLLL, d..u, 0000",
      "1, 2, false, false, -++--, LLLRR, d.u.., 00000",
      // alpha: down until a full round passed
      "2, 1, true,  false, ++,    LL,   .u,   01",
      // fast recovery: no delay while the check has not run
      "2, 1, true,  true,  ++,    FL,   .u,   01",
  })
  void followsKeepalivedsEpilog(int urls, int retry, boolean alpha, boolean fast,
      String probes, String delays, String verdicts, String targets) {
    HttpStateMachine m = new HttpStateMachine(Timings.of(retry, alpha), urls, fast, SVC);
    for (int i = 0; i < probes.length(); i++) {
      assertThat(m.target()).as("url probed at %d", i).isEqualTo(targets.charAt(i) - '0');
      StepAssert.step(m, i, probes, delays, verdicts);
    }
  }

  @Test
  void logsKeepalivedsLines() {
    HttpStateMachine m = new HttpStateMachine(Timings.of(1, false), 1, false, SVC);
    assertThat(m.onResult(ProbeResult.ok("x")).log())
        .containsExactly("Remote Web server " + SVC + " succeed on service.");
    m.onResult(ProbeResult.failed("x"));
    // keepalived 2.2.7's epilog says HTTP_CHECK for SSL_GET too
    assertThat(m.onResult(ProbeResult.failed("x")).log())
        .containsExactly("HTTP_CHECK on service " + SVC + " failed after 1 retries.");
    // at start the retry count is spent: the first failure goes down at once
    assertThat(new HttpStateMachine(Timings.of(2, false), 1, false, SVC)
        .onResult(ProbeResult.failed("x")).log())
        .containsExactly("HTTP_CHECK on service " + SVC + " failed after 2 retries.");
  }
}
