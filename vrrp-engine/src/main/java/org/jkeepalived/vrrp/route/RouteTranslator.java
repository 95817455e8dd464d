package org.jkeepalived.vrrp.route;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.rtnl.KernelRoute;
import org.jkeepalived.linux.rtnl.KernelRule;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;

/**
 * Turns configured routes and rules ({@code ip route}/{@code ip rule} grammar records) into the
 * kernel objects keepalived 2.2.7 sends: protocol "keepalived" (18) unless {@code protocol} is
 * given, scope universe unless {@code scope} is given (keepalived does not narrow a device route
 * to scope link as iproute2 does), table main by default. Pure; interfaces are resolved through
 * the given function (0 for an unknown name).
 */
public final class RouteTranslator {
  private final ToIntFunction<String> ifindexOf;

  public RouteTranslator(ToIntFunction<String> ifindexOf) {
    this.ifindexOf = ifindexOf;
  }

  /** The route, or empty when one of its devices does not exist (it cannot be installed). */
  public Optional<KernelRoute> route(VirtualRoute r) {
    int oif = 0;
    if (r.dev() != null) {
      oif = ifindexOf.applyAsInt(r.dev());
      if (oif <= 0) {
        return Optional.empty();
      }
    }
    List<KernelRoute.NextHop> hops = new ArrayList<>();
    for (VirtualRoute.NextHop h : r.nextHops()) {
      int idx = h.dev() == null ? 0 : ifindexOf.applyAsInt(h.dev());
      if (h.dev() != null && idx <= 0) {
        return Optional.empty();
      }
      hops.add(new KernelRoute.NextHop(h.via(), idx, h.weight() == null ? 1 : h.weight(),
          h.onlink() ? Rtnl.RTNH_F_ONLINK : 0));
    }
    IpPrefix dst = r.destination();
    int type = type(r.type());
    int scope = r.scope() != null ? scope(r.scope())
        : type == Rtnl.RTN_LOCAL || type == Rtnl.RTN_NAT ? Rtnl.RT_SCOPE_HOST
        : Rtnl.RT_SCOPE_UNIVERSE;
    Map<Integer, Long> metrics = new TreeMap<>();
    int locked = metrics(r.metrics(), metrics);
    return Optional.of(new KernelRoute(family(dst.address()), dst.address(), dst.prefixLength(),
        r.source() == null ? null : r.source().address(),
        r.source() == null ? 0 : r.source().prefixLength(), r.tos() == null ? 0 : r.tos(),
        r.table() == null ? Rtnl.RT_TABLE_MAIN : r.table(),
        r.protocol() == null ? Rtnl.RTPROT_KEEPALIVED : protocol(r.protocol()), scope, type,
        r.onlink() ? Rtnl.RTNH_F_ONLINK : 0, r.via(), oif, r.metric(), r.preferredSource(), hops,
        metrics, locked));
  }

  /** The rule, or empty when it names no usable table/action. */
  public Optional<KernelRule> rule(VirtualRule r) {
    int family = r.from() != null ? family(r.from().address())
        : r.to() != null ? family(r.to().address())
        : r.inet6() ? LinuxConstants.AF_INET6 : LinuxConstants.AF_INET;
    String a = r.action() == null ? "table" : r.action();
    boolean l3mdev = r.options().containsKey("l3mdev");
    int action = switch (a) {
      case "table" -> Rtnl.FR_ACT_TO_TBL;
      case "goto" -> Rtnl.FR_ACT_GOTO;
      case "nop" -> Rtnl.FR_ACT_NOP;
      case "blackhole" -> Rtnl.FR_ACT_BLACKHOLE;
      case "unreachable" -> Rtnl.FR_ACT_UNREACHABLE;
      case "prohibit" -> Rtnl.FR_ACT_PROHIBIT;
      case "l3mdev" -> Rtnl.FR_ACT_TO_TBL;
      default -> -1;
    };
    if (action < 0) {
      return Optional.empty();
    }
    int table = r.table() != null ? r.table()
        : action == Rtnl.FR_ACT_TO_TBL && !l3mdev ? Rtnl.RT_TABLE_MAIN : Rtnl.RT_TABLE_UNSPEC;
    Long suppress = number(r.options().get("suppress_prefixlength"));
    return Optional.of(new KernelRule(family, r.not(),
        r.from() == null ? null : r.from().address(), r.from() == null ? 0 : r.from().prefixLength(),
        r.to() == null ? null : r.to().address(), r.to() == null ? 0 : r.to().prefixLength(),
        r.tos() == null ? 0 : r.tos(), table, action, r.preference(), r.iif(), r.oif(),
        r.fwmark(), r.fwmask(), r.gotoTarget(), suppress == null ? null : suppress.intValue(),
        l3mdev, Rtnl.RTPROT_KEEPALIVED));
  }

  static int family(InetAddress a) {
    return a.getAddress().length == 4 ? LinuxConstants.AF_INET : LinuxConstants.AF_INET6;
  }

