package org.jkeepalived.conf.lvs;

import org.jkeepalived.mibs.config.IpText;
import java.net.Inet6Address;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.lvs.IpFamily;

/**
 * {@code virtual_server IP [PORT] | fwmark N | group NAME {...}}: a bad service name skips the
 * block; on closing, the sorry server and tunnelled real servers settle the family of a service
 * that has none yet (vs_end_handler).
 */
final class VirtualServerReader {
  private VirtualServerReader() {}

  static void read(ConfNode n, LvsBuilder lvs, KeywordTable<VsBuilder> table, ParseContext c) {
    String first = LvsArgs.required(n, 0, c);
    if (first == null) {
      return;
    }
    VsBuilder vs = new VsBuilder(lvs, n);
    if (first.equals("group")) {
      vs.group = LvsArgs.required(n, 1, c);
      if (vs.group == null || !lvs.groups.containsKey(vs.group)) {
        // keepalived 2.2.7 silently skips a service naming a group not (yet) defined.
        return;
      }
    } else if (first.equals("fwmark")) {
      Long v = LvsArgs.unsigned(n, 1, 0, LvsArgs.UINT_MAX, c);
      if (v == null) {
        if (n.arg(1) != null) {
          c.error(n, "virtual server fwmark '" + n.arg(1) + "' must be in [0, 4294967295] - ignoring");
        }
        return;
      }
      vs.fwmark = v;
    } else {
      ServerArgs.HostPort hp = ServerArgs.read(n, 0, "virtual server IP", c);
      if (hp == null) {
        return;
      }
      vs.address = hp.address();
      vs.port = hp.port();
      vs.family = hp.address() instanceof Inet6Address ? IpFamily.INET6 : IpFamily.INET;
    }
    lvs.servers.add(vs);
    table.apply(n.children(), vs, c);
    end(vs, c);
  }

  private static void end(VsBuilder vs, ParseContext c) {
    RsBuilder s = vs.sorry;
    if (s != null && !VirtualServerTable.tunnelled(s)) {
      IpFamily f = RealServerTable.familyOf(s);
      if (vs.family == null) {
        vs.family = f;
      } else if (vs.family != f) {
        c.diagnostics().error(LvsArgs.blockEnd(vs.node),
            "Address family of virtual server and sorry server " + IpText.format(s.address)
                + " don't match - skipping sorry server.");
        vs.sorry = null;
      }
    }
    if (vs.family == null) {
      // Only fwmark services whose servers are all tunnelled get here: all of one family
      // decide it, a mixture means IPv4.
      IpFamily f = vs.sorry != null ? RealServerTable.familyOf(vs.sorry) : null;
      for (RsBuilder rs : vs.realServers) {
        IpFamily rf = RealServerTable.familyOf(rs);
        if (f == null) {
          f = rf;
        } else if (f != rf) {
          f = IpFamily.INET;
          break;
        }
      }
      vs.family = f == null ? IpFamily.INET : f;
    }
  }
}
