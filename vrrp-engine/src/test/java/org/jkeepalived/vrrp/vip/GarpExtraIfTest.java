package org.jkeepalived.vrrp.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.junit.jupiter.api.Test;

class GarpExtraIfTest {
  private static InterfaceAddress on(int ifindex, String a) throws Exception {
    return InterfaceAddress.vip(ifindex, InetAddress.getByName(a), 24);
  }

  @Test
  void allSendsTheFirstVipOfEachOtherInterface() throws Exception {
    GarpExtraIf x = new GarpExtraIf(Duration.ofSeconds(100), true, 2, i -> false);
    List<InterfaceAddress> vips = List.of(on(2, "198.18.65.100"), on(3, "198.18.66.100"),
        on(3, "198.18.66.101"), on(4, "198.18.67.100"));
    assertThat(x.select(vips)).containsExactly(vips.get(1), vips.get(3));
  }

  @Test
  void withoutAllOnlyOurVmacInterfacesQualify() throws Exception {
    GarpExtraIf x = new GarpExtraIf(Duration.ofSeconds(100), false, 2, i -> i == 4);
    List<InterfaceAddress> vips = List.of(on(3, "198.18.66.100"), on(4, "198.18.67.100"));
    assertThat(x.select(vips)).containsExactly(vips.get(1));
    assertThat(GarpExtraIf.NONE.enabled()).isFalse();
    assertThat(x.enabled()).isTrue();
  }
}
