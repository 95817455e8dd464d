package org.jkeepalived.conf.kw.vrrp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VirtualRule;

/**
 * One line of virtual_rules or static_rules in keepalived's {@code ip rule add} grammar. A rule
 * without a preference gets one from a counter shared by all rules of the configuration (one per
 * address family), starting at 16384 and counting down, with keepalived's warning.
 */
public final class RuleGrammar {
  private static final Set<String> ACTIONS = Set.of("blackhole", "prohibit", "unreachable", "nop");
  private static final Set<String> OPTIONS =
      Set.of(
          "realms", "suppress_prefixlength", "suppress_ifgroup", "uidrange", "protocol",
          "ipproto", "sport", "dport", "l3mdev");

  private RuleGrammar() {}

  /** Hands out default preferences: one counter per address family, per parse. */
  public static final class PreferenceCounter {
    private int next4 = 16384;
    private int next6 = 16384;

    int take(boolean inet6) {
      return inet6 ? next6-- : next4--;
    }
  }

  public static VirtualRule parse(ConfNode n, ParseContext c, PreferenceCounter prefs) {
    java.util.List<String> w = new java.util.ArrayList<>();
    w.add(n.keyword());
    w.addAll(n.args());
    boolean inet6 = false;
    boolean not = false;
    IpPrefix from = null;
    IpPrefix to = null;
    Integer pref = null;
    String action = "table";
    Integer table = null;
    Integer gotoTarget = null;
    String iif = null;
    String oif = null;
    Long fwmark = null;
    Long fwmask = null;
    Integer tos = null;
    boolean noTrack = false;
    String trackGroup = null;
    Map<String, String> options = new HashMap<>();
    int actions = 0;
    for (int i = 0; i < w.size(); i++) {
      String opt = w.get(i);
      String val = i + 1 < w.size() ? w.get(i + 1) : null;
      switch (opt) {
        case "from":
        case "to":
          IpPrefix p = val == null ? null : Addresses.prefix(val);
          if (p == null) {
            c.error(n, "VRRP parsed invalid IP " + val + ". skipping IP...");
            c.error(n, "Invalid rule " + opt + " address " + val);
            return null;
          }
          if (opt.equals("from")) {
            from = p;
          } else {
            to = p;
          }
          i++;
          break;
        case "not":
          not = true;
          break;
        case "inet6":
          inet6 = true;
          break;
        case "inet":
          break;
        case "preference":
        case "priority":
        case "order":
          pref = number(n, c, val);
          i++;
          break;
        case "table":
        case "lookup":
          actions++;
          table = number(n, c, val);
          i++;
          break;
        case "goto":
          actions++;
          action = "goto";
          gotoTarget = number(n, c, val);
          i++;
          break;
        case "iif":
        case "dev":
          iif = val;
          i++;
          break;
        case "oif":
          oif = val;
          i++;
          break;
        case "fwmark":
          String[] parts = val == null ? new String[] {""} : val.split("/", 2);
          fwmark = Values.parseLong(parts[0]);
          fwmask = parts.length > 1 ? Values.parseLong(parts[1]) : null;
          i++;
          break;
        case "tos":
        case "dsfield":
          tos = number(n, c, val);
          i++;
          break;
        case "no_track":
          noTrack = true;
          break;
        case "track_group":
          trackGroup = val;
          i++;
          break;
        default:
          if (ACTIONS.contains(opt)) {
            actions++;
            action = opt;
          } else if (OPTIONS.contains(opt)) {
            if (opt.equals("l3mdev")) {
              actions++;
              options.put(opt, "");
            } else {
              options.put(opt, val == null ? "" : val);
              i++;
            }
          } else {
            // keepalived drops the whole rule.
            c.error(n, "Unknown rule option " + opt);
            return null;
          }
      }
    }
    if (actions > 1) {
      c.error(
          n,
          "Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable/l3mdev"
              + " for rule");
      return null;
    }
    boolean v6 = inet6 || (from != null && from.isIpv6()) || (to != null && to.isIpv6());
    if (pref == null) {
      pref = prefs.take(v6);
      c.warning(
          n,
          "Rule has no preference specified - setting to "
              + pref
              + ". This is probably not what you want.");
    }
    return new VirtualRule(
        v6, not, from, to, pref, action, table, gotoTarget, iif, oif, fwmark, fwmask, tos,
        noTrack, trackGroup, options);
  }

  private static Integer number(ConfNode n, ParseContext c, String val) {
    Long v = val == null ? null : Values.parseLong(val);
    if (v == null || v < 0 || v > 0xffffffffL) {
      c.error(n, "Invalid rule value " + val);
      return null;
    }
    return (int) (long) v;
  }
}
