package org.jkeepalived.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestartPolicyTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:10:00Z");

  /** {@code ago}: seconds before now of each earlier restart; -1 delay: left failed. */
  @ParameterizedTest(name = "restarts {0} s ago -> wait {1} ms")
  @CsvSource({
    "'',              0",
    "'5',             1000",
    "'9 5',           2000",
    "'20 9 5',        4000",
    "'30 20 9 5',     8000",
    "'40 30 20 9 5',  -1",
    "'90 80 70 65 5', 1000",
    "'60 30 20 9 5',  8000",
  })
  void backsOffThenGivesUpPastFiveRestartsAMinute(String ago, long delayMillis) {
    List<Instant> restarts = Stream.of(ago.split(" ")).filter(s -> !s.isEmpty())
        .map(s -> NOW.minusSeconds(Long.parseLong(s))).sorted().toList();
    var delay = RestartPolicy.DEFAULT.nextDelay(restarts, NOW);
    if (delayMillis < 0) {
      assertThat(delay).isEmpty();
    } else {
      assertThat(delay).contains(Duration.ofMillis(delayMillis));
    }
  }

  @Test
  void dontRespawnNeverRestarts() {
    assertThat(RestartPolicy.NEVER.nextDelay(List.of(), NOW)).isEmpty();
  }
}
