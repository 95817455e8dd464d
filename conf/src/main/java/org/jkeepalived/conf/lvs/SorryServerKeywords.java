package org.jkeepalived.conf.lvs;

import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.tree.ConfNode;

/** sorry_server, sorry_server_inhibit and sorry_server_lvs_method in a virtual_server. */
final class SorryServerKeywords {
  private SorryServerKeywords() {}

  static void sorryServer(ConfNode n, VsBuilder b, ParseContext c) {
    ServerArgs.HostPort hp = ServerArgs.read(n, 0, "sorry server ip", c);
    if (hp != null) {
      RsBuilder s = new RsBuilder(b, n, hp.address(), hp.port());
      s.inhibit = false;
      b.sorry = s;
    }
  }

  static void inhibit(ConfNode n, VsBuilder b, ParseContext c) {
    if (b.sorry == null) {
      c.error(n, "Ignoring sorry_server inhibit used before or without sorry_server");
    } else {
      b.sorry.inhibit = true;
    }
  }

  static void forwarding(ConfNode n, VsBuilder b, ParseContext c) {
    if (b.sorry == null) {
      c.error(n, "sorry_server forwarding used without sorry_server");
      return;
    }
    var f = ForwardingArgs.read(n, "real server", c);
    if (f != null) {
      b.sorry.forwarding = f;
    }
  }
}
