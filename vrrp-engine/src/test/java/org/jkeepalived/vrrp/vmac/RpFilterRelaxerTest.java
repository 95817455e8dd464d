package org.jkeepalived.vrrp.vmac;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.linux.sysctl.FakeSysctl;
import org.junit.jupiter.api.Test;

class RpFilterRelaxerTest {
  private static FakeSysctl conf(String all, String dflt, String eth0, String lo) {
    return new FakeSysctl(false).put("net/ipv4/conf/all/rp_filter", all)
        .put("net/ipv4/conf/default/rp_filter", dflt).put("net/ipv4/conf/eth0/rp_filter", eth0)
        .put("net/ipv4/conf/lo/rp_filter", lo);
  }

  @Test
  void allSetRaisesEveryInterfaceKeepsHigherOnesAndClearsAll() {
    FakeSysctl s = conf("1", "0", "2", "0");
    RpFilterRelaxer r = new RpFilterRelaxer(s);
    r.apply();
    assertThat(s.read("net/ipv4/conf/all/rp_filter")).contains("0");
    assertThat(s.read("net/ipv4/conf/default/rp_filter")).contains("1");
    assertThat(s.read("net/ipv4/conf/eth0/rp_filter")).contains("2");
    assertThat(s.read("net/ipv4/conf/lo/rp_filter")).contains("1");
    r.apply(); // once only
    assertThat(s.writes()).hasSize(3);
    r.restore();
    assertThat(s.read("net/ipv4/conf/all/rp_filter")).contains("1");
    assertThat(s.read("net/ipv4/conf/default/rp_filter")).contains("0");
    assertThat(s.read("net/ipv4/conf/lo/rp_filter")).contains("0");
    // all first, so no interface is ever less filtered than it was
    assertThat(s.writes().subList(3, 6)).first().isEqualTo("net/ipv4/conf/all/rp_filter=1");
  }

  @Test
  void allClearChangesNothing() {
    FakeSysctl s = conf("0", "1", "0", "0");
    new RpFilterRelaxer(s).apply();
    assertThat(s.writes()).isEmpty();
  }
}
