package org.jkeepalived.conf.lvs;

import org.jkeepalived.mibs.config.IpText;
import java.net.InetAddress;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;

/** Virtual and real servers as keepalived names them in messages (FMT_VS, FMT_RS). */
final class ServiceNames {
  private ServiceNames() {}

  /** {@code [ADDR]:proto:PORT} (inet_sockaddrtotrio); protocol null prints "none". */
  static String trio(InetAddress a, LvsProtocol p, int port) {
    return "[" + (a == null ? "0.0.0.0" : IpText.format(a)) + "]:" + (p == null ? "none" : p.lowerName())
        + ":" + port;
  }

  /** FMT_VS: {@code [GROUP]:0}, {@code FWM N} or the address trio. */
  static String vs(VsBuilder vs) {
    if (vs.group != null) {
      return "[" + vs.group + "]:0";
    }
    if (vs.fwmark != null) {
      return "FWM " + vs.fwmark;
    }
    return trio(vs.address, vs.protocol, vs.port);
  }

  /** FMT_RS: the real server's trio with the virtual server's protocol. */
  static String rs(RsBuilder rs, VsBuilder vs) {
    return trio(rs.address, vs.protocol, rs.port);
  }
}
