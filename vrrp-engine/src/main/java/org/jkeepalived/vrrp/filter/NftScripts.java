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
 * keyed by name). Pure text; nothing here runs nft.
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
   * Creates the family's table from nothing: a table of that name left by an earlier run is
   * deleted first (the add-delete-add idiom never fails on a missing table).
   */
  String createTable(Family f) {
    String t = f.nft + " " + settings.table();
    StringBuilder s = new StringBuilder();
    s.append("add table ").append(t).append('\n');
    s.append("delete table ").append(t).append('\n');
    s.append("add table ").append(t).append('\n');
    s.append("add set ").append(t).append(" vips { type ").append(f.type).append("; }\n");
    if (f == Family.IP6) {
      s.append("add set ").append(t).append(" neighbor-discovery { type icmpv6_type; flags"
          + " constant; elements = { nd-neighbor-solicit, nd-neighbor-advert }; }\n");
    }
    for (String[] hook : List.of(new String[] {"out", "output", "saddr"},
        new String[] {"in", "input", "daddr"})) {
      s.append("add chain ").append(t).append(' ').append(hook[0]).append(" { type filter hook ")
          .append(hook[1]).append(" priority ").append(settings.priority())
          .append("; policy accept; }\n");
    }
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
