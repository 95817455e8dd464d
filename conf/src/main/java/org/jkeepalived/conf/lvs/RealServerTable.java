package org.jkeepalived.conf.lvs;

import org.jkeepalived.mibs.config.IpText;
import java.net.Inet6Address;
import java.util.Map;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Scripts;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.lvs.CheckerKind;
import org.jkeepalived.mibs.config.lvs.IpFamily;

/** The keywords of a real_server block, and the checks keepalived makes when it closes. */
final class RealServerTable {
  private RealServerTable() {}

  static KeywordTable<RsBuilder> create(Map<CheckerKind, KeywordTable<CheckerBuilder>> checkers) {
    KeywordTable.Builder<RsBuilder> t = KeywordTable.builder("real_server");
    t.on("weight", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.INT_MAX, c);
          if (v != null) {
            b.weight = v;
          } else if (n.arg(0) != null) {
            c.error(n, "Real server weight " + n.arg(0) + " is outside range 0-2147483647");
          }
        })
        .on("lvs_method", (n, b, c) -> {
          var f = ForwardingArgs.read(n, "real server", c);
          if (f != null) {
            b.forwarding = f;
          }
        })
        .on("inhibit_on_failure", (n, b, c) -> VirtualServerTable.flag(
            n, c, "Invalid inhibit_on_failure parameter", v -> b.inhibit = v))
        .on("alpha", (n, b, c) -> VirtualServerTable.flag(
            n, c, "Invalid alpha parameter", v -> b.alpha = v))
        .on("smtp_alert", (n, b, c) -> VirtualServerTable.flag(
            n, c, "Invalid real_server smtp_alert parameter", v -> b.smtpAlert = v))
        .on("notify_up", (n, b, c) -> {
          if (b.notifyUp != null) {
            c.error(n, alreadyGiven(b, "notify_up", n));
          } else {
            b.notifyUp = Scripts.script(n, 0, c);
          }
        })
        .on("notify_down", (n, b, c) -> {
          if (b.notifyDown != null) {
            c.error(n, alreadyGiven(b, "notify_down", n));
          } else {
            b.notifyDown = Scripts.script(n, 0, c);
          }
        })
        .on("uthreshold", (n, b, c) -> {
          Long v = threshold(n, "uthreshold", c);
          if (v != null) {
            b.upperThreshold = v;
          }
        })
        .on("lthreshold", (n, b, c) -> {
          Long v = threshold(n, "lthreshold", c);
          if (v != null) {
            b.lowerThreshold = v;
          }
        })
        .on("virtualhost", (n, b, c) -> {
          if (n.arg(0) == null) {
            c.error(n, "real server virtualhost missing");
          } else {
            b.virtualhost = n.arg(0);
          }
        })
        .on("snmp_name", (n, b, c) -> b.snmpName = LvsArgs.required(n, 0, c))
        .on("connect_timeout", Timers.connectTimeout(
            "real server connect_timeout %s invalid - ignoring", (b, d) -> b.connectTimeout = d))
        .on("delay_loop", Timers.delayLoop(
            "real server delay_loop '%s' invalid - ignoring", (b, d) -> b.delayLoop = d))
        .on("delay_before_retry", Timers.nonNegative(
            "real server delay before retry '%s' invalid - ignoring",
            (b, d) -> b.delayBeforeRetry = d))
        .on("warmup", Timers.nonNegative(
            "real server warmup '%s' invalid - ignoring", (b, d) -> b.warmup = d))
        .on("retry", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 1, LvsArgs.UINT_MAX, c);
          if (v != null) {
            b.retry = v.intValue();
          } else if (n.arg(0) != null) {
            c.error(n, "retry value invalid - " + n.arg(0));
          }
        });
    for (Map.Entry<CheckerKind, KeywordTable<CheckerBuilder>> e : checkers.entrySet()) {
      KeywordTable<CheckerBuilder> table = e.getValue();
      CheckerKind kind = e.getKey();
      t.on(kind.name(), (n, b, c) -> CheckerBlocks.read(n, b, kind, table, c));
    }
    return t.build();
  }

  /** keepalived names the service by its group name, "(null)" outside a group. */
  private static String alreadyGiven(RsBuilder b, String kw, ConfNode n) {
    return "(" + (b.vs.group == null ? "(null)" : b.vs.group) + ") " + kw
        + " script already specified - ignoring " + argText(n);
  }

  private static String argText(ConfNode n) {
    return n.arg(0) == null ? "" : n.arg(0);
  }

  private static Long threshold(ConfNode n, String kw, ParseContext c) {
    Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.UINT_MAX, c);
    if (v == null && n.arg(0) != null) {
      c.error(n, "Invalid real_server " + kw + " '" + n.arg(0) + "' - ignoring");
    }
    return v;
  }

  /**
   * Reads a {@code real_server IP [PORT] {...}} block into the virtual server. A bad address
   * skips the block. On closing, a non-tunnelled real server fixes the service's family or, if
   * it differs, is dropped (rs_end_handler).
   */
  static void read(ConfNode n, VsBuilder vs, KeywordTable<RsBuilder> table, ParseContext c) {
    ServerArgs.HostPort hp = ServerArgs.read(n, 0, "real server ip", c);
    if (hp == null) {
      return;
    }
    RsBuilder rs = new RsBuilder(vs, n, hp.address(), hp.port());
    rs.forwarding = vs.forwarding;
    vs.realServers.add(rs);
    table.apply(n.children(), rs, c);
    if (!VirtualServerTable.tunnelled(rs)) {
      IpFamily f = familyOf(rs);
      if (vs.family == null) {
        vs.family = f;
      } else if (vs.family != f) {
        c.diagnostics().error(LvsArgs.blockEnd(n),
            "Address family of virtual server and real server " + IpText.format(rs.address)
                + " don't match - skipping real server.");
        vs.realServers.remove(vs.realServers.size() - 1);
      }
    }
  }

  static IpFamily familyOf(RsBuilder rs) {
    return rs.address instanceof Inet6Address ? IpFamily.INET6 : IpFamily.INET;
  }
}
