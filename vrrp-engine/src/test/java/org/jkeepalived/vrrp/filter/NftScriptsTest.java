package org.jkeepalived.vrrp.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jkeepalived.vrrp.filter.NftScripts.Family;
import org.jkeepalived.vrrp.filter.NftScripts.VipSet;
import org.junit.jupiter.api.Test;

/**
 * The scripts rebuild what `nft list ruleset` showed on a keepalived 2.2.7 master with
 * vrrp_strict (default table, priority -1, no counters).
 */
class NftScriptsTest {
  private final NftScripts defaults = new NftScripts(NftSettings.DEFAULTS);

  @Test
  void ipv4TableHasTheVipSetAndTwoDropChains() {
    assertThat(defaults.createTable(Family.IP) + defaults.vipPart(Family.IP)).isEqualTo("""
        add table ip keepalived
        delete table ip keepalived
        add table ip keepalived
        add chain ip keepalived out { type filter hook output priority -1; policy accept; }
        add set ip keepalived vips { type ipv4_addr; }
        add chain ip keepalived in { type filter hook input priority -1; policy accept; }
        add rule ip keepalived out ip saddr @vips drop
        add rule ip keepalived in ip daddr @vips drop
        """);
  }

  @Test
  void ipv6TableLetsNeighbourDiscoveryThroughAndSendsLinkLocalToItsOwnChains() {
    NftScripts s = new NftScripts(new NftSettings("mytab", -5, true, false));
    assertThat(s.createTable(Family.IP6) + s.vipPart(Family.IP6)).isEqualTo("""
        add table ip6 mytab
        delete table ip6 mytab
        add table ip6 mytab
        add chain ip6 mytab out { type filter hook output priority -5; policy accept; }
        add set ip6 mytab vips { type ipv6_addr; }
        add set ip6 mytab neighbor-discovery { type icmpv6_type; flags constant; \
        elements = { nd-neighbor-solicit, nd-neighbor-advert }; }
        add chain ip6 mytab in { type filter hook input priority -5; policy accept; }
        add chain ip6 mytab in_link_local
        add chain ip6 mytab out_link_local
        add rule ip6 mytab out icmpv6 type @neighbor-discovery counter accept
        add rule ip6 mytab out ip6 saddr fe80::/10 counter goto out_link_local
        add rule ip6 mytab out ip6 saddr @vips counter drop
        add rule ip6 mytab in icmpv6 type @neighbor-discovery counter accept
        add rule ip6 mytab in ip6 daddr fe80::/10 counter goto in_link_local
        add rule ip6 mytab in ip6 daddr @vips counter drop
        """);
  }

  @Test
  void vmacPartSendsIgmpReportsThroughTheBaseInterface() {
    assertThat(defaults.vmacPart(Family.IP)).isEqualTo("""
        add map ip keepalived vmac_map { type iface_index : iface_index; }
        insert rule ip keepalived out ip protocol igmp meta oifkind "macvlan" \
        dup to ip daddr device oif map @vmac_map drop
        """);
    assertThat(defaults.vmacElements(true, Family.IP, "vrrp.51", "eth0"))
        .isEqualTo("add element ip keepalived vmac_map { \"vrrp.51\" : \"eth0\" }\n");
    assertThat(defaults.vmacElements(false, Family.IP, "vrrp.51", null))
        .isEqualTo("delete element ip keepalived vmac_map { \"vrrp.51\" }\n");
  }

  @Test
  void ipv6VmacPartSendsMldThroughTheBaseAndDropsRouterSolicitationsInThatOrder() {
    NftScripts s = new NftScripts(new NftSettings("mytab", -5, true, false));
    // inserted at the chain's head, so the last insert is the first rule
    assertThat(s.vmacPart(Family.IP6)).isEqualTo("""
        add map ip6 mytab vmac_map { type iface_index : iface_index; }
        add set ip6 mytab vmac_set { type iface_index; }
        insert rule ip6 mytab out icmpv6 type nd-router-solicit meta oifkind "macvlan" \
        oif @vmac_set counter drop
        insert rule ip6 mytab out icmpv6 type mld2-listener-report meta oifkind "macvlan" \
        dup to ip6 daddr device oif map @vmac_map counter drop
        """);
    assertThat(s.vmacElements(true, Family.IP6, "vrrp.52", "eth0")).isEqualTo("""
        add element ip6 mytab vmac_map { "vrrp.52" : "eth0" }
        add element ip6 mytab vmac_set { "vrrp.52" }
        """);
  }

  @Test
  void linkLocalSetsAreKeyedByIndexOrByName() {
    assertThat(defaults.createLinkLocalSet(VipSet.LINK_LOCAL_INDEX)).isEqualTo("""
        add set ip6 keepalived vips_link_local { type ipv6_addr . iface_index; }
        add rule ip6 keepalived in_link_local ip6 daddr . iif @vips_link_local drop
        add rule ip6 keepalived out_link_local ip6 saddr . oif @vips_link_local drop
        """);
    assertThat(defaults.createLinkLocalSet(VipSet.LINK_LOCAL_NAME)).isEqualTo("""
        add set ip6 keepalived vips_link_local_name { type ipv6_addr . ifname; }
        add rule ip6 keepalived in_link_local ip6 daddr . iifname @vips_link_local_name drop
        add rule ip6 keepalived out_link_local ip6 saddr . oifname @vips_link_local_name drop
        """);
  }

  @Test
  void elementsAndTableDeletion() {
    assertThat(defaults.elements(true, Family.IP, VipSet.GLOBAL,
        List.of("198.18.65.100", "198.18.65.101")))
        .isEqualTo("add element ip keepalived vips { 198.18.65.100, 198.18.65.101 }\n");
    assertThat(defaults.elements(false, Family.IP6, VipSet.LINK_LOCAL_INDEX,
        List.of("fe80::65:1 . 2")))
        .isEqualTo("delete element ip6 keepalived vips_link_local { fe80::65:1 . 2 }\n");
    assertThat(defaults.deleteTable(Family.IP6)).isEqualTo("delete table ip6 keepalived\n");
  }
}
