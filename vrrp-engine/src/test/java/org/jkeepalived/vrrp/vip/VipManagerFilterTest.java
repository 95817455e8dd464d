package org.jkeepalived.vrrp.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.jkeepalived.linux.rtnl.FakeAddressManager;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.vrrp.filter.FakeFirewall;
import org.jkeepalived.vrrp.filter.VipFilter;
import org.junit.jupiter.api.Test;

/** The VIP manager blocks a VIP once it is installed and unblocks it when it is removed. */
class VipManagerFilterTest {
  private static InterfaceAddress vip(String address) throws Exception {
    return InterfaceAddress.vip(2, InetAddress.getByName(address), 24);
  }

  @Test
  void blockedExactlyWhileInstalled() throws Exception {
    FakeFirewall fw = new FakeFirewall();
    VipManager vips = new VipManager("VI_1", new FakeAddressManager(),
        List.of(vip("198.18.65.100"), vip("198.18.65.101")));
    vips.filterWith(fw.vipFilter(false));
    assertThat(fw.calls()).isEmpty();
    vips.addAll();
    assertThat(fw.blocked()).containsExactly(InetAddress.getByName("198.18.65.100"),
        InetAddress.getByName("198.18.65.101"));
    vips.update(List.of(vip("198.18.65.101")), true); // reload drops .100
    assertThat(fw.blocked()).containsExactly(InetAddress.getByName("198.18.65.101"));
    vips.removeAll();
    assertThat(fw.blocked()).isEmpty();
  }

  @Test
  void switchingToAcceptModeUnblocksInstalledVips() throws Exception {
    FakeFirewall fw = new FakeFirewall();
    VipManager vips = new VipManager("VI_1", new FakeAddressManager(),
        List.of(vip("198.18.65.100")));
    vips.filterWith(fw.vipFilter(false));
    vips.addAll();
    vips.filterWith(VipFilter.NONE);
    assertThat(fw.blocked()).isEmpty();
    vips.filterWith(fw.vipFilter(false));
    assertThat(fw.blocked()).hasSize(1);
  }
}
