package org.jkeepalived.linux.rtnl;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.netlink.Attributes;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.MessageBuilder;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * RTM_NEWROUTE / RTM_DELROUTE / RTM_GETROUTE: {@code struct rtmsg} (family, dst_len, src_len, tos,
 * table, protocol, scope, type, flags: 12 bytes) followed by RTA_* attributes. Like keepalived
 * 2.2.7 (strace of its RTM_NEWROUTE), a route is added with NLM_F_CREATE and without NLM_F_EXCL,
 * and attributes go in the order RTA_DST, RTA_SRC, RTA_GATEWAY, RTA_OIF, RTA_PRIORITY,
 * RTA_PREFSRC, RTA_TABLE (ids above 255), RTA_METRICS, RTA_MULTIPATH.
 */
public final class RouteCodec {
  private RouteCodec() {}

  public static final int RTMSG_LEN = 12;
  private static final int RTNEXTHOP_LEN = 8;

  /** RTM_NEWROUTE with NLM_F_CREATE (EEXIST when the same route is there). */
  public static NetlinkMessage add(KernelRoute r) {
    return encode(Rtnl.RTM_NEWROUTE, Netlink.NLM_F_CREATE, r, r.protocol(), r.scope(), r.type());
  }

  /**
   * RTM_DELROUTE: the kernel deletes the first route matching every given attribute; the header
   * leaves protocol and type unspecified and the scope at RT_SCOPE_NOWHERE, as iproute2's
   * {@code ip route del} does, so that they do not narrow the match.
   */
  public static NetlinkMessage delete(KernelRoute r) {
    return encode(Rtnl.RTM_DELROUTE, 0, r, Rtnl.RTPROT_UNSPEC, Rtnl.RT_SCOPE_NOWHERE,
        r.type() == Rtnl.RTN_UNICAST ? Rtnl.RTN_UNSPEC : r.type());
  }

  /** RTM_GETROUTE for a dump of one family (AF_INET, AF_INET6) or all (0), every table. */
  public static NetlinkMessage dumpRequest(int family) {
    return MessageBuilder.of(Rtnl.RTM_GETROUTE, 0)
        .header(rtmsg(family, 0, 0, 0, 0, 0, 0, 0, 0)).build();
  }

  private static NetlinkMessage encode(int type, int nlFlags, KernelRoute r, int protocol,
      int scope, int rtType) {
    MessageBuilder b = MessageBuilder.of(type, nlFlags);
    int table = r.table() > 255 ? Rtnl.RT_TABLE_UNSPEC : r.table();
    b.header(rtmsg(r.family(), r.destinationLength(), r.sourceLength(), r.tos(), table, protocol,
        scope, rtType, r.flags()));
    if (r.destination() != null) {
      b.attr(Rtnl.RTA_DST, r.destination().getAddress());
    }
    if (r.source() != null) {
      b.attr(Rtnl.RTA_SRC, r.source().getAddress());
    }
    if (r.gateway() != null) {
      b.attr(Rtnl.RTA_GATEWAY, r.gateway().getAddress());
    }
    if (r.outputInterface() != 0) {
      b.attrU32(Rtnl.RTA_OIF, r.outputInterface());
    }
    if (r.priority() != null) {
      b.attrU32(Rtnl.RTA_PRIORITY, r.priority());
    }
    if (r.preferredSource() != null) {
      b.attr(Rtnl.RTA_PREFSRC, r.preferredSource().getAddress());
    }
    if (r.table() > 255) {
      b.attrU32(Rtnl.RTA_TABLE, r.table());
    }
    if (!r.metrics().isEmpty() || r.lockedMetrics() != 0) {
      b.beginNested(Rtnl.RTA_METRICS, false);
      if (r.lockedMetrics() != 0) {
        b.attrU32(Rtnl.RTAX_LOCK, r.lockedMetrics());
      }
      r.metrics().forEach((k, v) -> b.attrU32(k, (int) (long) v));
      b.endNested();
    }
    if (!r.nextHops().isEmpty()) {
      b.attr(Rtnl.RTA_MULTIPATH, multipath(r.nextHops()));
    }
    return b.build();
  }

