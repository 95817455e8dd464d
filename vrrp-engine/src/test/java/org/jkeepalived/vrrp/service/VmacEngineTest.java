package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.rtnl.FakeVirtualLinks;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** use_vmac on fakes: the VMAC's life follows the instance's, VIPs and GARPs go on it. */
class VmacEngineTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final MacAddress VMAC_51 = MacAddress.parse("00:00:5e:00:01:33");
  private final FakeScheduler clock = new FakeScheduler(T0);
  private final FakeLan lan = new FakeLan();
  private FakeNode a;
  private FakeNode b;
  private FakeVirtualLinks linksA;
  private FakeVirtualLinks linksB;

  private void twoNodes(VrrpInstanceConfig rowA, VrrpInstanceConfig rowB) throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    b = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2);
    linksA = new FakeVirtualLinks(a.links);
    linksB = new FakeVirtualLinks(b.links);
    a.engine.useVirtualLinks(linksA, null);
    b.engine.useVirtualLinks(linksB, "vrrp");
    a.start(rowA);
    b.start(rowB);
  }

  @AfterEach
  void close() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  static VrrpInstanceConfig vmac(int priority, String name, boolean xmitBase) {
    VrrpInstanceConfig c = TestRows.v3("VI_1", 51, priority, List.of(vip("198.18.2.100/32")));
    return new VrrpInstanceConfig(c.name(), c.state(), c.interfaceName(), c.virtualRouterId(),
        c.priority(), c.advertInterval(), c.version(), c.ipv6(), c.authentication(),
        c.virtualAddresses(), c.excludedAddresses(), c.virtualRoutes(), c.virtualRules(),
        c.tracking(), c.transport(),
        new VrrpInstanceConfig.Vmac(true, name, null, false, xmitBase, false, null, null, null),
        c.behaviour(), c.garp(), c.notifyScripts());
  }

  private static int indexOf(FakeVirtualLinks links, String name) {
    return links.find(name).map(LinkInfo::index).orElseThrow();
  }

  @Test
  void masterPutsVipOnVmacAndAnnouncesItWithTheVirtualMac() throws Exception {
    twoNodes(vmac(150, null, false), vmac(100, null, false));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    // both nodes hold an up VMAC (keepalived keeps it up at BACKUP too); only the master the VIP
    assertThat(linksA.find("vrrp.51")).get().matches(LinkInfo::isRunning)
        .matches(l -> l.macString().equals("00:00:5e:00:01:33"));
    assertThat(linksB.find("vrrp.51")).get().matches(LinkInfo::isRunning);
    int vmacA = indexOf(linksA, "vrrp.51");
    assertThat(a.addresses.list(0)).filteredOn(x -> x.address().equals(ip("198.18.2.100")))
        .extracting(InterfaceAddress::ifindex).containsExactly(vmacA);
    assertThat(b.vipsOnLink()).isEmpty();
    assertThat(a.lastSocketIfname).isEqualTo("vrrp.51");
    assertThat(a.arp.sent()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.ifindex()).isEqualTo(vmacA);
      assertThat(s.packet().ethSource()).isEqualTo(VMAC_51);
      assertThat(s.packet().senderHardware()).isEqualTo(VMAC_51);
    });
    assertThat(a.sysctls.writes()).contains("net/ipv4/conf/eth0/arp_ignore=1",
        "net/ipv4/conf/eth0/arp_filter=1", "net/ipv4/conf/vrrp.51/arp_ignore=1",
        "net/ipv4/conf/vrrp.51/accept_local=1", "net/ipv4/conf/vrrp.51/rp_filter=0");
  }

  @Test
  void shutdownAndRemovalDeleteTheVmac() throws Exception {
    twoNodes(vmac(150, "vm51", false), vmac(100, "vm51", false));
    clock.advanceBy(Duration.ofSeconds(5));
    a.engine.shutdown();
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(linksA.find("vm51")).isEmpty();
    assertThat(linksA.operations()).containsExactly("create vm51", "up vm51", "delete vm51");
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    // a reload that drops the instance deletes its VMAC too
    b.engine.onEvents(b.store.begin(Origin.RELOAD)
        .removeConfig(Tables.VRRP_INSTANCE,
            Index.of(1)).commit());
    assertThat(linksB.find("vm51")).isEmpty();
  }

  @Test
  void reloadToAnotherVmacNameMovesTheInstance() throws Exception {
    twoNodes(vmac(150, null, false), vmac(100, null, false));
    clock.advanceBy(Duration.ofSeconds(5));
    a.set(Origin.RELOAD, vmac(150, "vmnew", false));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(linksA.find("vrrp.51")).isEmpty();
    int vmnew = indexOf(linksA, "vmnew");
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.addresses.list(0)).filteredOn(x -> x.address().equals(ip("198.18.2.100")))
        .extracting(InterfaceAddress::ifindex).containsExactly(vmnew);
  }

  @Test
  void xmitBaseSendsAdvertsOnTheBaseButVipsStayOnTheVmac() throws Exception {
    twoNodes(vmac(150, null, true), vmac(100, null, true));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(a.lastSocketIfname).isEqualTo("eth0");
    int vmacA = indexOf(linksA, "vrrp.51");
    assertThat(a.addresses.list(0)).filteredOn(x -> x.address().equals(ip("198.18.2.100")))
        .extracting(InterfaceAddress::ifindex).containsExactly(vmacA);
  }

  @Test
  void withoutVirtualLinkSupportAVmacInstanceDoesNotRun() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    a.start(vmac(150, null, false));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.engine.instance("VI_1")).isEmpty();
    assertThat(a.vipsOnLink()).isEmpty();
  }
}
