package org.jkeepalived.vrrp.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.junit.jupiter.api.Test;

/** Table life cycle and element bookkeeping of the nft firewall, on a recording runner. */
class NftFirewallTest {
  private final List<String> scripts = new ArrayList<>();
  private boolean failNext;
  private final NftRunner runner = script -> {
    if (failNext) {
      failNext = false;
      throw new IOException("Error: Could not process rule");
    }
    scripts.add(script);
  };
  private final NftFirewall firewall =
      new NftFirewall(NftSettings.DEFAULTS, runner, i -> i == 2 ? "eth0" : "if" + i);

  private static InterfaceAddress vip(String a) throws Exception {
    InetAddress addr = InetAddress.getByName(a);
    return InterfaceAddress.vip(2, addr, addr.getAddress().length == 4 ? 24 : 64);
  }

  @Test
  void firstVipCreatesTheTableInTheSameTransactionAndLaterOnesOnlyAddElements()
      throws Exception {
    VipFilter f = firewall.vipFilter(false);
    f.block(vip("198.18.65.100"));
    f.block(vip("198.18.65.101"));
    assertThat(scripts).hasSize(2);
    assertThat(scripts.get(0)).startsWith("add table ip keepalived\n")
        .endsWith("add element ip keepalived vips { 198.18.65.100 }\n");
    assertThat(scripts.get(1)).isEqualTo("add element ip keepalived vips { 198.18.65.101 }\n");
  }

  @Test
  void unblockDeletesTheElementAndTheTableStaysUntilClose() throws Exception {
    VipFilter f = firewall.vipFilter(false);
    f.block(vip("198.18.65.100"));
    f.unblock(vip("198.18.65.100"));
    f.unblock(vip("198.18.65.100")); // unknown now: nothing to do
    assertThat(scripts).hasSize(2);
    assertThat(scripts.get(1)).isEqualTo("delete element ip keepalived vips { 198.18.65.100 }\n");
    f.block(vip("198.18.65.100")); // table still there: no re-creation
    assertThat(scripts.get(2)).isEqualTo("add element ip keepalived vips { 198.18.65.100 }\n");
    firewall.close();
    assertThat(scripts.get(3)).isEqualTo("delete table ip keepalived\n");
    assertThat(firewall.blockedElements()).isEmpty();
  }

  @Test
  void closeDeletesOnlyTheTablesItCreated() throws Exception {
    firewall.close();
    assertThat(scripts).isEmpty();
    firewall.vipFilter(false).block(vip("fd00:65::100"));
    firewall.close();
    assertThat(scripts.get(1)).isEqualTo("delete table ip6 keepalived\n");
  }

  @Test
  void aVipHeldByTwoInstancesStaysBlockedUntilBothLetGo() throws Exception {
    VipFilter one = firewall.vipFilter(false);
    VipFilter two = firewall.vipFilter(false);
    one.block(vip("198.18.65.100"));
    two.block(vip("198.18.65.100"));
    one.unblock(vip("198.18.65.100"));
    assertThat(firewall.blockedElements()).containsExactly("vips:198.18.65.100");
    two.unblock(vip("198.18.65.100"));
    assertThat(firewall.blockedElements()).isEmpty();
    assertThat(scripts).hasSize(2);
  }

  @Test
  void linkLocalVipsGoToTheIndexSetOrTheNameSet() throws Exception {
    firewall.vipFilter(false).block(vip("fe80::65:1"));
    assertThat(scripts.get(0)).contains("add set ip6 keepalived vips_link_local { type ipv6_addr"
        + " . iface_index; }").endsWith("add element ip6 keepalived vips_link_local"
        + " { fe80::65:1 . 2 }\n");
    firewall.vipFilter(true).block(vip("fe80::65:2"));
    assertThat(scripts.get(1)).doesNotContain("add table")
        .contains("vips_link_local_name { type ipv6_addr . ifname; }")
        .endsWith("add element ip6 keepalived vips_link_local_name { fe80::65:2 . \"eth0\" }\n");
  }

  @Test
  void nftablesIfindexKeysEvenDontTrackPrimaryInstancesByIndex() throws Exception {
    NftFirewall byIndex = new NftFirewall(new NftSettings("keepalived", -1, false, true), runner,
        i -> "eth0");
    byIndex.vipFilter(true).block(vip("fe80::65:1"));
    assertThat(scripts.get(0)).contains("vips_link_local { fe80::65:1 . 2 }")
        .doesNotContain("vips_link_local_name");
  }

