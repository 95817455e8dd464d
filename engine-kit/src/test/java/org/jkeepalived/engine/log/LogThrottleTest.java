package org.jkeepalived.engine.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LogThrottleTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration TEN = Duration.ofSeconds(10);

  /** What admit answers, as text: "-" suppressed, else the suppressed count reported. */
  private static String answer(OptionalLong r) {
    return r.isPresent() ? Long.toString(r.getAsLong()) : "-";
  }

  /**
   * Each row: packets of one key at these offsets (ms) and what each is answered. The first is
   * written, then one per 10 s reporting what was suppressed in between.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0                         | 0",
      "0 1 2 3                   | 0 - - -",
      "0 9999 10000              | 0 - 1",
      "0 5000 10000 10001 20000  | 0 - 1 - 1",
      "0 30000 30001 40001       | 0 0 - 1",
  })
  void firstLineThenOnePerIntervalWithTheSuppressedCount(String offsets, String expected) {
    LogThrottle<String> t = new LogThrottle<>(TEN, 8);
    List<String> got = new ArrayList<>();
    for (String ms : offsets.trim().split("\\s+")) {
      got.add(answer(t.admit("checksum/198.18.1.9", T0.plusMillis(Long.parseLong(ms)))));
    }
    assertThat(String.join(" ", got)).isEqualTo(expected.trim());
  }

  @Test
  void kindsAndSourcesAreThrottledApart() {
    LogThrottle<String> t = new LogThrottle<>(TEN, 8);
    assertThat(t.admit("checksum/a", T0)).hasValue(0);
    assertThat(t.admit("checksum/b", T0)).hasValue(0);
    assertThat(t.admit("ttl/a", T0)).hasValue(0);
    assertThat(t.admit("checksum/a", T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void sourcesBeyondTheTableShareOneOverflowKey() {
    LogThrottle<String> t = new LogThrottle<>(TEN, 2);
    assertThat(t.admit("a", T0)).hasValue(0);
    assertThat(t.admit("b", T0)).hasValue(0);
    // a spoofed flood: every new source after the table is full shares the overflow window
    assertThat(t.admit("c", T0)).hasValue(0);
    for (int i = 0; i < 100; i++) {
      assertThat(t.admit("spoofed-" + i, T0.plusMillis(i))).isEmpty();
    }
    assertThat(t.size()).isEqualTo(2);
    // after the interval idle keys are forgotten and new ones get a window of their own
    assertThat(t.admit("d", T0.plusSeconds(11))).hasValue(0);
    assertThat(t.size()).isEqualTo(1);
  }

  @Test
  void forgottenKeysHandTheirSuppressedCountToTheOverflowLine() {
    LogThrottle<String> t = new LogThrottle<>(TEN, 1);
    assertThat(t.admit("a", T0)).hasValue(0);
    assertThat(t.admit("a", T0.plusSeconds(1))).isEmpty();
    assertThat(t.admit("b", T0.plusSeconds(2))).hasValue(0); // overflow's first line
    // at 12 s "a" is idle: forgotten, its 1 suppressed line is reported by the overflow line
    assertThat(t.admit("c", T0.plusSeconds(12))).hasValue(0); // "c" gets a's place
    assertThat(t.admit("e", T0.plusSeconds(13))).hasValue(1); // overflow reports a's line
  }

  @Test
  void refusesANonPositiveIntervalOrTable() {
    assertThatThrownBy(() -> new LogThrottle<>(Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogThrottle<>(TEN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
