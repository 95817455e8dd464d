package org.jkeepalived.mibs.tables;

import static org.jkeepalived.mibs.smi.SmiType.COUNTER64;
import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.UNSIGNED32;
import static org.jkeepalived.mibs.tables.MibValues.code;
import static org.jkeepalived.mibs.tables.MibValues.inetType;
import static org.jkeepalived.mibs.tables.MibValues.octets;
import static org.jkeepalived.mibs.tables.MibValues.truth;

import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;
import org.jkeepalived.mibs.model.AddressStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpNextHopRow;
import org.jkeepalived.mibs.model.VrrpRouteRow;
import org.jkeepalived.mibs.model.VrrpRuleRow;
import org.jkeepalived.mibs.oid.KeepalivedVrrpMib;
import org.jkeepalived.mibs.smi.TableSchema;

/** KEEPALIVED-MIB vrrpRouteTable, vrrpRouteNextHopTable and vrrpRuleTable. */
final class VrrpRouteBindings {
  private VrrpRouteBindings() {}

  private static final List<String> ROUTE_TYPES =
      List.of("unicast", "ecmp", "blackhole", "anycast", "multicast", "broadcast", "unreachable",
          "prohibit", "throw", "nat", "xresolve");

  /** Route metrics as {@code ip route} names them, in column order from vrrpRouteMTU (22). */
  private static final String[][] METRICS = {
    {"22", "mtu", "23"}, {"25", "advmss", "26"}, {"27", "rtt", "28"}, {"29", "rttvar", "30"},
    {"31", "reordering", "32"}, {"34", "cwnd", "35"}, {"36", "ssthresh", "37"},
    {"38", "rto_min", "39"},
  };

