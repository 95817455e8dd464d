package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VrrpTimingTest {
  /** RFC 5798 section 6.1 worked by hand: skew = (256 - p) * interval / 256. */
  @ParameterizedTest(name = "prio {0}, advert {1} ms")
  @CsvSource({
    // priority, advert ms, skew us, master down us
    "100, 1000, 609375, 3609375",
    "150, 1000, 414062, 3414062",
    "255, 1000, 3906, 3003906",
    "1, 1000, 996093, 3996093",
    "100, 200, 121875, 721875",
    "100, 100, 60937, 360937",
  })
  void skewAndMasterDownInterval(int prio, long advertMs, long skewUs, long downUs) {
    Duration advert = Duration.ofMillis(advertMs);
    assertThat(VrrpTiming.skewTime(prio, advert).toNanos() / 1000).isEqualTo(skewUs);
    assertThat(VrrpTiming.masterDownInterval(prio, advert).toNanos() / 1000).isEqualTo(downUs);
  }

  @ParameterizedTest
  @CsvSource({"0", "256", "-1"})
  void priorityOutOfRangeIsRefused(int prio) {
    assertThatThrownBy(() -> VrrpTiming.skewTime(prio, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
