package org.jkeepalived.mibs.tables;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpRouterRow;
import org.jkeepalived.mibs.model.VrrpState;

/** Values the RFC 2787 and RFC 6527 views compute from an instance row, as keepalived does. */
final class RfcViews {
  private RfcViews() {}

  static final Inet4Address ZERO4 = (Inet4Address) VrrpInstanceBinding.literal(new byte[4]);

  /**
   * Up time as a TimeStamp/TimeTicks: centiseconds from the daemon's start to when the instance
   * left initialize, while it is backup or master; 0 otherwise (keepalived vrrp_snmp.c).
   */
  static Long upTime(VrrpRouterRow r, VrrpInstanceState s) {
    if (s == null || s.upSince() == null
        || (s.state() != VrrpState.BACKUP && s.state() != VrrpState.MASTER)) {
      return 0L;
    }
    long cs = Duration.between(r.daemonStart(), s.upSince()).toMillis() / 10;
    return Math.max(0L, cs);
  }

  /** The primary address of the instance's interface, or the family's zero address. */
  static InetAddress primary(VrrpRouterRow r) {
    if (r.primaryAddress() != null) {
      return r.primaryAddress();
    }
    return r.instance().ipv6() ? VrrpInstanceBinding.literal(new byte[16]) : ZERO4;
  }

  /**
   * vrrpv3OperationsMasterIpAddr: this router's primary address while master, else the master's
   * address last seen (zeros while none), as keepalived answers.
   */
  static InetAddress master(VrrpRouterRow r, VrrpInstanceState s) {
    if (s != null && s.state() == VrrpState.MASTER) {
      return primary(r);
    }
    if (s != null && s.masterAddress() != null) {
      return s.masterAddress();
    }
    return r.instance().ipv6() ? VrrpInstanceBinding.literal(new byte[16]) : ZERO4;
  }

  /** vrrpOperMasterIpAddr (IpAddress): the master's IPv4 address last seen, 0.0.0.0 while none. */
  static Inet4Address master4(VrrpInstanceState s) {
    return s != null && s.masterAddress() instanceof Inet4Address a ? a : ZERO4;
  }

  static Inet4Address primary4(VrrpRouterRow r) {
    return r.primaryAddress() instanceof Inet4Address a ? a : ZERO4;
  }
}