  static TableSchema<VrrpRouteRow, AddressStatus> route() {
    Cols<VrrpRouteRow, AddressStatus> c = new Cols<>();
    c.index(1, "vrrpRouteIndex", INTEGER)
        .cfg(2, "vrrpRouteAddressType", INTEGER, r -> inetType(dst(r)))
        .cfg(3, "vrrpRouteDestination", OCTET_STRING, r -> octets(dst(r)))
        .cfg(4, "vrrpRouteDestinationMask", UNSIGNED32, r -> prefixLength(r.route().destination()))
        .cfg(5, "vrrpRouteGateway", OCTET_STRING, r -> octets(r.route().via()))
        .absent(6, "vrrpRouteSecondaryGateway", OCTET_STRING)
        .cfg(7, "vrrpRouteSource", OCTET_STRING, r -> octets(r.route().preferredSource()))
        .cfg(8, "vrrpRouteMetric", UNSIGNED32, r -> unsigned(r.route().metric()))
        .cfg(9, "vrrpRouteScope", INTEGER, r -> VrrpObjectBindings.scope(r.route().scope()))
        .cfg(10, "vrrpRouteType", INTEGER, r -> routeType(r.route()))
        // the kernel's interface index is run-time state keepalived reads from the interface
        .absent(11, "vrrpRouteIfIndex", INTEGER)
        .cfg(12, "vrrpRouteIfName", OCTET_STRING, r -> r.route().dev())
        .cfg(13, "vrrpRouteRoutingTable", UNSIGNED32,
            r -> r.route().table() == null ? 254L : (long) r.route().table())
        .st(14, "vrrpRouteStatus", INTEGER, s -> code(s))
        .cfg(15, "vrrpRouteFromAddress", OCTET_STRING,
            r -> r.route().source() == null ? null : octets(r.route().source().address()))
        .cfg(16, "vrrpRouteFromAddressMask", UNSIGNED32, r -> prefixLength(r.route().source()))
        .cfg(17, "vrrpRouteTos", UNSIGNED32, r -> unsigned(r.route().tos()))
        .absent(18, "vrrpRouteProtocol", INTEGER)
        .cfg(19, "vrrpRouteECN", INTEGER, r -> flag(r.route().metrics(), "features"))
        .cfg(20, "vrrpRouteQuickAck", INTEGER, r -> flag(r.route().metrics(), "quickack"))
        .cfg(21, "vrrpRouteExpires", INTEGER, r -> intMetric(r.route().metrics(), "expires"))
        .cfg(24, "vrrpRouteHopLimit", UNSIGNED32, r -> metric(r.route().metrics(), "hoplimit"))
        .cfg(33, "vrrpRouteWindow", UNSIGNED32, r -> metric(r.route().metrics(), "window"))
        .cfg(40, "vrrpRouteInitCwnd", UNSIGNED32, r -> metric(r.route().metrics(), "initcwnd"))
        .cfg(41, "vrrpRouteInitRwnd", UNSIGNED32, r -> metric(r.route().metrics(), "initrwnd"))
        .cfg(42, "vrrpRouteCongCtl", OCTET_STRING, r -> r.route().metrics().get("congctl"))
        .cfg(43, "vrrpRoutePref", INTEGER, r -> pref(r.route().metrics().get("pref")))
        .absent(44, "vrrpRouteRealmDst", UNSIGNED32)
        .absent(45, "vrrpRouteRealmSrc", UNSIGNED32)
        .absent(46, "vrrpRouteEncapType", INTEGER)
        .absent(47, "vrrpRouteEncapMplsLabels", OCTET_STRING)
        .absent(48, "vrrpRouteEncapId", COUNTER64)
        .absent(49, "vrrpRouteEncapDstAddress", OCTET_STRING)
        .absent(50, "vrrpRouteEncapSrcAddress", OCTET_STRING)
        .absent(51, "vrrpRouteEncapTOS", UNSIGNED32)
        .absent(52, "vrrpRouteEncapTTL", UNSIGNED32)
        .absent(53, "vrrpRouteEncapFlags", UNSIGNED32)
        .absent(54, "vrrpRouteEncapIlaLocator", COUNTER64)
        .cfg(55, "vrrpRouteFastOpenNoCookie", INTEGER,
            r -> flag(r.route().metrics(), "fastopen_no_cookie"));
    for (String[] m : METRICS) {
      String key = m[1];
      c.cfg(Integer.parseInt(m[0]), "vrrpRoute" + metricName(key), UNSIGNED32,
          r -> metric(r.route().metrics(), key));
      c.cfg(Integer.parseInt(m[2]), "vrrpRoute" + metricName(key) + "Lock", INTEGER,
          r -> locked(r.route().metrics(), key));
    }
    return VrrpObjectBindings.schema(Tables.VRRP_ROUTE, KeepalivedVrrpMib.vrrpRouteEntry, c);
  }

  private static String metricName(String key) {
    return switch (key) {
      case "mtu" -> "MTU";
      case "advmss" -> "Advmss";
      case "rtt" -> "RTT";
      case "rttvar" -> "RTTvar";
      case "reordering" -> "Reordering";
      case "cwnd" -> "Cwnd";
      case "ssthresh" -> "SSthresh";
      default -> "RTOMin";
    };
  }

  private static java.net.InetAddress dst(VrrpRouteRow r) {
    return r.route().destination() == null ? null : r.route().destination().address();
  }

  private static Long prefixLength(IpPrefix p) {
    return p == null ? null : (long) p.prefixLength();
  }

  private static Long unsigned(Integer v) {
    return v == null ? null : Integer.toUnsignedLong(v);
  }

  private static Integer routeType(VirtualRoute r) {
    if (r.type() == null) {
      return r.nextHops().isEmpty() ? 1 : 2;
    }
    int i = ROUTE_TYPES.indexOf(r.type());
    return i < 0 ? null : i + 1;
  }

  private static Integer pref(String v) {
    if (v == null) {
      return null;
    }
    return switch (v) {
      case "low" -> 1;
      case "medium" -> 2;
      case "high" -> 3;
      default -> null;
    };
  }

