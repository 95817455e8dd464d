package org.jkeepalived.conf.kw.vrrp;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VirtualRoute;

/**
 * One line of virtual_routes or static_routes, in keepalived's {@code ip route add} grammar
 * (shortened option names are not accepted, as in keepalived). The deprecated {@code gw} and
 * {@code or} forms are accepted with keepalived's warnings.
 */
public final class RouteGrammar {
  private static final Set<String> TYPES =
      Set.of(
          "unicast", "blackhole", "unreachable", "prohibit", "local", "broadcast", "anycast",
          "multicast", "throw", "nat");
  /** Route metrics and attributes kept by name: each takes one value (mtu etc. may be locked). */
  private static final Set<String> METRICS =
      Set.of(
          "mtu", "hoplimit", "advmss", "rtt", "rttvar", "reordering", "window", "cwnd",
          "ssthresh", "realms", "rto_min", "initcwnd", "initrwnd", "features", "quickack",
          "congctl", "pref", "fastopen_no_cookie", "ttl-propagate", "vrf", "expires", "encap");

  private RouteGrammar() {}

  /** The route on this line (its first word is the node's keyword), or null after reporting. */
  public static VirtualRoute parse(ConfNode n, ParseContext c) {
    List<String> w = new ArrayList<>(n.args().size() + 1);
    w.add(n.keyword());
    w.addAll(n.args());
    State s = new State();
    int i = 0;
    if (TYPES.contains(w.get(0))) {
      s.type = w.get(0);
      i++;
    }
    while (i < w.size()) {
      String opt = w.get(i);
      String val = i + 1 < w.size() ? w.get(i + 1) : null;
      int used = option(n, c, s, opt, val, w, i);
      if (used < 0) {
        return null;
      }
      i += used;
    }
    if (s.dest == null) {
      c.error(n, "No destination specified for route");
      return null;
    }
    return new VirtualRoute(
        s.type, s.dest, s.source, s.prefSrc, s.via, s.dev, s.nextHops, s.table, s.metric,
        s.scope, s.protocol, s.tos, s.onlink, s.append, s.noTrack, s.trackGroup, s.metrics);
  }

  private static final class State {
    String type = "unicast";
    IpPrefix dest;
    IpPrefix source;
    InetAddress prefSrc;
    InetAddress via;
    String dev;
    final List<VirtualRoute.NextHop> nextHops = new ArrayList<>();
    Integer table;
    Integer metric;
    String scope;
    String protocol;
    Integer tos;
    boolean onlink;
    boolean append;
    boolean noTrack;
    String trackGroup;
    final Map<String, String> metrics = new HashMap<>();
  }

  /** Applies one option; returns how many words it used, or -1 when the route is unusable. */
  private static int option(
      ConfNode n, ParseContext c, State s, String opt, String val, List<String> w, int i) {
    switch (opt) {
      case "src":
        s.prefSrc = address(n, c, val);
        return s.prefSrc == null ? -1 : 2;
      case "from":
        s.source = Addresses.prefix(val == null ? "" : val);
        return s.source == null ? invalid(n, c, val) : 2;
      case "to":
        return 1;
      case "gw":
        c.warning(n, "\"gw\" for routes is deprecated. Please use \"via\"");
        // fall through
      case "via":
        s.via = address(n, c, "inet".equals(val) || "inet6".equals(val) ? w.get(i + 2) : val);
        return s.via == null ? -1 : ("inet".equals(val) || "inet6".equals(val) ? 3 : 2);
      case "or":
        c.warning(n, "\"or\" for routes is deprecated. Please use \"nexthop\"");
        InetAddress alt = address(n, c, val);
        if (alt == null) {
          return -1;
        }
        if (s.nextHops.isEmpty() && s.via != null) {
          s.nextHops.add(new VirtualRoute.NextHop(s.via, s.dev, null, false));
          s.via = null;
        }
        s.nextHops.add(new VirtualRoute.NextHop(alt, null, null, false));
        return 2;
      case "nexthop":
        return nextHop(n, c, s, w, i + 1) + 1;
      case "dev":
      case "oif":
        s.dev = val;
        return 2;
      case "table":
        s.table = number(n, c, val);
        return 2;
      case "metric":
      case "priority":
      case "preference":
        s.metric = number(n, c, val);
        return 2;
      case "scope":
        s.scope = val;
        return 2;
      case "protocol":
      case "proto":
        s.protocol = val;
        return 2;
      case "tos":
      case "dsfield":
        s.tos = number(n, c, val);
        return 2;
      case "onlink":
        s.onlink = true;
        return 1;
      case "append":
        s.append = true;
        return 1;
      case "no_track":
        s.noTrack = true;
        return 1;
      case "track_group":
        s.trackGroup = val;
        return 2;
      case "inet":
      case "inet6":
        return 1;
      default:
        return metricOrDest(n, c, s, opt, val, w, i);
    }
  }

