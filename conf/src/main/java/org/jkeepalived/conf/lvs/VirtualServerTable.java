package org.jkeepalived.conf.lvs;

import java.time.Duration;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Scripts;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.lvs.ForwardingMethod;
import org.jkeepalived.mibs.config.lvs.IpFamily;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.IpvsScheduler;
import org.jkeepalived.mibs.config.lvs.ProxyProtocolVersion;
import org.jkeepalived.mibs.config.lvs.SchedulerFlag;

/** The keywords of a virtual_server block (keepalived's check_parser.c), with its wording. */
final class VirtualServerTable {
  /** IPVS_SVC_PERSISTENT_TIMEOUT: the timeout a bare persistence_timeout means. */
  static final Duration DEFAULT_PERSISTENCE = Duration.ofSeconds(360);

  private VirtualServerTable() {}

  static KeywordTable<VsBuilder> create(KeywordTable<RsBuilder> realServer) {
    KeywordTable.Builder<VsBuilder> t = KeywordTable.builder("virtual_server");
    t.on("delay_loop", Timers.delayLoop("virtual server delay loop '%s' invalid - ignoring",
            (b, d) -> b.delayLoop = d))
        .on("connect_timeout", Timers.connectTimeout(
            "virtual server connect_timeout %s invalid - ignoring", (b, d) -> b.connectTimeout = d))
        .on("delay_before_retry", Timers.nonNegative(
            "virtual server delay before retry '%s' invalid - ignoring",
            (b, d) -> b.delayBeforeRetry = d))
        .on("warmup", Timers.nonNegative(
            "virtual server warmup '%s' invalid - ignoring", (b, d) -> b.warmup = d))
        .on("retry", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 1, LvsArgs.UINT_MAX, c);
          if (v != null) {
            b.retry = v.intValue();
          } else if (n.arg(0) != null) {
            c.error(n, "retry value invalid - " + n.arg(0));
          }
        })
        .on(java.util.List.of("lb_algo", "lvs_sched"), VirtualServerTable::scheduler)
        .on(java.util.List.of("lb_kind", "lvs_method"), (n, b, c) -> {
          var f = ForwardingArgs.read(n, "virtual server", c);
          if (f != null) {
            b.forwarding = f;
          }
        })
        .on("persistence_timeout", VirtualServerTable::persistenceTimeout)
        .on("persistence_granularity", PersistenceGranularity::handle)
        .on("persistence_engine", (n, b, c) -> b.persistenceEngine = LvsArgs.required(n, 0, c))
        .on("protocol", VirtualServerTable::protocol)
        .set("ha_suspend", b -> b.haSuspend = true)
        .on("smtp_alert", (n, b, c) -> {
          Boolean v = LvsArgs.optionalBool(n, "Invalid virtual_server smtp_alert parameter", c);
          if (v != null) {
            b.smtpAlert = v;
          }
        })
        .on("virtualhost", (n, b, c) -> {
          if (n.arg(0) == null) {
            c.error(n, "virtual server virtualhost missing");
          } else {
            b.virtualhost = n.arg(0);
          }
        })
        .on("snmp_name", (n, b, c) -> b.snmpName = LvsArgs.required(n, 0, c))
        .on("alpha", (n, b, c) -> flag(n, c, "Invalid alpha parameter", v -> b.alpha = v))
        .on("omega", (n, b, c) -> flag(n, c, "Invalid omega parameter", v -> b.omega = v))
        .on("inhibit_on_failure",
            (n, b, c) -> flag(n, c, "Invalid inhibit_on_failure parameter", v -> b.inhibit = v))
        .on("quorum", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 1, LvsArgs.UINT_MAX, c);
          if (v != null) {
            b.quorum = v;
          } else if (n.arg(0) != null) {
            c.error(n, "Quorum " + n.arg(0) + " must be in [1, 4294967295]. Setting to 1.");
            b.quorum = 1;
          }
        })
        .on("hysteresis", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.UINT_MAX, c);
          if (v != null) {
            b.hysteresis = v;
          } else if (n.arg(0) != null) {
            c.error(n, "Hysteresis " + n.arg(0) + " must be in [0, 4294967295] - ignoring");
          }
        })
        .on("weight", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.INT_MAX, c);
          if (v != null) {
            b.weight = v;
          } else if (n.arg(0) != null) {
            c.error(n, "Virtual server weight " + n.arg(0) + " is outside range 0-2147483647");
          }
        })
        .on("quorum_up", (n, b, c) -> b.quorumUp = Scripts.script(n, 0, c))
        .on("quorum_down", (n, b, c) -> b.quorumDown = Scripts.script(n, 0, c))
        .on("ip_family", VirtualServerTable::ipFamily)
        .on("proxy_protocol", VirtualServerTable::proxyProtocol)
        .on("sorry_server", SorryServerKeywords::sorryServer)
        .on("sorry_server_inhibit", SorryServerKeywords::inhibit)
        .on("sorry_server_lvs_method", SorryServerKeywords::forwarding)
        .on("real_server", (n, b, c) -> RealServerTable.read(n, b, realServer, c));
    for (SchedulerFlag f : SchedulerFlag.values()) {
      t.on(f.keyword(), (n, b, c) -> schedulerFlag(n, b, f, c));
    }
    t.on("hashed", (n, b, c) -> schedulerFlag(n, b, null, c));
    return t.build();
  }

  static void flag(ConfNode n, ParseContext c, String msg, java.util.function.Consumer<Boolean> s) {
    Boolean v = LvsArgs.optionalBool(n, msg, c);
    if (v != null) {
      s.accept(v);
    }
  }

  private static void scheduler(ConfNode n, VsBuilder b, ParseContext c) {
    String s = LvsArgs.required(n, 0, c);
    if (s == null) {
      return;
    }
    IpvsScheduler v = IpvsScheduler.fromKeyword(s);
    if (v == null) {
      c.error(n, "Invalid lvs_scheduler '" + s + "' - ignoring");
    } else {
      b.scheduler = v;
    }
  }

  /**
   * ops and flag-N always apply; the sh-/mh- flags (and the obsolete "hashed") only once the
   * scheduler is already sh or mh, as keepalived checks at the line.
   */
  private static void schedulerFlag(ConfNode n, VsBuilder b, SchedulerFlag f, ParseContext c) {
    boolean general = f == SchedulerFlag.ONE_PACKET || f == SchedulerFlag.FLAG_1
        || f == SchedulerFlag.FLAG_2 || f == SchedulerFlag.FLAG_3;
    if (general) {
      b.flags.add(f);
    } else if (b.scheduler == IpvsScheduler.SH || b.scheduler == IpvsScheduler.MH) {
      if (f != null) {
        b.flags.add(f);
      }
    } else {
      c.error(n, n.keyword() + " only applies to sh scheduler - ignoring");
    }
  }

  private static void persistenceTimeout(ConfNode n, VsBuilder b, ParseContext c) {
    if (n.args().isEmpty()) {
      b.persistenceTimeout = DEFAULT_PERSISTENCE;
      return;
    }
    Long v = LvsArgs.unsigned(n, 0, 1, 2_678_400, c);
    if (v == null) {
      c.error(n, "persistence_timeout invalid");
    } else {
      b.persistenceTimeout = Duration.ofSeconds(v);
    }
  }

  private static void protocol(ConfNode n, VsBuilder b, ParseContext c) {
    String s = LvsArgs.required(n, 0, c);
    if (s == null) {
      return;
    }
    switch (s.toUpperCase(java.util.Locale.ROOT)) {
      case "TCP" -> b.protocol = LvsProtocol.TCP;
      case "UDP" -> b.protocol = LvsProtocol.UDP;
      case "SCTP" -> b.protocol = LvsProtocol.SCTP;
      default -> c.error(n, "Unknown protocol " + s + " - ignoring");
    }
  }

  private static void ipFamily(ConfNode n, VsBuilder b, ParseContext c) {
    String s = LvsArgs.required(n, 0, c);
    if (s == null) {
      return;
    }
    IpFamily f;
    if (s.equals("inet")) {
      f = IpFamily.INET;
    } else if (s.equals("inet6")) {
      f = IpFamily.INET6;
    } else {
      c.error(n, "unknown address family " + s);
      return;
    }
    if (b.family != null && b.family != f) {
      c.error(n, "Virtual server specified family " + s + " conflicts with server family");
      return;
    }
    b.family = f;
  }

  /** Whether forwarding is tunnelled (address families may then differ). */
  static boolean tunnelled(RsBuilder rs) {
    return rs.forwarding != null && rs.forwarding.method() == ForwardingMethod.TUN;
  }

  /**
   * {@code proxy_protocol v1|v2}: a jkeepalived extension (keepalived has no such keyword), said
   * as a note so that {@code -t} keeps keepalived's verdict on the rest of the file.
   */
  private static void proxyProtocol(ConfNode n, VsBuilder b, ParseContext c) {
    String v = n.arg(0);
    if ("v1".equalsIgnoreCase(v) || "v2".equalsIgnoreCase(v)) {
      b.proxyProtocol = ProxyProtocolVersion.valueOf(
          v.toUpperCase(java.util.Locale.ROOT));
      c.extension(n, "proxy_protocol " + v + " is a jkeepalived extension: the userspace forwarder"
          + " sends the PROXY protocol header to the real servers; kernel IPVS ignores it");
    } else {
      c.error(n, "proxy_protocol must be v1 or v2" + (v == null ? "" : ", not '" + v + "'")
          + " - ignoring");
    }
  }
}