  /** A numeric metric's value, {@code lock} stripped; null when absent or not a number. */
  static Long metric(Map<String, String> metrics, String key) {
    String v = metrics.get(key);
    if (v == null) {
      return null;
    }
    String n = v.startsWith("lock ") ? v.substring(5).trim() : v.trim();
    try {
      return Long.parseLong(n.replaceAll("(ms|s)$", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer intMetric(Map<String, String> metrics, String key) {
    Long v = metric(metrics, key);
    return v == null ? null : v.intValue();
  }

  private static Integer locked(Map<String, String> metrics, String key) {
    String v = metrics.get(key);
    return v == null ? null : truth(v.startsWith("lock"));
  }

  private static Integer flag(Map<String, String> metrics, String key) {
    return metrics.containsKey(key) ? truth(true) : null;
  }

  static TableSchema<VrrpNextHopRow, Void> nextHop() {
    Cols<VrrpNextHopRow, Void> c = new Cols<>();
    c.index(1, "vrrpRouteNextHopIndex", INTEGER)
        .cfg(2, "vrrpRouteNextHopAddressType", INTEGER, h -> inetType(h.hop().via()))
        .cfg(3, "vrrpRouteNextHopAddress", OCTET_STRING, h -> octets(h.hop().via()))
        .absent(4, "vrrpRouteNextHopIfIndex", INTEGER)
        .cfg(5, "vrrpRouteNextHopIfName", OCTET_STRING, h -> h.hop().dev())
        .cfg(6, "vrrpRouteNextHopWeight", UNSIGNED32,
            h -> h.hop().weight() == null ? 1L : (long) h.hop().weight())
        .cfg(7, "vrrpRouteNextHopOnlink", INTEGER, h -> truth(h.hop().onlink()))
        .absent(8, "vrrpRouteNextHopRealmDst", UNSIGNED32)
        .absent(9, "vrrpRouteNextHopRealmSrc", UNSIGNED32)
        .index(10, "vrrpRouteNextHopEncapType", INTEGER)
        .absent(11, "vrrpRouteNextHopEncapMplsLabels", OCTET_STRING)
        .absent(12, "vrrpRouteNextHopEncapId", COUNTER64)
        .absent(13, "vrrpRouteNextHopEncapDstAddress", OCTET_STRING)
        .absent(14, "vrrpRouteNextHopEncapSrcAddress", OCTET_STRING)
        .absent(15, "vrrpRouteNextHopEncapTOS", UNSIGNED32)
        .absent(16, "vrrpRouteNextHopEncapTTL", UNSIGNED32)
        .absent(17, "vrrpRouteNextHopEncapFlags", UNSIGNED32)
        .absent(18, "vrrpRouteNextHopEncapIlaLocator", COUNTER64);
    return VrrpObjectBindings.schema(Tables.VRRP_ROUTE_NEXT_HOP, KeepalivedVrrpMib.vrrpRouteNextHopEntry, c);
  }

  static TableSchema<VrrpRuleRow, AddressStatus> rule() {
    Cols<VrrpRuleRow, AddressStatus> c = new Cols<>();
    c.index(1, "vrrpRuleIndex", UNSIGNED32)
        .absent(2, "vrrpRuleDirection", OCTET_STRING)
        .absent(3, "vrrpRuleAddressType", INTEGER)
        .absent(4, "vrrpRuleAddress", OCTET_STRING)
        .absent(5, "vrrpRuleAddressMask", UNSIGNED32)
        .cfg(6, "vrrpRuleRoutingTable", UNSIGNED32, r -> unsigned(r.rule().table()))
        .st(7, "vrrpRuleStatus", INTEGER, s -> code(s))
        .cfg(8, "vrrpRuleInvert", INTEGER, r -> truth(r.rule().not()))
        .cfg(9, "vrrpRuleDestinationAddressType", INTEGER, r -> prefixType(r.rule().to()))
        .cfg(10, "vrrpRuleDestinationAddress", OCTET_STRING, r -> prefixOctets(r.rule().to()))
        .cfg(11, "vrrpRuleDestinationAddressMask", UNSIGNED32, r -> prefixLength(r.rule().to()))
        .cfg(12, "vrrpRuleSourceAddressType", INTEGER, r -> prefixType(r.rule().from()))
        .cfg(13, "vrrpRuleSourceAddress", OCTET_STRING, r -> prefixOctets(r.rule().from()))
        .cfg(14, "vrrpRuleSourceAddressMask", UNSIGNED32, r -> prefixLength(r.rule().from()))
        .cfg(15, "vrrpRuleTos", UNSIGNED32, r -> unsigned(r.rule().tos()))
        .cfg(16, "vrrpRuleFwmark", UNSIGNED32, r -> r.rule().fwmark())
        .cfg(17, "vrrpRuleFwmask", UNSIGNED32, r -> r.rule().fwmask())
        .absent(18, "vrrpRuleRealmDst", UNSIGNED32)
        .absent(19, "vrrpRuleRealmSrc", UNSIGNED32)
        .cfg(20, "vrrpRuleInInterface", OCTET_STRING, r -> r.rule().iif())
        .cfg(21, "vrrpRuleOutInterface", OCTET_STRING, r -> r.rule().oif())
        .cfg(22, "vrrpRuleTarget", UNSIGNED32, r -> unsigned(r.rule().gotoTarget()))
        .cfg(23, "vrrpRuleAction", INTEGER, r -> ruleAction(r.rule()))
        .cfg(24, "vrrpRuleTableNo", UNSIGNED32, r -> unsigned(r.rule().table()))
        .cfg(25, "vrrpRulePreference", UNSIGNED32, r -> unsigned(r.rule().preference()))
        .cfg(26, "vrrpRuleSuppressPrefixLen", UNSIGNED32,
            r -> metric(r.rule().options(), "suppress_prefixlength"))
        .cfg(27, "vrrpRuleSuppressGroup", OCTET_STRING, r -> r.rule().options().get("suppress_ifgroup"))
        .absent(28, "vrrpRuleTunnelIdHigh", UNSIGNED32)
        .absent(29, "vrrpRuleTunnelIdLow", UNSIGNED32)
        .absent(30, "vrrpRuleUidRangeStart", UNSIGNED32)
        .absent(31, "vrrpRuleUidRangeEnd", UNSIGNED32)
        .cfg(32, "vrrpRuleL3mdev", INTEGER, r -> flag(r.rule().options(), "l3mdev"))
        .absent(33, "vrrpRuleProtocol", INTEGER)
        .cfg(34, "vrrpRuleIPProto", UNSIGNED32, r -> metric(r.rule().options(), "ipproto"))
        .absent(35, "vrrpRuleSrcPortStart", UNSIGNED32)
        .absent(36, "vrrpRuleSrcPortEnd", UNSIGNED32)
        .absent(37, "vrrpRuleDstPortStart", UNSIGNED32)
        .absent(38, "vrrpRuleDstPortEnd", UNSIGNED32);
    return VrrpObjectBindings.schema(Tables.VRRP_RULE, KeepalivedVrrpMib.vrrpRuleEntry, c);
  }

  private static Integer prefixType(IpPrefix p) {
    return p == null ? null : inetType(p.address());
  }

  private static byte[] prefixOctets(IpPrefix p) {
    return p == null ? null : octets(p.address());
  }

  private static Integer ruleAction(VirtualRule r) {
    String a = r.action() == null ? "table" : r.action();
    return switch (a) {
      case "table" -> 1;
      case "goto" -> 2;
      case "nop" -> 3;
      case "blackhole" -> 6;
      case "unreachable" -> 7;
      case "prohibit" -> 8;
      default -> null;
    };
  }
}