  @Test
  void aRefusedScriptLeavesNothingRecordedSoTheNextVipCreatesTheTable() throws Exception {
    VipFilter f = firewall.vipFilter(false);
    failNext = true;
    f.block(vip("198.18.65.100"));
    assertThat(firewall.blockedElements()).isEmpty();
    f.block(vip("198.18.65.101"));
    assertThat(scripts.get(0)).startsWith("add table ip keepalived\n");
    firewall.close();
    assertThat(scripts.get(1)).isEqualTo("delete table ip keepalived\n");
  }

  @Test
  void anInstancesVipsGoInOneTransactionPerChange() throws Exception {
    VipFilter f = firewall.vipFilter(false);
    List<InterfaceAddress> all = List.of(vip("198.18.65.100"), vip("198.18.65.101"),
        vip("fd00:65::100"));
    f.blockAll(all);
    assertThat(scripts).hasSize(1);
    assertThat(scripts.get(0)).contains("add table ip keepalived\n", "add table ip6 keepalived\n",
        "add element ip keepalived vips { 198.18.65.100, 198.18.65.101 }\n",
        "add element ip6 keepalived vips { fd00:65::100 }\n");
    f.blockAll(all); // a second holder: counted, no nft call
    assertThat(scripts).hasSize(1);
    f.unblockAll(all);
    assertThat(scripts).hasSize(1);
    f.unblockAll(all);
    assertThat(scripts.get(1)).isEqualTo("delete element ip keepalived vips"
        + " { 198.18.65.100, 198.18.65.101 }\ndelete element ip6 keepalived vips { fd00:65::100 }\n");
  }

  @Test
  void aRefusedBatchStillCountsTheHoldersOfVipsBlockedBefore() throws Exception {
    VipFilter f = firewall.vipFilter(false);
    f.block(vip("198.18.65.100"));
    failNext = true;
    f.blockAll(List.of(vip("198.18.65.100"), vip("198.18.65.101")));
    assertThat(firewall.blockedElements()).containsExactly("vips:198.18.65.100");
    f.unblock(vip("198.18.65.100"));
    assertThat(firewall.blockedElements()).containsExactly("vips:198.18.65.100");
  }

  @Test
  void sameKeyGivesTheSameViewSoReloadsKeepTheFilter() {
    assertThat(firewall.vipFilter(false)).isSameAs(firewall.vipFilter(false));
    assertThat(firewall.vipFilter(true)).isNotSameAs(firewall.vipFilter(false));
  }

  @Test
  void theFirstVmacMakesTheTableWithItsMapAndLaterVipsAddOnlyTheirPart() throws Exception {
    VmacFilter v = firewall.vmacFilter();
    v.added(false, "vrrp.51", "eth0");
    assertThat(scripts.get(0)).startsWith("add table ip keepalived\n")
        .contains("add map ip keepalived vmac_map").doesNotContain("vips")
        .endsWith("add element ip keepalived vmac_map { \"vrrp.51\" : \"eth0\" }\n");
    v.added(false, "vrrp.51", "eth0"); // adopted again: already in the map
    v.added(false, "vrrp.9", "eth1");
    assertThat(scripts.get(1))
        .isEqualTo("add element ip keepalived vmac_map { \"vrrp.9\" : \"eth1\" }\n");
    firewall.vipFilter(false).block(vip("198.18.65.100"));
    assertThat(scripts.get(2)).doesNotContain("add table", "vmac")
        .startsWith("add set ip keepalived vips")
        .endsWith("add element ip keepalived vips { 198.18.65.100 }\n");
    assertThat(firewall.filteredVmacs()).containsExactly("vrrp.51", "vrrp.9");
    v.removing(false, "vrrp.9");
    v.removing(false, "vrrp.9");
    assertThat(scripts).hasSize(4);
    assertThat(scripts.get(3)).isEqualTo("delete element ip keepalived vmac_map { \"vrrp.9\" }\n");
    firewall.close();
    assertThat(scripts.get(4)).isEqualTo("delete table ip keepalived\n");
    assertThat(firewall.filteredVmacs()).isEmpty();
  }

  @Test
  void aVmacAfterTheVipsAddsOnlyItsPartAndARefusedOneIsNotRecorded() throws Exception {
    firewall.vipFilter(false).block(vip("fd00:65::100"));
    failNext = true;
    firewall.vmacFilter().added(true, "vrrp.52", "eth0");
    assertThat(firewall.filteredVmacs()).isEmpty();
    firewall.vmacFilter().added(true, "vrrp.52", "eth0");
    assertThat(scripts.get(1)).doesNotContain("add table")
        .startsWith("add map ip6 keepalived vmac_map").contains("add set ip6 keepalived vmac_set")
        .endsWith("add element ip6 keepalived vmac_set { \"vrrp.52\" }\n");
  }
}
