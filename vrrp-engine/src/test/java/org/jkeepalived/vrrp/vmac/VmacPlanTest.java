package org.jkeepalived.vrrp.vmac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.rtnl.VirtualLinkCodec;
import org.jkeepalived.linux.rtnl.VirtualLinkKind;
import org.jkeepalived.linux.rtnl.VirtualLinkSpec;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.junit.jupiter.api.Test;

class VmacPlanTest {
  static VrrpInstanceConfig row(int vrid, boolean ipv6, VrrpInstanceConfig.Vmac vmac) {
    return new VrrpInstanceConfig("VI_1", InitialState.BACKUP, "eth0", vrid, 100,
        Duration.ofSeconds(1), 3, ipv6, Authentication.NONE, List.of(), List.of(), List.of(),
        List.of(), null, null, vmac, null, null, null);
  }

  static VrrpInstanceConfig.Vmac useVmac(String name, String mac, boolean xmitBase) {
    return new VrrpInstanceConfig.Vmac(true, name, mac, false, xmitBase, false, null, null, null);
  }

  @Test
  void defaultsFollowRfc5798AndKeepalivedNaming() {
    VmacPlan v4 = VmacPlan.of(row(51, false, useVmac(null, null, false))).orElseThrow();
    assertThat(v4.name()).isEqualTo("vrrp.51");
    assertThat(v4.mac()).isEqualTo(MacAddress.parse("00:00:5e:00:01:33"));
    assertThat(v4.advertInterface()).isEqualTo("vrrp.51");
    // keepalived 2.2.7 names an IPv6 instance's VMAC vrrp.VRID too; the MAC has 02
    VmacPlan v6 = VmacPlan.of(row(52, true, useVmac(null, null, false))).orElseThrow();
    assertThat(v6.name()).isEqualTo("vrrp.52");
    assertThat(v6.mac()).isEqualTo(MacAddress.parse("00:00:5e:00:02:34"));
    assertThat(VmacPlan.virtualMac(false, 255)).isEqualTo(MacAddress.parse("00:00:5e:00:01:ff"));
    assertThatThrownBy(() -> VmacPlan.virtualMac(false, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void vmacPrefixNamesUnnamedVmacs() {
    assertThat(VmacPlan.of(row(51, false, useVmac(null, null, false)), "ka").orElseThrow().name())
        .isEqualTo("ka.51");
    assertThat(VmacPlan.of(row(51, false, useVmac("mine", null, false)), "ka").orElseThrow()
        .name()).isEqualTo("mine");
  }

  @Test
  void givenNameMacAndXmitBase() {
    VmacPlan p = VmacPlan.of(row(7, false, useVmac("myvm", "02:11:22:33:44:55", true)))
        .orElseThrow();
    assertThat(p.name()).isEqualTo("myvm");
    assertThat(p.mac()).isEqualTo(MacAddress.parse("02:11:22:33:44:55"));
    assertThat(p.advertInterface()).isEqualTo("eth0");
    // five octets: the VRID is the sixth
    assertThat(VmacPlan.of(row(10, false, useVmac(null, "02:11:22:33:44", false)))
        .orElseThrow().mac()).isEqualTo(MacAddress.parse("02:11:22:33:44:0a"));
  }

  @Test
  void specIsAPrivateMacvlanOnTheBase() {
    VirtualLinkSpec s = VmacPlan.of(row(51, false, useVmac(null, null, false))).orElseThrow()
        .spec(2);
    assertThat(s).isEqualTo(VirtualLinkSpec.macvlan("vrrp.51", 2,
        MacAddress.parse("00:00:5e:00:01:33"), VirtualLinkCodec.MACVLAN_MODE_PRIVATE));
  }

  @Test
  void ipvlanPlanIsL2WithModeFlagsAndAddress() throws Exception {
    IpPrefix addr = new IpPrefix(InetAddress.getByName("198.18.63.50"), 24);
    VmacPlan p = VmacPlan.of(row(9, false, new VrrpInstanceConfig.Vmac(false, null, null, false,
        false, true, "ipv9", addr, "private"))).orElseThrow();
    assertThat(p.kind()).isEqualTo(VirtualLinkKind.IPVLAN);
    assertThat(p.spec(2)).isEqualTo(VirtualLinkSpec.ipvlan("ipv9", 2,
        VirtualLinkCodec.IPVLAN_MODE_L2, VirtualLinkCodec.IPVLAN_F_PRIVATE));
    assertThat(p.ipvlanAddress()).isEqualTo(addr);
    assertThat(VmacPlan.ipvlanFlags(null)).isEqualTo(VirtualLinkCodec.IPVLAN_F_BRIDGE);
    assertThat(VmacPlan.ipvlanFlags("vepa")).isEqualTo(VirtualLinkCodec.IPVLAN_F_VEPA);
  }

  @Test
  void noPlanWithoutVmacOrIpvlan() {
    assertThat(VmacPlan.of(row(1, false, null))).isEmpty();
    assertThat(VmacPlan.of(row(1, false, new VrrpInstanceConfig.Vmac(false, null, null, false,
        false, false, null, null, null)))).isEmpty();
  }

  @Test
  void sysctlsMatchWhatKeepalivedSets() {
    VmacPlan v4 = VmacPlan.of(row(51, false, useVmac(null, null, false))).orElseThrow();
    assertThat(VmacSysctls.of(v4)).extracting(s -> s.path() + "=" + s.value()).containsExactly(
        "net/ipv4/conf/eth0/arp_ignore=1", "net/ipv4/conf/eth0/arp_filter=1",
        "net/ipv4/conf/vrrp.51/arp_ignore=1", "net/ipv4/conf/vrrp.51/accept_local=1",
        "net/ipv4/conf/vrrp.51/rp_filter=0", "net/ipv4/conf/vrrp.51/promote_secondaries=1",
        "net/ipv6/conf/vrrp.51/disable_ipv6=1");
    VmacPlan v6 = VmacPlan.of(row(52, true, useVmac(null, null, false))).orElseThrow();
    assertThat(VmacSysctls.of(v6)).extracting(VmacSysctls.Setting::path)
        .noneMatch(p -> p.contains("eth0") || p.contains("disable_ipv6"));
  }
}
