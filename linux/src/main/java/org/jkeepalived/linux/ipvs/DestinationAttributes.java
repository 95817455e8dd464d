package org.jkeepalived.linux.ipvs;

import static org.jkeepalived.linux.ipvs.IpvsNetlink.*;

import java.net.Inet4Address;
import java.net.InetAddress;
import org.jkeepalived.linux.netlink.MessageBuilder;

/**
 * IPVS_CMD_ATTR_DEST: a destination's nested attributes, both ways. The full form is keepalived's
 * (libipvs ipvs_nl_fill_dest_attr): ADDR_FAMILY, ADDR (16 bytes), PORT, FWD_METHOD, WEIGHT, the
 * tunnel attributes for a TUN destination only (TUN_TYPE; TUN_PORT for GUE; TUN_FLAGS for GUE and
 * GRE), U_THRESH, L_THRESH. The key form, for a deletion, is ADDR_FAMILY, ADDR and PORT: all the
 * kernel reads then (ip_vs_genl_parse_dest without full_entry).
 */
final class DestinationAttributes {
  private DestinationAttributes() {}

  static void putFull(MessageBuilder b, IpvsDestination d) {
    b.beginNested(CMD_ATTR_DEST, true);
    putKeyAttributes(b, d.family(), d.key());
    b.attrU32(DEST_ATTR_FWD_METHOD, d.forwarding() & CONN_F_FWD_MASK);
    b.attrU32(DEST_ATTR_WEIGHT, d.weight());
    if ((d.forwarding() & CONN_F_FWD_MASK) == IpvsDestination.FWD_TUNNEL) {
      b.attrU8(DEST_ATTR_TUN_TYPE, d.tunnelType());
      if (d.tunnelType() == TUNNEL_TYPE_GUE) {
        b.attrBe16(DEST_ATTR_TUN_PORT, d.tunnelPort());
      }
      if (d.tunnelType() != TUNNEL_TYPE_IPIP) {
        b.attrU16(DEST_ATTR_TUN_FLAGS, d.tunnelFlags());
      }
    }
    b.attrU32(DEST_ATTR_U_THRESH, (int) d.upperThreshold());
    b.attrU32(DEST_ATTR_L_THRESH, (int) d.lowerThreshold());
    b.endNested();
  }

  static void putKey(MessageBuilder b, IpvsDestKey k) {
    b.beginNested(CMD_ATTR_DEST, true);
    putKeyAttributes(b, familyOf(k.address()), k);
    b.endNested();
  }

  /** The destination as the kernel dumps it (ip_vs_genl_fill_dest), nested unflagged. */
  static void putKernelForm(MessageBuilder b, IpvsDestination d) {
    b.beginNested(CMD_ATTR_DEST, false)
        .attr(DEST_ATTR_ADDR, ServiceAttributes.address16(d.key().address()))
        .attrBe16(DEST_ATTR_PORT, d.key().port())
        .attrU32(DEST_ATTR_FWD_METHOD, d.forwarding())
        .attrU32(DEST_ATTR_WEIGHT, d.weight())
        .attrU8(DEST_ATTR_TUN_TYPE, d.tunnelType())
        .attrBe16(DEST_ATTR_TUN_PORT, d.tunnelPort())
        .attrU16(DEST_ATTR_TUN_FLAGS, d.tunnelFlags())
        .attrU32(DEST_ATTR_U_THRESH, (int) d.upperThreshold())
        .attrU32(DEST_ATTR_L_THRESH, (int) d.lowerThreshold())
        .attrU32(DEST_ATTR_ACTIVE_CONNS, (int) d.activeConns())
        .attrU32(DEST_ATTR_INACT_CONNS, (int) d.inactiveConns())
        .attrU32(DEST_ATTR_PERSIST_CONNS, (int) d.persistentConns())
        .attrU16(DEST_ATTR_ADDR_FAMILY, d.family());
    CounterAttributes.putKernelForm(b, DEST_ATTR_STATS, DEST_ATTR_STATS64, d.stats());
    b.endNested();
  }

  private static void putKeyAttributes(MessageBuilder b, int family, IpvsDestKey k) {
    b.attrU16(DEST_ATTR_ADDR_FAMILY, family);
    b.attr(DEST_ATTR_ADDR, ServiceAttributes.address16(k.address()));
    b.attrBe16(DEST_ATTR_PORT, k.port());
  }

  /**
   * A destination as dumped (or as a NEW/SET_DEST request carries it). Kernels before 4.11 send
   * no ADDR_FAMILY: then the destination has its service's {@code serviceFamily}.
   */
  static IpvsDestination read(AttrReader a, int serviceFamily) throws IpvsException {
    int family = a.u16(DEST_ATTR_ADDR_FAMILY, serviceFamily);
    if (family != IpvsServiceKey.AF_INET && family != IpvsServiceKey.AF_INET6) {
      throw new IpvsException("IPVS destination of unknown address family " + family, 0);
    }
    InetAddress address = a.address(DEST_ATTR_ADDR, family);
    if (address == null) {
      throw a.missing(DEST_ATTR_ADDR, "address");
    }
    int port = a.be16(DEST_ATTR_PORT, -1);
    if (port < 0) {
      throw a.missing(DEST_ATTR_PORT, "port");
    }
    return new IpvsDestination(new IpvsDestKey(address, port), family,
        (int) a.u32(DEST_ATTR_FWD_METHOD, 0) & CONN_F_FWD_MASK,
        (int) a.u32(DEST_ATTR_WEIGHT, 0),
        a.u32(DEST_ATTR_U_THRESH, 0), a.u32(DEST_ATTR_L_THRESH, 0),
        a.u8(DEST_ATTR_TUN_TYPE, TUNNEL_TYPE_IPIP), a.be16(DEST_ATTR_TUN_PORT, 0),
        a.u16(DEST_ATTR_TUN_FLAGS, 0),
        a.u32(DEST_ATTR_ACTIVE_CONNS, 0), a.u32(DEST_ATTR_INACT_CONNS, 0),
        a.u32(DEST_ATTR_PERSIST_CONNS, 0),
        CounterAttributes.read(a, DEST_ATTR_STATS64, DEST_ATTR_STATS));
  }

  static int familyOf(InetAddress address) {
    return address instanceof Inet4Address ? IpvsServiceKey.AF_INET : IpvsServiceKey.AF_INET6;
  }
}
