package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** keepalived's update_quorum_state thresholds, as a table. */
class QuorumRuleTest {
  @ParameterizedTest(name = "up={0} sum={1} quorum={2} hysteresis={3} -> {4}")
  @CsvSource({
      // gaining needs quorum + hysteresis
      "false, 4, 4, 1, false",
      "false, 5, 4, 1, true",
      "false, 4, 4, 0, true",
      // losing needs less than quorum - hysteresis
      "true, 3, 4, 1, true",
      "true, 2, 4, 1, false",
      "true, 3, 4, 0, false",
      // no live weight at all loses even a quorum of 0
      "true, 0, 1, 1, false",
      "false, 0, 0, 0, true",
  })
  void gainAndLose(boolean up, long sum, long quorum, long hysteresis, boolean next) {
    assertThat(QuorumRule.next(up, sum, quorum, hysteresis)).isEqualTo(next);
  }
}
