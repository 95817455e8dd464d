package org.jkeepalived.vrrp.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.jkeepalived.linux.rtnl.FakeAddressManager;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.junit.jupiter.api.Test;

class VipManagerTest {
  private static InterfaceAddress vip(String address) throws Exception {
    return InterfaceAddress.vip(2, InetAddress.getByName(address), 24);
  }

  @Test
  void startingInstanceRemovesVipsLeftBehindByAPreviousDaemon() throws Exception {
    FakeAddressManager kernel = new FakeAddressManager();
    InterfaceAddress stale = vip("198.18.99.100");
    kernel.add(stale); // left by a kill -9 of the previous daemon
    VipManager vips = new VipManager("VI_1", kernel, List.of(stale, vip("198.18.99.101")));

    vips.removeStale();

    assertThat(kernel.list(0)).isEmpty();
    assertThat(vips.installed()).isEmpty();
  }

  @Test
  void removingStaleVipsLeavesOtherAddressesAlone() throws Exception {
    FakeAddressManager kernel = new FakeAddressManager();
    InterfaceAddress own = InterfaceAddress.of(2, InetAddress.getByName("198.18.99.11"), 24);
    kernel.add(own);
    VipManager vips = new VipManager("VI_1", kernel, List.of(vip("198.18.99.100")));

    vips.removeStale();
    vips.addAll();
    vips.removeAll();

    assertThat(kernel.list(0)).containsExactly(own);
  }
}
