package org.jkeepalived.vrrp.vmac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.rtnl.FakeAddressManager;
import org.jkeepalived.linux.rtnl.FakeVirtualLinks;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.sysctl.FakeSysctl;
import org.jkeepalived.linux.sysctl.Sysctl;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.vrrp.vip.LinkDirectory;
import org.junit.jupiter.api.Test;

class VmacInstancesTest {
  private final FakeVirtualLinks links = new FakeVirtualLinks();
  private final FakeSysctl sysctl = new FakeSysctl(true);
  private final VmacLinks kernel = new VmacLinks(links, sysctl, new FakeAddressManager());
  private final List<LinkInfo> seen = new ArrayList<>();

  /** The engine's link table: the fake's links by name. */
  private final LinkDirectory directory = new LinkDirectory() {
    @Override
    public int indexOf(String name) {
      return links.find(name).map(LinkInfo::index).orElse(0);
    }

    @Override
    public String nameOf(int ifindex) {
      return Integer.toString(ifindex);
    }

    @Override
    public MacAddress macOf(int ifindex) {
      return null;
    }
  };

  VmacInstancesTest() {
    links.putOtherLink("eth0", "veth");
    links.putOtherLink("eth1", "veth");
  }

  @Test
  void perVipUseVmacMakesAVmacOnTheVipsInterfaceAndPutsTheVipThere() throws Exception {
    VmacInstances vmacs = new VmacInstances(kernel);
    VrrpInstanceConfig r = AddressVmacsTest.row(null, List.of(
        AddressVmacsTest.vip("198.18.81.100", null, false),
        AddressVmacsTest.vip("198.18.82.100", "eth1", true)), List.of());
    vmacs.attach(r, directory.indexOf("eth0"), seen::add);
    assertThat(seen).extracting(LinkInfo::name).containsExactly("vrrp.51");
    LinkInfo vmac = links.find("vrrp.51").orElseThrow();
    assertThat(vmac.macString()).isEqualTo("00:00:5e:00:01:33");
    // the instance's own VIP stays on eth0, eth1's VIP goes on the VMAC
    assertThat(vmacs.vips(r, r.virtualAddresses(), directory)).extracting(
        InterfaceAddress::ifindex).containsExactly(directory.indexOf("eth0"), vmac.index());
    assertThat(vmacs.advertInterface(r)).isEqualTo("eth0");
    // keepalived's base settings on eth1, VMAC settings on the new interface
    assertThat(sysctl.read(Sysctl.ipv4Conf("eth1", "arp_ignore"))).contains("1");
    assertThat(sysctl.read(Sysctl.ipv4Conf("vrrp.51", "rp_filter"))).contains("0");
    // garp_extra_if without "all" counts only the interfaces made here
    assertThat(vmacs.isVirtual("vrrp.51")).isTrue();
    assertThat(vmacs.isVirtual("eth1")).isFalse();
    vmacs.detach("VI_1");
    assertThat(links.find("vrrp.51")).isEmpty();
    assertThat(vmacs.isVirtual("vrrp.51")).isFalse();
  }

  @Test
  void useVmacAddrNextToUseVmacNamesTheSecondVmacWithANumberAndAddrPrefixWins()
      throws Exception {
    VrrpInstanceConfig.Vmac both = new VrrpInstanceConfig.Vmac(true, null, null, true, false,
        false, null, null, null);
    VrrpInstanceConfig r = AddressVmacsTest.row(both, List.of(
        AddressVmacsTest.vip("198.18.81.100", null, false),
        AddressVmacsTest.vip("198.18.82.100", "eth1", false)), List.of());
    VmacInstances vmacs = new VmacInstances(kernel);
    vmacs.attach(r, directory.indexOf("eth0"), seen::add);
    assertThat(seen).extracting(LinkInfo::name).containsExactly("vrrp.51", "vrrp1.51");
    assertThat(vmacs.vips(r, r.virtualAddresses(), directory)).extracting(
        InterfaceAddress::ifindex).containsExactly(directory.indexOf("vrrp.51"),
        directory.indexOf("vrrp1.51"));
    vmacs.detachAll();
    assertThat(links.find("vrrp.51")).isEmpty();
    assertThat(links.find("vrrp1.51")).isEmpty();

    seen.clear();
    VmacInstances prefixed = new VmacInstances(kernel, "vrrp", "vaddr");
    prefixed.attach(r, directory.indexOf("eth0"), seen::add);
    assertThat(seen).extracting(LinkInfo::name).containsExactly("vrrp.51", "vaddr.51");
  }

  @Test
  void addingAVipVmacIsAChangeThatRebuildsTheInstance() {
    VmacInstances vmacs = new VmacInstances(kernel);
    VrrpInstanceConfig plain = AddressVmacsTest.row(null, List.of(
        AddressVmacsTest.vip("198.18.82.100", "eth1", false)), List.of());
    VrrpInstanceConfig withVmac = AddressVmacsTest.row(null, List.of(
        AddressVmacsTest.vip("198.18.82.100", "eth1", true)), List.of());
    assertThat(vmacs.changed(plain, withVmac)).isTrue();
    assertThat(vmacs.changed(withVmac, withVmac)).isFalse();
  }
}