  private static int metricOrDest(
      ConfNode n, ParseContext c, State s, String opt, String val, List<String> w, int i) {
    if (opt.equals("realms") && !validRealms(val)) {
      c.error(n, "Invalid realms " + val + " for route");
      return -1;
    }
    if (METRICS.contains(opt)) {
      if ("lock".equals(val) && i + 2 < w.size()) {
        s.metrics.put(opt, "lock " + w.get(i + 2));
        return 3;
      }
      s.metrics.put(opt, val == null ? "" : val);
      return 2;
    }
    if (s.dest == null) {
      s.dest = "default".equals(opt) ? Addresses.prefix("0.0.0.0/0") : Addresses.prefix(opt);
      return s.dest == null ? invalid(n, c, opt) : 1;
    }
    c.error(n, "Unknown route option " + opt);
    return 1;
  }

  /** {@code N} or {@code N/M} numeric realms (named realms need rt_realms, which we do not read). */
  private static boolean validRealms(String val) {
    if (val == null || val.isEmpty()) {
      return false;
    }
    for (String part : val.split("/", -1)) {
      Long v = Values.parseLong(part);
      if (v == null || v < 0 || v > 0xffff) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether keepalived can track the route: it needs the route's own device (nexthop devices do
   * not count).
   */
  public static boolean trackable(VirtualRoute r) {
    return r.dev() != null;
  }

  /** {@code nexthop [via A] [dev IF] [weight N] [onlink]}; returns the words used. */
  private static int nextHop(ConfNode n, ParseContext c, State s, List<String> w, int start) {
    InetAddress via = null;
    String dev = null;
    Integer weight = null;
    boolean onlink = false;
    int i = start;
    while (i < w.size() && !w.get(i).equals("nexthop")) {
      String opt = w.get(i);
      String val = i + 1 < w.size() ? w.get(i + 1) : null;
      if (opt.equals("via")) {
        via = address(n, c, val);
        i += 2;
      } else if (opt.equals("dev")) {
        dev = val;
        i += 2;
      } else if (opt.equals("weight")) {
        weight = number(n, c, val);
        i += 2;
      } else if (opt.equals("onlink")) {
        onlink = true;
        i++;
      } else {
        break;
      }
    }
    s.nextHops.add(new VirtualRoute.NextHop(via, dev, weight, onlink));
    return i - start;
  }

  private static InetAddress address(ConfNode n, ParseContext c, String val) {
    InetAddress a = Addresses.literal(val);
    if (a == null) {
      c.error(n, "VRRP parsed invalid IP " + val + ". skipping IP...");
    }
    return a;
  }

  private static int invalid(ConfNode n, ParseContext c, String val) {
    c.error(n, "VRRP parsed invalid IP " + val + ". skipping IP...");
    return -1;
  }

  private static Integer number(ConfNode n, ParseContext c, String val) {
    Long v = val == null ? null : Values.parseLong(val);
    if (v == null || v < 0 || v > 0xffffffffL) {
      c.error(n, "Invalid route value " + val);
      return null;
    }
    return (int) (long) v;
  }
}
