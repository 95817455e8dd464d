package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.linux.NetnsLab;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.Interfaces;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.sysctl.ProcSysctl;
import org.jkeepalived.linux.sysctl.Sysctl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** macvlan/ipvlan links over rtnetlink in namespaces jkvma/jkvmb (root), as `ip -d link` sees. */
class NetlinkVirtualLinksIT {
  private static NetnsLab lab;
  private static int base;

  @BeforeAll
  static void setUp() throws Exception {
    NetnsLab.assumeRootAndNative();
    lab = NetnsLab.create();
    base = lab.a().call(() -> Interfaces.indexOf(lab.ifA));
  }

  @AfterAll
  static void tearDown() {
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void createsPrivateMacvlanWithVirtualMacRaisesAndDeletesIt() throws Exception {
    VirtualLinkSpec spec = VirtualLinkSpec.macvlan("vrrp.51", base,
        MacAddress.parse("00:00:5e:00:01:33"), VirtualLinkCodec.MACVLAN_MODE_PRIVATE);
    try (VirtualLinks links = lab.a().call(NetlinkVirtualLinks::open)) {
      LinkInfo l = links.create(spec);
      String shown = NetnsLab.sh("ip", "-n", lab.nsA, "-d", "link", "show", "dev", "vrrp.51");
      assertThat(shown).contains("vrrp.51@" + lab.ifA).contains("link/ether 00:00:5e:00:01:33")
          .contains("macvlan mode private").contains("addrgenmode none");
      assertThat(l.isUp()).isFalse();
      assertThat(links.list()).filteredOn(d -> d.link().name().equals("vrrp.51")).singleElement()
          .matches(d -> d.matches(spec));

      links.setUp(l.index(), true);
      assertThat(NetnsLab.sh("ip", "-n", lab.nsA, "link", "show", "dev", "vrrp.51"))
          .contains("state UP");
      // the interface's conf directories exist under its dotted name
      Sysctl sysctl = lab.a().call(ProcSysctl::system);
      String arpIgnore = Sysctl.ipv4Conf("vrrp.51", "arp_ignore");
      lab.a().call(() -> {
        sysctl.write(arpIgnore, "1");
        return null;
      });
      assertThat(NetnsLab.sh("ip", "netns", "exec", lab.nsA, "sysctl", "-n",
          "net.ipv4.conf.vrrp/51.arp_ignore").trim()).isEqualTo("1");

      links.delete(l.index());
      assertThat(links.find("vrrp.51")).isEmpty();
    }
  }

  @Test
  void ipvlanIsCreatedWhereTheKernelHasIt() throws Exception {
    VirtualLinkSpec spec = VirtualLinkSpec.ipvlan("ipv.52", base, VirtualLinkCodec.IPVLAN_MODE_L2,
        VirtualLinkCodec.IPVLAN_F_BRIDGE);
    try (VirtualLinks links = lab.a().call(NetlinkVirtualLinks::open)) {
      LinkInfo l;
      try {
        l = links.create(spec);
      } catch (ErrnoException e) {
        // this machine's kernel lacks ipvlan (STACK.md): the request is refused as unsupported
        assertThat(e.errno()).isIn(95, 22);
        Assumptions.abort("kernel without ipvlan: " + e.getMessage());
        return;
      }
      assertThat(NetnsLab.sh("ip", "-n", lab.nsA, "-d", "link", "show", "dev", "ipv.52"))
          .contains("ipvlan").contains("mode l2 bridge");
      links.delete(l.index());
    }
  }
}
