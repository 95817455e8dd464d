package org.jkeepalived.conf.lvs;

import java.net.InetAddress;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;

/** {@code IPADDR [PORT]} arguments of virtual_server, real_server and sorry_server. */
final class ServerArgs {
  /** A numeric address and a port (0 when none was given). */
  record HostPort(InetAddress address, int port) {}

  private ServerArgs() {}

  /**
   * Reads the address at {@code i} and the optional port after it; on failure reports {@code
   * Invalid WHAT address/port A/P - skipping} (after the port's own range message) and returns
   * null.
   */
  static HostPort read(ConfNode n, int i, String what, ParseContext ctx) {
    String addr = LvsArgs.required(n, i, ctx);
    if (addr == null) {
      return null;
    }
    String portText = n.arg(i + 1);
    int port = 0;
    boolean ok = true;
    if (portText != null) {
      Long p = Values.parseLong(portText);
      if (p == null || p != 0) {
        Integer v = LvsArgs.port(n, i + 1, ctx);
        ok = v != null;
        port = ok ? v : 0;
      }
    }
    InetAddress a = Addresses.literal(addr);
    if (a == null || !ok) {
      ctx.error(
          n,
          "Invalid " + what + " address/port " + addr + "/" + (portText == null ? "" : portText)
              + " - skipping");
      return null;
    }
    return new HostPort(a, port);
  }
}
