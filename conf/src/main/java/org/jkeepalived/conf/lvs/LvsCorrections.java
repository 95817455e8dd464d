package org.jkeepalived.conf.lvs;

import java.time.Duration;
import java.util.Iterator;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.ProxyProtocolVersion;
import org.jkeepalived.mibs.config.lvs.IpvsScheduler;
import org.jkeepalived.mibs.config.lvs.SchedulerFlag;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.config.lvs.VsgRange;

/**
 * keepalived 2.2.7's corrections after reading (validate_check_config), per virtual server in
 * file order and with its wording; these messages carry no line. Ports are checked by {@link
 * PortCorrections}.
 */
final class LvsCorrections {
  private LvsCorrections() {}

  static void run(LvsBuilder lvs, ParseContext c) {
    Iterator<VsBuilder> it = lvs.servers.iterator();
    while (it.hasNext()) {
      VsBuilder vs = it.next();
      if (vs.realServers.isEmpty()) {
        warn(c, "Virtual server " + ServiceNames.vs(vs) + " has no real servers - ignoring");
        it.remove();
        continue;
      }
      VirtualServerGroup g = vs.group == null ? null : lvs.groups.get(vs.group);
      if (vs.group != null && g == null) {
        // keepalived 2.2.7 says nothing at -t about a missing group; the service cannot exist.
        it.remove();
        continue;
      }
      correctService(vs, g, c);
      correctRealServers(vs, c);
      correctQuorum(vs, c);
      PortCorrections.run(vs, g, c);
    }
  }

  private static void correctService(VsBuilder vs, VirtualServerGroup g, ParseContext c) {
    boolean hasFwmark = vs.fwmark != null || (g != null && !g.fwmarks().isEmpty());
    if (vs.haSuspend && hasFwmark) {
      warn(c, "Virtual server " + ServiceNames.vs(vs)
          + ": cannot use ha_suspend with fwmarks - clearing ha_suspend");
      vs.haSuspend = false;
    }
    boolean byAddress = g != null ? !g.ranges().isEmpty() : vs.fwmark == null;
    if (byAddress) {
      if (vs.protocol == null) {
        // The kernel takes protocol 0 as UDP, so keepalived sets it explicitly.
        warn(c, "Virtual server " + ServiceNames.vs(vs) + ": no protocol set - defaulting to UDP");
        vs.protocol = LvsProtocol.UDP;
      }
      if (vs.flags.contains(SchedulerFlag.ONE_PACKET) && vs.protocol != LvsProtocol.UDP) {
        warn(c, "Virtual server " + ServiceNames.vs(vs)
            + ": one packet scheduling requires UDP - resetting");
        vs.flags.remove(SchedulerFlag.ONE_PACKET);
      }
      if (vs.persistenceTimeout == null && g == null && vs.fwmark == null && vs.port == 0) {
        zeroPort(vs, c);
      }
    }
    if (vs.persistenceTimeout == null && g != null) {
      for (VsgRange r : g.ranges()) {
        if (r.port() == 0) {
          zeroPort(vs, c);
          break;
        }
      }
    }
    boolean fwmarkOnly = g != null ? g.ranges().isEmpty() && !g.fwmarks().isEmpty()
        : vs.fwmark != null;
    if (vs.protocol != null && fwmarkOnly) {
      warn(c, "Warning: Virtual server " + ServiceNames.vs(vs)
          + ": protocol specified for fwmark - protocol will be ignored");
      vs.protocol = null;
    }
    if (vs.proxyProtocol != ProxyProtocolVersion.NONE && vs.protocol != LvsProtocol.TCP) {
      // the PROXY protocol header precedes a byte stream: TCP services only
      warn(c, "Virtual server " + ServiceNames.vs(vs)
          + ": proxy_protocol needs protocol TCP - ignoring proxy_protocol");
      vs.proxyProtocol = ProxyProtocolVersion.NONE;
    }
    if (vs.scheduler == null) {
      warn(c, "Virtual server " + ServiceNames.vs(vs) + ": no scheduler set, setting default '"
          + IpvsScheduler.DEFAULT.keyword() + "'");
      vs.scheduler = IpvsScheduler.DEFAULT;
    }
    if (vs.smtpAlert == null) {
      Boolean checker = vs.lvs.root.global.smtpAlertChecker;
      Boolean global = vs.lvs.root.global.smtpAlert;
      vs.smtpAlert = checker != null ? checker : global != null ? global : Boolean.FALSE;
    }
  }

  private static void zeroPort(VsBuilder vs, ParseContext c) {
    warn(c, "Virtual server " + ServiceNames.vs(vs)
        + ": zero port only valid for persistent services - setting");
    vs.persistenceTimeout = VirtualServerTable.DEFAULT_PERSISTENCE;
  }

