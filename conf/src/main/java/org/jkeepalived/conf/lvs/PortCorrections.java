package org.jkeepalived.conf.lvs;

import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.mibs.config.lvs.ForwardingMethod;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.config.lvs.VsgRange;

/**
 * Real and sorry server ports against the service's (validate_check_config): NAT may map ports;
 * otherwise the ports must match, and a fwmark service takes none. Single services are
 * corrected, group services only warned about, as keepalived does.
 */
final class PortCorrections {
  private PortCorrections() {}

  static void run(VsBuilder vs, VirtualServerGroup g, ParseContext c) {
    if (g != null) {
      group(vs, g, c);
    } else {
      single(vs, c);
    }
  }

  private static boolean nat(RsBuilder rs) {
    return rs.forwarding.method() == ForwardingMethod.NAT;
  }

  private static void group(VsBuilder vs, VirtualServerGroup g, ParseContext c) {
    String name = ServiceNames.vs(vs);
    RsBuilder s = vs.sorry;
    if (!g.fwmarks().isEmpty()) {
      for (RsBuilder rs : vs.realServers) {
        if (!nat(rs) && rs.port != 0) {
          LvsCorrections.warn(c, "WARNING - fwmark virtual server " + name + ", real server "
              + ServiceNames.rs(rs, vs) + " has port specified - port will be ignored");
        }
      }
      if (s != null && !nat(s) && s.port != 0) {
        LvsCorrections.warn(c, "WARNING - fwmark virtual server " + name
            + ", sorry server has port specified - port will be ignored");
      }
    }
    for (VsgRange r : g.ranges()) {
      for (RsBuilder rs : vs.realServers) {
        if (!nat(rs) && rs.port != 0 && rs.port != r.port()) {
          LvsCorrections.warn(c, "virtual server " + name + ":[" + entry(r) + "] and real server "
              + ServiceNames.rs(rs, vs) + " ports don't match");
        }
      }
      if (s != null && !nat(s) && s.port != 0 && s.port != r.port()) {
        LvsCorrections.warn(c, "WARNING - virtual server " + name
            + ", sorry server has port specified - port will be ignored");
      }
    }
  }

  /** format_vsge: {@code A-B,PORT} or {@code A,PORT}. */
  static String entry(VsgRange r) {
    String first = IpText.format(r.first());
    return (r.isSingle() ? first : first + "-" + IpText.format(r.last())) + "," + r.port();
  }

  private static void single(VsBuilder vs, ParseContext c) {
    String name = ServiceNames.vs(vs);
    boolean fwmark = vs.fwmark != null;
    for (RsBuilder rs : vs.realServers) {
      if (nat(rs)) {
        if (!fwmark && rs.port == 0) {
          rs.port = vs.port;
        }
      } else if (fwmark) {
        if (rs.port != 0) {
          LvsCorrections.warn(c, "WARNING - fwmark virtual server " + name + ", real server "
              + ServiceNames.rs(rs, vs) + " has port specified - clearing");
          rs.port = 0;
        }
      } else if (rs.port == 0) {
        rs.port = vs.port;
      } else if (rs.port != vs.port) {
        LvsCorrections.warn(c, "WARNING - virtual server " + name + " and real server "
            + ServiceNames.rs(rs, vs) + " ports don't match - resetting");
        rs.port = vs.port;
      }
    }
    RsBuilder s = vs.sorry;
    if (s == null || nat(s)) {
      return;
    }
    if (fwmark) {
      if (s.port != 0) {
        LvsCorrections.warn(c, "WARNING - virtual server " + name
            + ", sorry server has port specified - clearing");
        s.port = 0;
      }
    } else if (s.port == 0) {
      s.port = vs.port;
    } else if (s.port != vs.port) {
      LvsCorrections.warn(c, "WARNING - virtual server " + name
          + " and sorry server ports don't match - resetting");
      s.port = vs.port;
    }
  }
}
