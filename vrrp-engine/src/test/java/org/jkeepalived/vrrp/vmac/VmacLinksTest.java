package org.jkeepalived.vrrp.vmac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.rtnl.FakeAddressManager;
import org.jkeepalived.linux.rtnl.FakeVirtualLinks;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.linux.rtnl.VirtualLinkSpec;
import org.jkeepalived.linux.sysctl.FakeSysctl;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.vrrp.filter.VmacFilter;
import org.junit.jupiter.api.Test;

class VmacLinksTest {
  private final FakeVirtualLinks links = new FakeVirtualLinks();
  private final FakeAddressManager addresses = new FakeAddressManager();
  private final FakeSysctl sysctl = new FakeSysctl(true);
  private final VmacLinks kernel = new VmacLinks(links, sysctl, addresses);

  private static VmacPlan plan(int vrid, boolean ipv6, String name) {
    return VmacPlan.of(VmacPlanTest.row(vrid, ipv6, VmacPlanTest.useVmac(name, null, false)))
        .orElseThrow();
  }

  @Test
  void createsRaisesAndDeletes() throws Exception {
    LinkInfo l = kernel.create("VI_1", plan(51, false, null), 2);
    assertThat(l.isRunning()).isTrue();
    assertThat(links.operations()).containsExactly("create vrrp.51", "up vrrp.51");
    assertThat(sysctl.writes()).hasSize(7);
    kernel.delete("VI_1", plan(51, false, null));
    assertThat(links.find("vrrp.51")).isEmpty();
    kernel.delete("VI_1", plan(51, false, null)); // already gone: nothing to do
  }

  @Test
  void macvlansAreFilteredBeforeTheyComeUpAndReleasedBeforeTheyGo() throws Exception {
    java.util.List<String> order = new java.util.ArrayList<>();
    VmacFilter filter = new VmacFilter() {
      @Override
      public void added(boolean ipv6, String vmac, String base) {
        order.add("filter " + vmac + (ipv6 ? " ip6 " : " ip ") + base + " after "
            + links.operations());
      }

      @Override
      public void removing(boolean ipv6, String vmac) {
        order.add("release " + vmac + " before delete: " + links.find(vmac).isPresent());
      }
    };
    VmacLinks filtered = new VmacLinks(links, sysctl, addresses, filter);
    filtered.create("VI_6", plan(52, true, null), 2);
    filtered.delete("VI_6", plan(52, true, null));
    assertThat(order).containsExactly("filter vrrp.52 ip6 eth0 after [create vrrp.52]",
        "release vrrp.52 before delete: true");
  }

  @Test
  void adoptsAMatchingLeftoverAndReplacesAMismatchingOne() throws Exception {
    links.create(plan(51, false, null).spec(2));
    kernel.create("VI_1", plan(51, false, null), 2);
    assertThat(links.operations()).containsExactly("create vrrp.51", "up vrrp.51");

    links.create(VirtualLinkSpec.macvlan("vm9", 2, MacAddress.parse("02:00:00:00:00:09"), 4));
    kernel.create("VI_9", plan(9, false, "vm9"), 2);
    assertThat(links.operations()).containsSubsequence("create vm9", "delete vm9", "create vm9");
    assertThat(links.find("vm9")).get()
        .matches(x -> x.macString().equals("00:00:5e:00:01:09"));
  }

  @Test
  void ipv6VmacGetsTheBaseLinkLocalWithoutDad() throws Exception {
    InetAddress ll = InetAddress.getByName("fe80::a4bb:b2ff:fe33:b4f6");
    addresses.add(InterfaceAddress.of(2, ll, 64));
    LinkInfo l = kernel.create("VI_6", plan(52, true, null), 2);
    assertThat(addresses.list(0)).filteredOn(a -> a.ifindex() == l.index()).singleElement()
        .satisfies(a -> {
          assertThat(a.address()).isEqualTo(ll);
          assertThat(a.flags() & Rtnl.IFA_F_NODAD).isNotZero();
          assertThat(a.scope()).isEqualTo(Rtnl.RT_SCOPE_LINK);
        });
  }

  @Test
  void ipvlanGetsItsAddress() throws Exception {
    IpPrefix addr = new IpPrefix(InetAddress.getByName("198.18.63.50"), 24);
    VmacPlan p = VmacPlan.of(VmacPlanTest.row(9, false, new VrrpInstanceConfig.Vmac(false, null,
        null, false, false, true, "ipv9", addr, null))).orElseThrow();
    LinkInfo l = kernel.create("VI_9", p, 2);
    assertThat(addresses.list(0)).filteredOn(a -> a.ifindex() == l.index())
        .extracting(InterfaceAddress::address).containsExactly(addr.address());
  }

  @Test
  void anotherKindOfInterfaceWithTheNameIsAnError() throws Exception {
    links.putOtherLink("vrrp.51", "veth");
    assertThatThrownBy(() -> kernel.create("VI_1", plan(51, false, null), 2))
        .isInstanceOf(IOException.class).hasMessageContaining("not a macvlan");
  }

  @Test
  void instancesSharingAVmacDeleteItWithTheLastOne() throws Exception {
    VmacInstances vmacs = new VmacInstances(kernel);
    VrrpInstanceConfig one = VmacPlanTest.row(51, false, VmacPlanTest.useVmac("shared", null,
        false));
    VrrpInstanceConfig two = new VrrpInstanceConfig("VI_2", one.state(), one.interfaceName(),
        one.virtualRouterId(), one.priority(), one.advertInterval(), one.version(), one.ipv6(),
        one.authentication(), one.virtualAddresses(), one.excludedAddresses(),
        one.virtualRoutes(), one.virtualRules(), one.tracking(), one.transport(), one.vmac(),
        one.behaviour(), one.garp(), one.notifyScripts());
    java.util.List<LinkInfo> seen = new java.util.ArrayList<>();
    vmacs.attach(one, 2, seen::add);
    vmacs.attach(two, 2, seen::add);
    assertThat(seen).hasSize(1);
    vmacs.detach("VI_1");
    assertThat(links.find("shared")).isPresent();
    vmacs.detach("VI_2");
    assertThat(links.find("shared")).isEmpty();
    assertThat(vmacs.vipInterface(one)).isEqualTo("shared");
    assertThatThrownBy(() -> VmacInstances.unsupported().attach(one, 2, seen::add))
        .isInstanceOf(IOException.class);
  }
}