  /** Decodes an RTM_NEWROUTE/RTM_DELROUTE message. */
  public static KernelRoute decode(NetlinkMessage m) {
    ByteBuffer p = m.payload().order(ByteOrder.nativeOrder());
    if (p.remaining() < RTMSG_LEN) {
      throw new MalformedNetlinkException("rtmsg needs 12 bytes, got " + p.remaining());
    }
    int family = p.get() & 0xff;
    int dstLen = p.get() & 0xff;
    int srcLen = p.get() & 0xff;
    int tos = p.get() & 0xff;
    int table = p.get() & 0xff;
    int protocol = p.get() & 0xff;
    int scope = p.get() & 0xff;
    int type = p.get() & 0xff;
    int flags = p.getInt();
    Attributes a = Attributes.parse(p);
    Integer longTable = a.u32(Rtnl.RTA_TABLE);
    Integer oif = a.u32(Rtnl.RTA_OIF);
    Map<Integer, Long> metrics = new TreeMap<>();
    int locked = 0;
    Attributes nested = a.nested(Rtnl.RTA_METRICS);
    if (nested != null) {
      for (int t : nested.types()) {
        long v = Integer.toUnsignedLong(requireU32(nested, t));
        if (t == Rtnl.RTAX_LOCK) {
          locked = (int) v;
        } else {
          metrics.put(t, v);
        }
      }
    }
    byte[] mp = a.bytes(Rtnl.RTA_MULTIPATH);
    return new KernelRoute(family, checked(a.address(Rtnl.RTA_DST), family, dstLen), dstLen,
        checked(a.address(Rtnl.RTA_SRC), family, srcLen), srcLen, tos,
        longTable != null ? longTable : table, protocol, scope, type, flags,
        a.address(Rtnl.RTA_GATEWAY), oif == null ? 0 : oif, a.u32(Rtnl.RTA_PRIORITY),
        a.address(Rtnl.RTA_PREFSRC), mp == null ? List.of() : nextHops(mp), metrics, locked);
  }

  private static int requireU32(Attributes a, int type) {
    byte[] v = a.bytes(type);
    if (v.length != 4) {
      throw new MalformedNetlinkException("route metric " + type + " has " + v.length + " bytes");
    }
    return a.u32(type);
  }

  private static InetAddress checked(InetAddress a, int family, int length) {
    int max = family == LinuxConstants.AF_INET6 ? 128 : 32;
    if (length > max) {
      throw new MalformedNetlinkException("prefix length " + length + " exceeds " + max);
    }
    return a;
  }

  private static byte[] multipath(List<KernelRoute.NextHop> hops) {
    ByteBuffer out = ByteBuffer.allocate(hops.size() * (RTNEXTHOP_LEN + 4 + 16))
        .order(ByteOrder.nativeOrder());
    for (KernelRoute.NextHop h : hops) {
      byte[] gw = h.gateway() == null ? null : h.gateway().getAddress();
      int len = RTNEXTHOP_LEN + (gw == null ? 0 : Netlink.ATTR_HEADER_LEN + gw.length);
      out.putShort((short) len).put((byte) h.flags()).put((byte) (h.weight() - 1))
          .putInt(h.ifindex());
      if (gw != null) {
        out.putShort((short) (Netlink.ATTR_HEADER_LEN + gw.length))
            .putShort((short) Rtnl.RTA_GATEWAY).put(gw);
      }
    }
    byte[] b = new byte[out.position()];
    out.flip().get(b);
    return b;
  }

  private static List<KernelRoute.NextHop> nextHops(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.nativeOrder());
    List<KernelRoute.NextHop> out = new ArrayList<>();
    while (in.remaining() > 0) {
      if (in.remaining() < RTNEXTHOP_LEN) {
        throw new MalformedNetlinkException("truncated rtnexthop: " + in.remaining() + " bytes");
      }
      int start = in.position();
      int len = in.getShort() & 0xffff;
      if (len < RTNEXTHOP_LEN || len > in.limit() - start) {
        throw new MalformedNetlinkException("rtnexthop length " + len + " out of bounds");
      }
      int flags = in.get() & 0xff;
      int hops = in.get() & 0xff;
      int ifindex = in.getInt();
      ByteBuffer attrs = in.slice().limit(len - RTNEXTHOP_LEN);
      InetAddress gw = Attributes.parse(attrs).address(Rtnl.RTA_GATEWAY);
      out.add(new KernelRoute.NextHop(gw, ifindex, hops + 1, flags));
      in.position(Math.min(in.limit(), start + Netlink.align(len)));
    }
    return out;
  }

  static byte[] rtmsg(int family, int dstLen, int srcLen, int tos, int table, int protocol,
      int scope, int type, int flags) {
    return ByteBuffer.allocate(RTMSG_LEN).order(ByteOrder.nativeOrder())
        .put((byte) family).put((byte) dstLen).put((byte) srcLen).put((byte) tos)
        .put((byte) table).put((byte) protocol).put((byte) scope).put((byte) type).putInt(flags)
        .array();
  }
}
