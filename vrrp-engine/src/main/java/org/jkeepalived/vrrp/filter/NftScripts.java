package org.jkeepalived.vrrp.filter;

import java.net.Inet4Address;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The nftables scripts ({@code nft -f} input) that build keepalived 2.2.7's no_accept table, as
 * {@code nft list ruleset} shows it on a keepalived master with {@code vrrp_strict}:
 *
 * <pre>
 * table ip keepalived {
 *   set vips { type ipv4_addr }
 *   chain out { type filter hook output priority -1; policy accept; ip saddr @vips drop }
 *   chain in  { type filter hook input priority -1; policy accept; ip daddr @vips drop }
 * }
 * </pre>
 *
 * The {@code ip6} table also lets neighbour solicitations and advertisements through (so that
 * the VIPs stay resolvable), and sends link-local destinations to a chain matching address and
 * interface ({@code vips_link_local}, keyed by interface index, or {@code vips_link_local_name},
 * keyed by name). A table made for a VMAC holds the VMAC part ({@link #vmacPart}) as well or
 * instead. Pure text; nothing here runs nft.
 */
final class NftScripts {
  /** The two families keepalived makes tables in. */
  enum Family {
    IP("ip", "ip", "ipv4_addr"),
    IP6("ip6", "ip6", "ipv6_addr");

    final String nft;
    final String match;
    final String type;

    Family(String nft, String match, String type) {
      this.nft = nft;
      this.match = match;
      this.type = type;
    }

    static Family of(java.net.InetAddress a) {
      return a instanceof Inet4Address ? IP : IP6;
    }
  }

  /** The sets of a family's table that hold VIPs. */
  enum VipSet {
    GLOBAL("vips"),
    LINK_LOCAL_INDEX("vips_link_local"),
    LINK_LOCAL_NAME("vips_link_local_name");

    final String name;

    VipSet(String name) {
      this.name = name;
    }
  }

  private final NftSettings settings;

  NftScripts(NftSettings settings) {
    this.settings = settings;
  }

  /**
   * Creates the family's table from nothing, with its {@code out} base chain: a table of that
   * name left by an earlier run is deleted first (the add-delete-add idiom never fails on a
   * missing table).
   */
  String createTable(Family f) {
    String t = table(f);
    return "add table " + t + '\n' + "delete table " + t + '\n' + "add table " + t + '\n'
        + baseChain(t, "out", "output");
  }

  /** The no_accept part of a table made by {@link #createTable}: the VIP sets and drop rules. */
  String vipPart(Family f) {
    String t = table(f);
    StringBuilder s = new StringBuilder();
    s.append("add set ").append(t).append(" vips { type ").append(f.type).append("; }\n");
    if (f == Family.IP6) {
      s.append("add set ").append(t).append(" neighbor-discovery { type icmpv6_type; flags"
          + " constant; elements = { nd-neighbor-solicit, nd-neighbor-advert }; }\n");
    }
    s.append(baseChain(t, "in", "input"));
    if (f == Family.IP6) {
      s.append("add chain ").append(t).append(" in_link_local\n");
      s.append("add chain ").append(t).append(" out_link_local\n");
    }
    for (String[] hook : List.of(new String[] {"out", "saddr"}, new String[] {"in", "daddr"})) {
      if (f == Family.IP6) {
        s.append("add rule ").append(t).append(' ').append(hook[0])
            .append(" icmpv6 type @neighbor-discovery").append(counter()).append(" accept\n");
        s.append("add rule ").append(t).append(' ').append(hook[0]).append(" ip6 ")
            .append(hook[1]).append(" fe80::/10").append(counter()).append(" goto ")
            .append(hook[0]).append("_link_local\n");
      }
      s.append("add rule ").append(t).append(' ').append(hook[0]).append(' ').append(f.match)
          .append(' ').append(hook[1]).append(" @vips").append(counter()).append(" drop\n");
    }
    return s.toString();
  }

  /**
   * The VMAC part of a table made by {@link #createTable}: {@code vmac_map} (VMAC to base
   * interface) and the rules that send IGMP (IPv4) or MLDv2 (IPv6) reports leaving a macvlan
   * through its base interface instead (a {@code dup}, then the original is dropped), and, for
   * IPv6, drop the VMACs' router solicitations. The rules are inserted at the head of the chain:
   * behind the no_accept rules an MLD report from a link-local source would go to {@code
   * out_link_local} and never reach them.
   */
  String vmacPart(Family f) {
    String t = table(f);
    StringBuilder s = new StringBuilder();
    s.append("add map ").append(t).append(" vmac_map { type iface_index : iface_index; }\n");
    if (f == Family.IP6) {
      s.append("add set ").append(t).append(" vmac_set { type iface_index; }\n");
      s.append("insert rule ").append(t).append(" out icmpv6 type nd-router-solicit meta oifkind"
          + " \"macvlan\" oif @vmac_set").append(counter()).append(" drop\n");
      s.append("insert rule ").append(t).append(" out icmpv6 type mld2-listener-report meta"
          + " oifkind \"macvlan\" dup to ip6 daddr device oif map @vmac_map").append(counter())
          .append(" drop\n");
    } else {
      s.append("insert rule ").append(t).append(" out ip protocol igmp meta oifkind \"macvlan\""
          + " dup to ip daddr device oif map @vmac_map").append(counter()).append(" drop\n");
    }
    return s.toString();
  }

  /** Adds a VMAC to the family's VMAC map (and set), or deletes it: by name, so while it exists. */
  String vmacElements(boolean add, Family f, String vmac, String base) {
    String op = add ? "add" : "delete";
    String t = table(f);
    String quoted = '"' + vmac + '"';
    StringBuilder s = new StringBuilder();
    s.append(op).append(" element ").append(t).append(" vmac_map { ").append(quoted)
        .append(add ? " : \"" + base + '"' : "").append(" }\n");
    if (f == Family.IP6) {
      s.append(op).append(" element ").append(t).append(" vmac_set { ").append(quoted)
          .append(" }\n");
    }
    return s.toString();
  }

  private String table(Family f) {
    return f.nft + " " + settings.table();
  }

  private String baseChain(String table, String name, String hook) {
    return "add chain " + table + ' ' + name + " { type filter hook " + hook + " priority "
        + settings.priority() + "; policy accept; }\n";
  }

  /** Adds a link-local set of the ip6 table with its two drop rules. */
  String createLinkLocalSet(VipSet set) {
    boolean byName = set == VipSet.LINK_LOCAL_NAME;
    String t = "ip6 " + settings.table();
    return "add set " + t + ' ' + set.name + " { type ipv6_addr . "
        + (byName ? "ifname" : "iface_index") + "; }\n"
        + "add rule " + t + " in_link_local ip6 daddr . " + (byName ? "iifname" : "iif") + " @"
        + set.name + counter() + " drop\n"
        + "add rule " + t + " out_link_local ip6 saddr . " + (byName ? "oifname" : "oif") + " @"
        + set.name + counter() + " drop\n";
  }

  /** Adds ({@code add}) or deletes elements ({@code nft} element syntax) of one set. */
  String elements(boolean add, Family f, VipSet set, List<String> elements) {
    return (add ? "add" : "delete") + " element " + f.nft + ' ' + settings.table() + ' '
        + set.name + " { " + elements.stream().collect(Collectors.joining(", ")) + " }\n";
  }

  /** Deletes the family's table with everything in it. */
  String deleteTable(Family f) {
    return "delete table " + f.nft + ' ' + settings.table() + '\n';
  }

  private String counter() {
    return settings.counters() ? " counter" : "";
  }
}
