package org.jkeepalived.vrrp.fsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VrrpTimersTest {

  @ParameterizedTest(name = "{0} prio {1} interval {2} ms -> skew {3} us, down {4} us")
  @CsvSource({
    // version, priority, Master_Adver_Interval ms, down adverts, skew us, master down us
    "V2, 100, 1000, 3, 609375, 3609375",
    "V2, 150, 1000, 3, 414062, 3414062",
    "V2, 255, 1000, 3, 3906, 3003906",
    "V2, 1, 1000, 3, 996093, 3996093",
    "V2, 0, 1000, 3, 1000000, 4000000",
    "V2, 100, 2000, 3, 609375, 6609375", // v2 skew does not scale with the interval
    "V2, 100, 1000, 1, 609375, 1609375", // down_timer_adverts 1
    "V3, 100, 1000, 3, 609375, 3609375",
    "V3, 200, 500, 3, 109375, 1609375",
    "V3, 150, 10, 3, 4140, 34140",
    "V3, 100, 40950, 3, 24953906, 147803906",
    "V3, 255, 100, 3, 390, 300390",
    "V3, 0, 100, 3, 100000, 400000",
    "V3, 100, 1000, 10, 609375, 10609375",
  })
  void skewAndMasterDownFollowTheRfcFormulas(VrrpVersion v, int prio, long intervalMs,
      int adverts, long skewUs, long downUs) {
    Duration interval = Duration.ofMillis(intervalMs);
    assertThat(VrrpTimers.skewTime(v, prio, interval)).isEqualTo(Duration.ofNanos(skewUs * 1000));
    assertThat(VrrpTimers.masterDownInterval(v, prio, interval, adverts))
        .isEqualTo(Duration.ofNanos(downUs * 1000));
  }

  @Test
  void outOfRangeInputsAreRejected() {
    Duration s = Duration.ofSeconds(1);
    assertThatThrownBy(() -> VrrpTimers.skewTime(VrrpVersion.V2, 256, s))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VrrpTimers.masterDownInterval(VrrpVersion.V3, 100, s, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VrrpTimers.masterDownInterval(VrrpVersion.V3, 100, s, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
