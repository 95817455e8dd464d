package org.jkeepalived.vrrp.vmac;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.rtnl.VirtualLinkKind;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.junit.jupiter.api.Test;

class AddressVmacsTest {
  static VirtualAddress vip(String addr, String dev, boolean useVmac) {
    try {
      InetAddress a = InetAddress.getByName(addr);
      return new VirtualAddress(new IpPrefix(a, a.getAddress().length == 4 ? 24 : 64), null, dev,
          useVmac, null, null, null, false, false, false, false, false, false, null, null);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static VrrpInstanceConfig row(VrrpInstanceConfig.Vmac vmac, List<VirtualAddress> vips,
      List<VirtualAddress> evips) {
    VrrpInstanceConfig r = VmacPlanTest.row(51, false, vmac);
    return new VrrpInstanceConfig(r.name(), r.state(), r.interfaceName(), r.virtualRouterId(),
        r.priority(), r.advertInterval(), r.version(), r.ipv6(), r.authentication(), vips, evips,
        r.virtualRoutes(), r.virtualRules(), r.tracking(), r.transport(), r.vmac(),
        r.behaviour(), r.garp(), r.notifyScripts());
  }

  static VrrpInstanceConfig.Vmac useVmacAddr() {
    return new VrrpInstanceConfig.Vmac(false, null, null, true, false, false, null, null, null);
  }

  @Test
  void perVipUseVmacOnAnotherInterfaceGetsOneSharedVmacThere() {
    // keepalived 2.2.7: "198.18.82.100/24 dev eth1 use_vmac" and .101 -> one vrrp.51@eth1
    VrrpInstanceConfig r = row(null, List.of(vip("198.18.81.100", null, false),
        vip("198.18.82.100", "eth1", true), vip("198.18.82.101", "eth1", true),
        vip("198.18.83.100", "eth2", false)), List.of());
    assertThat(AddressVmacs.devices(r)).containsExactly(java.util.Map.entry("eth1", false));
    VmacPlan p = AddressVmacs.plans(r, null, n -> false).get("eth1");
    assertThat(p.name()).isEqualTo("vrrp.51");
    assertThat(p.baseName()).isEqualTo("eth1");
    assertThat(p.kind()).isEqualTo(VirtualLinkKind.MACVLAN);
    assertThat(p.mac()).isEqualTo(MacAddress.parse("00:00:5e:00:01:33"));
  }

  @Test
  void useVmacAddrCoversEveryVipAndEvipOnAnotherInterface() {
    VrrpInstanceConfig r = row(useVmacAddr(), List.of(vip("198.18.81.100", "eth0", false),
        vip("198.18.82.100", "eth1", false)), List.of(vip("fd00:83::1", "eth3", false)));
    assertThat(AddressVmacs.devices(r)).containsExactly(java.util.Map.entry("eth1", false),
        java.util.Map.entry("eth3", true));
    assertThat(AddressVmacs.plans(r, "va", n -> false).get("eth3").mac())
        .isEqualTo(MacAddress.parse("00:00:5e:00:02:33"));
  }

  @Test
  void noVmacWithoutTheOptions() {
    VrrpInstanceConfig r = row(null, List.of(vip("198.18.82.100", "eth1", false)), List.of());
    assertThat(AddressVmacs.devices(r)).isEmpty();
    assertThat(AddressVmacs.plans(r, null, n -> false)).isEmpty();
  }

  @Test
  void takenNamesGetKeepalivedsNumberedPrefix() {
    // keepalived 2.2.7: the instance's own vrrp.51 on eth0 makes eth1's VMAC vrrp1.51
    assertThat(AddressVmacs.name("vrrp", 51, Set.of("vrrp.51")::contains)).isEqualTo("vrrp1.51");
    assertThat(AddressVmacs.name("vrrp", 51, Set.of("vrrp.51", "vrrp1.51")::contains))
        .isEqualTo("vrrp2.51");
    assertThat(AddressVmacs.name("vaddr", 51, Set.of("vrrp.51")::contains)).isEqualTo("vaddr.51");
    VrrpInstanceConfig r = row(useVmacAddr(), List.of(vip("198.18.82.100", "eth1", false),
        vip("198.18.83.100", "eth2", false)), List.of());
    assertThat(AddressVmacs.plans(r, null, Set.of("vrrp.51")::contains).values())
        .extracting(VmacPlan::name).containsExactly("vrrp1.51", "vrrp2.51");
  }
}
