package org.jkeepalived.linux.rtnl;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.netlink.Attributes;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.MessageBuilder;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * RTM_NEWADDR / RTM_DELADDR / RTM_GETADDR messages: {@code struct ifaddrmsg} (family, prefixlen,
 * flags, scope, index: 8 bytes) followed by IFA_* attributes. Attribute choice follows iproute2's
 * {@code ip addr add}: IFA_LOCAL is the address, IFA_ADDRESS the peer or the address again.
 */
public final class AddressCodec {
  private AddressCodec() {}

  public static final int IFADDRMSG_LEN = 8;
  private static final int CACHEINFO_LEN = 16;

  /**
   * RTM_NEWADDR with NLM_F_CREATE|NLM_F_EXCL: fails with EEXIST when the address is there.
   * Attribute order is iproute2's (golden bytes from {@code strace ip addr add}).
   */
  public static NetlinkMessage add(InterfaceAddress a) {
    MessageBuilder b = MessageBuilder.of(Rtnl.RTM_NEWADDR, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
    boolean wide = (a.flags() & ~0xff) != 0;
    // Like iproute2: flags above 8 bits go only in IFA_FLAGS, which the kernel then prefers.
    b.header(ifaddrmsg(family(a.address()), a.prefixLength(), wide ? 0 : a.flags(), a.scope(),
        a.ifindex()));
    b.attr(Rtnl.IFA_LOCAL, a.address().getAddress());
    if (a.peer() != null) {
      b.attr(Rtnl.IFA_ADDRESS, a.peer().getAddress());
    }
    if (a.broadcast() != null) {
      b.attr(Rtnl.IFA_BROADCAST, a.broadcast().getAddress());
    }
    if (a.label() != null) {
      b.attrString(Rtnl.IFA_LABEL, a.label());
    }
    if (a.preferredLifetime() != null || a.validLifetime() != null) {
      b.attr(Rtnl.IFA_CACHEINFO, cacheinfo(a.preferredLifetime(), a.validLifetime()));
    }
    if (wide) {
      b.attrU32(Rtnl.IFA_FLAGS, a.flags());
    }
    if (a.peer() == null) {
      b.attr(Rtnl.IFA_ADDRESS, a.address().getAddress());
    }
    return b.build();
  }

  /** RTM_DELADDR: the kernel matches on interface, local address and prefix length. */
  public static NetlinkMessage delete(InterfaceAddress a) {
    MessageBuilder b = MessageBuilder.of(Rtnl.RTM_DELADDR, 0);
    b.header(ifaddrmsg(family(a.address()), a.prefixLength(), 0, a.scope(), a.ifindex()));
    b.attr(Rtnl.IFA_LOCAL, a.address().getAddress());
    b.attr(Rtnl.IFA_ADDRESS, (a.peer() != null ? a.peer() : a.address()).getAddress());
    return b.build();
  }

  /** RTM_GETADDR for a dump of one family (AF_INET, AF_INET6) or all (0). */
  public static NetlinkMessage dumpRequest(int family) {
    return MessageBuilder.of(Rtnl.RTM_GETADDR, 0).header(ifaddrmsg(family, 0, 0, 0, 0)).build();
  }

  /** Decodes an RTM_NEWADDR/RTM_DELADDR message. */
  public static InterfaceAddress decode(NetlinkMessage m) {
    ByteBuffer p = m.payload();
    if (p.remaining() < IFADDRMSG_LEN) {
      throw new MalformedNetlinkException("ifaddrmsg needs 8 bytes, got " + p.remaining());
    }
    p.get(); // family: implied by the address length
    int prefix = p.get() & 0xff;
    int flags = p.get() & 0xff;
    int scope = p.get() & 0xff;
    int index = p.getInt();
    Attributes attrs = Attributes.parse(p);
    InetAddress local = attrs.address(Rtnl.IFA_LOCAL);
    InetAddress addr = attrs.address(Rtnl.IFA_ADDRESS);
    if (local == null && addr == null) {
      throw new MalformedNetlinkException("address message without IFA_LOCAL or IFA_ADDRESS");
    }
    InetAddress peer = local != null && addr != null && !addr.equals(local) ? addr : null;
    Integer wideFlags = attrs.u32(Rtnl.IFA_FLAGS);
    Duration preferred = null;
    Duration valid = null;
    byte[] ci = attrs.bytes(Rtnl.IFA_CACHEINFO);
    if (ci != null && ci.length >= 8) {
      ByteBuffer c = ByteBuffer.wrap(ci).order(ByteOrder.nativeOrder());
      preferred = Duration.ofSeconds(Integer.toUnsignedLong(c.getInt()));
      valid = Duration.ofSeconds(Integer.toUnsignedLong(c.getInt()));
    }
    return new InterfaceAddress(index, local != null ? local : addr, prefix, scope,
        attrs.string(Rtnl.IFA_LABEL), attrs.address(Rtnl.IFA_BROADCAST), peer,
        wideFlags != null ? wideFlags : flags, preferred, valid);
  }

  static byte[] ifaddrmsg(int family, int prefix, int flags, int scope, int index) {
    return ByteBuffer.allocate(IFADDRMSG_LEN).order(ByteOrder.nativeOrder())
        .put((byte) family).put((byte) prefix).put((byte) flags).put((byte) scope).putInt(index)
        .array();
  }

  private static byte[] cacheinfo(Duration preferred, Duration valid) {
    return ByteBuffer.allocate(CACHEINFO_LEN).order(ByteOrder.nativeOrder())
        .putInt((int) seconds(preferred)).putInt((int) seconds(valid)).putInt(0).putInt(0).array();
  }

  private static long seconds(Duration d) {
    return d == null ? Rtnl.INFINITY_LIFE_TIME : Math.min(Rtnl.INFINITY_LIFE_TIME, d.getSeconds());
  }

  static int family(InetAddress a) {
    return a.getAddress().length == 4 ? LinuxConstants.AF_INET : LinuxConstants.AF_INET6;
  }
}
