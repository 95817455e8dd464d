package org.jkeepalived.lvs.service;

import java.net.InetAddress;
import org.jkeepalived.lvs.check.ServiceNames;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * The engine's names for virtual and real servers: stable keys (what identifies one across a
 * reload, as keepalived's vs_iseq and rs_iseq compare them, never a row index) and keepalived's
 * log forms (check_data.c format_vs / format_rs: {@code [198.18.2.10]:tcp:80}, {@code FWM 5},
 * {@code [group]:0}).
 */
public final class LvsNames {
  private LvsNames() {}

  /** A virtual server by what its line names: address, port and protocol; fwmark and family; group and protocol. */
  static String key(VirtualServerConfig vs) {
    String proto = vs.protocol() == null ? "-" : vs.protocol().lowerName();
    if (vs.id() instanceof VirtualServiceId.Address a) {
      return "ip " + IpText.format(a.address()) + " " + a.port() + " " + proto;
    } else if (vs.id() instanceof VirtualServiceId.Fwmark f) {
      return "fwmark " + f.mark() + " " + vs.family();
    }
    return "group " + ((VirtualServiceId.Group) vs.id()).name() + " " + proto;
  }

  /** A real server by its address and port within its virtual server. */
  static String key(String vsKey, RealServerRow rs) {
    return vsKey + " rs " + IpText.format(rs.address()) + " " + rs.port();
  }

  /**
   * keepalived's FMT_VS. A group's virtual servers show the group and their number among the
   * virtual servers of that group (0-based, in file order: keepalived's link_vsg_to_vs keeps it
   * in the port).
   */
  public static String vs(VirtualServerConfig vs, int groupSequence) {
    if (vs.id() instanceof VirtualServiceId.Address a) {
      return trio(a.address(), vs, a.port());
    } else if (vs.id() instanceof VirtualServiceId.Fwmark f) {
      return "FWM " + f.mark();
    }
    return "[" + ((VirtualServiceId.Group) vs.id()).name() + "]:" + groupSequence;
  }

  /** FMT_VS of the virtual server at {@code index} in {@code snap}. */
  public static String vs(StoreSnapshot snap, Index index, VirtualServerConfig vs) {
    return vs(vs, groupSequence(snap, index, vs));
  }

  /** The number of a group's virtual server among those of its group (0 for any other). */
  static int groupSequence(StoreSnapshot snap, Index index, VirtualServerConfig vs) {
    if (!(vs.id() instanceof VirtualServiceId.Group g)) {
      return 0;
    }
    int n = 0;
    for (var e : snap.configs(Tables.VIRTUAL_SERVER).headMap(index, false).values()) {
      if (e.id() instanceof VirtualServiceId.Group other && other.name().equals(g.name())) {
        n++;
      }
    }
    return n;
  }

  /** keepalived's FMT_RS. */
  public static String rs(VirtualServerConfig vs, InetAddress address, int port) {
    return trio(address, vs, port);
  }

  private static String trio(InetAddress a, VirtualServerConfig vs, int port) {
    return ServiceNames.trio(a, vs.protocol(), port);
  }
}
