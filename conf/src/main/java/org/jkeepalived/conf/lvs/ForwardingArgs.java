package org.jkeepalived.conf.lvs;

import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.ForwardingMethod;
import org.jkeepalived.mibs.config.lvs.TunnelChecksum;
import org.jkeepalived.mibs.config.lvs.TunnelType;

/**
 * {@code lvs_method NAT|DR|TUN [type ipip|gue port N|gre] [nocsum|csum|remcsum]}: GUE needs a
 * port and only GUE may have one; ipip takes no checksum option and GRE no remcsum (Linux 5.2/5.3
 * IPVS tunnel types).
 */
final class ForwardingArgs {
  private ForwardingArgs() {}

  /**
   * The forwarding, or null after reporting an unknown method; {@code whose} is e.g. "virtual
   * server". A bad tunnel option is reported and dropped, the method is kept (keepalived sets
   * the method before it reads the options).
   */
  static Forwarding read(ConfNode n, String whose, ParseContext ctx) {
    String m = LvsArgs.required(n, 0, ctx);
    if (m == null) {
      return null;
    }
    ForwardingMethod method;
    switch (m) {
      case "NAT" -> method = ForwardingMethod.NAT;
      case "DR" -> method = ForwardingMethod.DR;
      case "TUN" -> method = ForwardingMethod.TUN;
      default -> {
        ctx.error(n, "PARSER : unknown [" + m + "] routing method for " + whose + ".");
        return null;
      }
    }
    TunnelType type = TunnelType.IPIP;
    TunnelChecksum csum = TunnelChecksum.NOCSUM;
    boolean csumGiven = false;
    Integer port = null;
    for (int i = 1; i < n.args().size(); i++) {
      String w = n.arg(i);
      if (method == ForwardingMethod.TUN && w.equals("type") && n.arg(i + 1) != null) {
        String t = n.arg(++i);
        switch (t) {
          case "ipip" -> type = TunnelType.IPIP;
          case "gue" -> type = TunnelType.GUE;
          case "gre" -> type = TunnelType.GRE;
          default -> {
            ctx.error(n, "Unknown tunnel type " + t + " for " + whose + ".");
            return Forwarding.of(method);
          }
        }
      } else if (method == ForwardingMethod.TUN && w.equals("port") && n.arg(i + 1) != null) {
        port = LvsArgs.port(n, ++i, ctx);
        if (port == null) {
          ctx.error(n, "Invalid gue tunnel port " + n.arg(i) + " for " + whose + ".");
          return Forwarding.of(method);
        }
      } else if (method == ForwardingMethod.TUN && isChecksum(w)) {
        csum = TunnelChecksum.valueOf(w.toUpperCase(java.util.Locale.ROOT));
        csumGiven = true;
      } else {
        ctx.error(n, "Invalid tunnel option " + w + " for " + whose + ".");
        return Forwarding.of(method);
      }
    }
    if ((type == TunnelType.GUE) != (port != null)) {
      ctx.error(n, "gue tunnels require port, otherwise cannot have port.");
      return Forwarding.of(method);
    }
    if (type == TunnelType.IPIP && csumGiven) {
      ctx.error(n, "ipip tunnels do not support checksum option.");
      return Forwarding.of(method);
    }
    if (type == TunnelType.GRE && csum == TunnelChecksum.REMCSUM) {
      ctx.error(n, "gre tunnels do not support remote checksum option.");
      return new Forwarding(method, type, 0, TunnelChecksum.NOCSUM);
    }
    return new Forwarding(method, type, port == null ? 0 : port, csum);
  }

  private static boolean isChecksum(String w) {
    return w.equals("nocsum") || w.equals("csum") || w.equals("remcsum");
  }
}
