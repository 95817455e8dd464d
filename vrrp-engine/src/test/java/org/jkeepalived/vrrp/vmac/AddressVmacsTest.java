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
    assertThat(AddressVmacs.targets(r)).containsExactly(new AddressVmacs.Target("eth1", false));
    VmacPlan p = AddressVmacs.plans(r, null, n -> false)
        .get(new AddressVmacs.Target("eth1", false));
    assertThat(p.name()).isEqualTo("vrrp.51");
    assertThat(p.baseName()).isEqualTo("eth1");
    assertThat(p.kind()).isEqualTo(VirtualLinkKind.MACVLAN);
    assertThat(p.mac()).isEqualTo(MacAddress.parse("00:00:5e:00:01:33"));
  }

  @Test
  void useVmacAddrCoversEveryVipAndEvipOnAnotherInterface() {
    VrrpInstanceConfig r = row(useVmacAddr(), List.of(vip("198.18.81.100", "eth0", false),
        vip("198.18.82.100", "eth1", false)), List.of(vip("fd00:83::1", "eth3", false)));
    assertThat(AddressVmacs.targets(r)).containsExactly(new AddressVmacs.Target("eth1", false),
        new AddressVmacs.Target("eth3", true));
    VmacPlan six = AddressVmacs.plans(r, "va", n -> false).get(new AddressVmacs.Target("eth3",
        true));
    assertThat(six.mac()).isEqualTo(MacAddress.parse("00:00:5e:00:02:33"));
    assertThat(six.ipv6()).as("gets the base's link-local").isTrue();
  }

  @Test
  void noVmacWithoutTheOptions() {
    VrrpInstanceConfig r = row(null, List.of(vip("198.18.82.100", "eth1", false)), List.of());
    assertThat(AddressVmacs.targets(r)).isEmpty();
    assertThat(AddressVmacs.plans(r, null, n -> false)).isEmpty();
  }

  @Test
  void otherFamilyOnTheInstancesInterfaceGetsItsOwnVmac() {
    // keepalived 2.2.7, IPv4 instance with use_vmac + use_vmac_addr, eVIPs fd00:81::100/64 (no
    // dev) and fd00:82::100/64 dev eth1: vrrp.51, vrrp6.51@eth0 (02:33), vrrp1.51@eth1 (02:33)
    VrrpInstanceConfig.Vmac both = new VrrpInstanceConfig.Vmac(true, null, null, true, false,
        false, null, null, null);
    VrrpInstanceConfig r = row(both, List.of(vip("198.18.81.100", null, false)),
        List.of(vip("fd00:81::100", null, false), vip("fd00:82::100", "eth1", false)));
    java.util.Map<AddressVmacs.Target, VmacPlan> plans = AddressVmacs.plans(r, null,
        Set.of("vrrp.51")::contains);
    assertThat(plans.keySet()).containsExactly(new AddressVmacs.Target("eth0", true),
        new AddressVmacs.Target("eth1", true));
    assertThat(plans.values()).extracting(VmacPlan::name).containsExactly("vrrp6.51",
        "vrrp1.51");
    assertThat(plans.values()).extracting(VmacPlan::mac).containsOnly(
        MacAddress.parse("00:00:5e:00:02:33"));
    // without the instance's VMAC the name is free: vrrp.51 (per-VIP use_vmac, no dev)
    VrrpInstanceConfig perVip = row(null, List.of(vip("198.18.81.100", null, false)),
        List.of(vip("fd00:81::100", null, true)));
    assertThat(AddressVmacs.plans(perVip, null, n -> false).values())
        .extracting(VmacPlan::name, VmacPlan::baseName).containsExactly(
            org.assertj.core.groups.Tuple.tuple("vrrp.51", "eth0"));
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
