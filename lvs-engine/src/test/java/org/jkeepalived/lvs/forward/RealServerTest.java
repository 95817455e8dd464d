package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.junit.jupiter.api.Test;

/** Gauges and the overload flag as ip_vs_bind_dest / ip_vs_unbind_dest keep them. */
class RealServerTest {
  static RealServer withThresholds(long upper, long lower) {
    IpvsDestination d = Services.dest(new InetSocketAddress(InetAddress.getLoopbackAddress(), 80), 1);
    return new RealServer(new IpvsDestination(d.key(), d.family(), d.forwarding(), 1, upper, lower,
        0, 0, 0, 0, 0, 0, IpvsCounters.ZERO));
  }

  @Test
  void aConnectionIsInactiveThenActiveThenInactiveThenGone() {
    RealServer rs = withThresholds(0, 0);
    rs.bind();
    assertThat(rs.inactiveConns()).isEqualTo(1);
    rs.established();
    assertThat(rs.activeConns()).isEqualTo(1);
    assertThat(rs.inactiveConns()).isZero();
    rs.closing();
    assertThat(rs.activeConns()).isZero();
    assertThat(rs.inactiveConns()).isEqualTo(1);
    rs.unbind(false);
    assertThat(rs.dump(0).inactiveConns()).isZero();
  }

  @Test
  void upperThresholdOverloadsAndLowerThresholdClears() {
    RealServer rs = withThresholds(3, 1);
    rs.bind();
    rs.bind();
    assertThat(rs.overloaded()).isFalse();
    rs.bind();
    assertThat(rs.overloaded()).isTrue();
    rs.unbind(false);
    rs.unbind(false);
    assertThat(rs.overloaded()).isTrue(); // 1 is not below the lower threshold 1
    rs.unbind(false);
    assertThat(rs.overloaded()).isFalse();
  }

  @Test
  void withoutALowerThresholdItClearsBelowThreeQuartersOfTheUpper() {
    RealServer rs = withThresholds(4, 0);
    for (int i = 0; i < 4; i++) {
      rs.bind();
    }
    assertThat(rs.overloaded()).isTrue();
    rs.unbind(false);
    assertThat(rs.overloaded()).isTrue(); // 3 * 4 < 4 * 3 is false
    rs.unbind(false);
    assertThat(rs.overloaded()).isFalse();
  }
}