  /** Drops duplicates, fills forwarding and inherited defaults, matches the sorry server. */
  private static void correctRealServers(VsBuilder vs, ParseContext c) {
    for (int i = 0; i < vs.realServers.size(); i++) {
      RsBuilder rs = vs.realServers.get(i);
      if (duplicated(vs, i)) {
        warn(c, "VS " + ServiceNames.vs(vs) + ": real server " + ServiceNames.rs(rs, vs)
            + " is duplicated - removing second rs");
        vs.realServers.remove(i--);
        continue;
      }
      if (rs.forwarding == null) {
        rs.forwarding = serviceForwarding(vs, c);
      }
      inherit(vs, rs);
      if (vs.sorry != null && same(vs.sorry, rs)) {
        if (vs.sorry.inhibit != rs.inhibit) {
          warn(c, "Virtual server " + ServiceNames.vs(vs) + ": real server "
              + ServiceNames.rs(rs, vs) + " matches sorry server, but inhibit setting differs, "
              + (rs.inhibit ? "sett" : "clear") + "ing on sorry server");
          vs.sorry.inhibit = rs.inhibit;
        }
      }
    }
    if (vs.sorry != null && vs.sorry.forwarding == null) {
      vs.sorry.forwarding = serviceForwarding(vs, c);
    }
  }

  private static Forwarding serviceForwarding(VsBuilder vs, ParseContext c) {
    if (vs.forwarding == null) {
      warn(c, "Virtual server " + ServiceNames.vs(vs)
          + ": no forwarding method set, setting default NAT");
      vs.forwarding = Forwarding.NAT;
    }
    return vs.forwarding;
  }

  private static void inherit(VsBuilder vs, RsBuilder rs) {
    if (rs.alpha == null) {
      rs.alpha = vs.alpha;
    }
    if (rs.inhibit == null) {
      rs.inhibit = vs.inhibit;
    }
    if (rs.retry == null) {
      rs.retry = vs.retry;
    }
    if (rs.connectTimeout == null) {
      rs.connectTimeout = vs.connectTimeout;
    }
    if (rs.delayLoop == null) {
      rs.delayLoop = vs.delayLoop;
    }
    if (rs.warmup == null) {
      rs.warmup = vs.warmup;
    }
    if (rs.delayBeforeRetry == null) {
      rs.delayBeforeRetry = vs.delayBeforeRetry;
    }
    if (rs.weight == null) {
      rs.weight = vs.weight;
    }
    if (rs.smtpAlert == null) {
      Boolean checker = vs.lvs.root.global.smtpAlertChecker;
      Boolean global = vs.lvs.root.global.smtpAlert;
      // Unlike everything else, a real server alerts by default (keepalived keeps this for
      // backward compatibility).
      rs.smtpAlert = checker != null ? checker : global != null ? global : Boolean.TRUE;
    }
  }

  private static boolean duplicated(VsBuilder vs, int i) {
    RsBuilder rs = vs.realServers.get(i);
    for (int j = 0; j < i; j++) {
      if (same(vs.realServers.get(j), rs)) {
        return true;
      }
    }
    return false;
  }

  static boolean same(RsBuilder a, RsBuilder b) {
    return a.address.equals(b.address) && a.port == b.port;
  }

  /**
   * A quorum above the total weight could never be met, so it is reduced; hysteresis must stay
   * below quorum (unsigned in keepalived, so a zero quorum wraps).
   */
  private static void correctQuorum(VsBuilder vs, ParseContext c) {
    long sum = 0;
    for (RsBuilder rs : vs.realServers) {
      sum += rs.weight;
    }
    sum &= LvsArgs.UINT_MAX;
    if (vs.quorum > sum) {
      warn(c, "Warning - quorum " + vs.quorum + " for " + ServiceNames.vs(vs)
          + " exceeds total weight of real servers " + sum + ", reducing quorum to " + sum);
      vs.quorum = sum;
    }
    if (vs.hysteresis >= vs.quorum) {
      long h = (vs.quorum - 1) & LvsArgs.UINT_MAX;
      warn(c, "Virtual server " + ServiceNames.vs(vs) + ": hysteresis " + vs.hysteresis
          + " >= quorum " + vs.quorum + "; setting hysteresis to " + h);
      vs.hysteresis = h;
    }
  }

  static void warn(ParseContext c, String message) {
    c.diagnostics().warning(null, message);
  }

  static Duration orElse(Duration a, Duration b) {
    return a != null ? a : b;
  }
}