  static int type(String t) {
    if (t == null) {
      return Rtnl.RTN_UNICAST;
    }
    return switch (t) {
      case "local" -> Rtnl.RTN_LOCAL;
      case "broadcast" -> Rtnl.RTN_BROADCAST;
      case "anycast" -> Rtnl.RTN_ANYCAST;
      case "multicast" -> Rtnl.RTN_MULTICAST;
      case "blackhole" -> Rtnl.RTN_BLACKHOLE;
      case "unreachable" -> Rtnl.RTN_UNREACHABLE;
      case "prohibit" -> Rtnl.RTN_PROHIBIT;
      case "throw" -> Rtnl.RTN_THROW;
      case "nat" -> Rtnl.RTN_NAT;
      case "xresolve" -> Rtnl.RTN_XRESOLVE;
      default -> Rtnl.RTN_UNICAST;
    };
  }

  /** Scope names of /etc/iproute2/rt_scopes, or a number. */
  static int scope(String s) {
    return switch (s) {
      case "global", "universe" -> Rtnl.RT_SCOPE_UNIVERSE;
      case "site" -> Rtnl.RT_SCOPE_SITE;
      case "link" -> Rtnl.RT_SCOPE_LINK;
      case "host" -> Rtnl.RT_SCOPE_HOST;
      case "nowhere" -> Rtnl.RT_SCOPE_NOWHERE;
      default -> {
        Long n = number(s);
        yield n == null ? Rtnl.RT_SCOPE_UNIVERSE : (int) (long) n;
      }
    };
  }

  /** Protocol names of /etc/iproute2/rt_protos, or a number. */
  static int protocol(String p) {
    return switch (p) {
      case "redirect" -> 1;
      case "kernel" -> 2;
      case "boot" -> Rtnl.RTPROT_BOOT;
      case "static" -> 4;
      case "gated" -> 8;
      case "ra" -> 9;
      case "mrt" -> 10;
      case "zebra" -> 11;
      case "bird" -> 12;
      case "dnrouted" -> 13;
      case "xorp" -> 14;
      case "ntk" -> 15;
      case "dhcp" -> 16;
      case "keepalived" -> Rtnl.RTPROT_KEEPALIVED;
      case "babel" -> 42;
      default -> {
        Long n = number(p);
        yield n == null ? Rtnl.RTPROT_KEEPALIVED : (int) (long) n;
      }
    };
  }

  /** Fills the numeric RTAX metrics; returns the RTAX_LOCK mask. Unsupported names are skipped. */
  static int metrics(Map<String, String> named, Map<Integer, Long> out) {
    int locked = 0;
    for (Map.Entry<String, String> e : named.entrySet()) {
      Integer id = rtax(e.getKey());
      if (id == null) {
        continue;
      }
      String v = e.getValue().trim();
      if (v.startsWith("lock ")) {
        locked |= 1 << id;
        v = v.substring(5).trim();
      }
      Long n = switch (e.getKey()) {
        case "features" -> v.equals("ecn") ? 1L : number(v);
        case "quickack", "fastopen_no_cookie" -> v.isEmpty() ? 1L : number(v);
        case "rtt", "rttvar", "rto_min" -> millis(v);
        default -> number(v);
      };
      if (n != null) {
        out.put(id, n);
      }
    }
    return locked;
  }

  private static Integer rtax(String name) {
    return switch (name) {
      case "mtu" -> Rtnl.RTAX_MTU;
      case "window" -> Rtnl.RTAX_WINDOW;
      case "rtt" -> Rtnl.RTAX_RTT;
      case "rttvar" -> Rtnl.RTAX_RTTVAR;
      case "ssthresh" -> Rtnl.RTAX_SSTHRESH;
      case "cwnd" -> Rtnl.RTAX_CWND;
      case "advmss" -> Rtnl.RTAX_ADVMSS;
      case "reordering" -> Rtnl.RTAX_REORDERING;
      case "hoplimit" -> Rtnl.RTAX_HOPLIMIT;
      case "initcwnd" -> Rtnl.RTAX_INITCWND;
      case "features" -> Rtnl.RTAX_FEATURES;
      case "rto_min" -> Rtnl.RTAX_RTO_MIN;
      case "initrwnd" -> Rtnl.RTAX_INITRWND;
      case "quickack" -> Rtnl.RTAX_QUICKACK;
      case "fastopen_no_cookie" -> Rtnl.RTAX_FASTOPEN_NO_COOKIE;
      default -> null;
    };
  }

  /** iproute2 takes rtt/rttvar/rto_min in ms, with an optional "ms" or "s" unit. */
  private static Long millis(String v) {
    if (v.endsWith("ms")) {
      return number(v.substring(0, v.length() - 2));
    }
    if (v.endsWith("s")) {
      Long s = number(v.substring(0, v.length() - 1));
      return s == null ? null : s * 1000;
    }
    return number(v);
  }

  private static Long number(String v) {
    if (v == null) {
      return null;
    }
    try {
      return v.startsWith("0x") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
