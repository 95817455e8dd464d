package org.jkeepalived.linux.rtnl;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.netlink.Attributes;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.MessageBuilder;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * RTM_NEWRULE / RTM_DELRULE / RTM_GETRULE: {@code struct fib_rule_hdr} (family, dst_len, src_len,
 * tos, table, two reserved bytes, action, flags: 12 bytes) followed by FRA_* attributes. Like
 * keepalived 2.2.7 (strace of its RTM_NEWRULE) a rule is added with NLM_F_CREATE|NLM_F_EXCL and
 * carries FRA_PROTOCOL last; the other attributes follow iproute2's order FRA_SRC, FRA_DST,
 * FRA_IIFNAME, FRA_OIFNAME, FRA_FWMARK, FRA_FWMASK, FRA_GOTO, FRA_TABLE, FRA_PRIORITY.
 */
public final class RuleCodec {
  private RuleCodec() {}

  public static final int FIB_RULE_HDR_LEN = 12;

  /** RTM_NEWRULE with NLM_F_CREATE|NLM_F_EXCL: EEXIST when the same rule is there. */
  public static NetlinkMessage add(KernelRule r) {
    return encode(Rtnl.RTM_NEWRULE, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL, r, r.action(),
        true);
  }

  /**
   * RTM_DELRULE: the kernel deletes the first rule matching every given selector; like iproute2
   * the action is left unspecified, and the protocol is not sent (ENOENT when none matches).
   */
  public static NetlinkMessage delete(KernelRule r) {
    return encode(Rtnl.RTM_DELRULE, 0, r, Rtnl.FR_ACT_UNSPEC, false);
  }

  /** RTM_GETRULE for a dump of one family. */
  public static NetlinkMessage dumpRequest(int family) {
    return MessageBuilder.of(Rtnl.RTM_GETRULE, 0).header(header(family, 0, 0, 0, 0, 0, 0))
        .build();
  }

  private static NetlinkMessage encode(int type, int nlFlags, KernelRule r, int action,
      boolean withProtocol) {
    MessageBuilder b = MessageBuilder.of(type, nlFlags);
    int table = r.table() > 255 ? Rtnl.RT_TABLE_UNSPEC : r.table();
    b.header(header(r.family(), r.destinationLength(), r.sourceLength(), r.tos(), table, action,
        r.invert() ? Rtnl.FIB_RULE_INVERT : 0));
    if (r.source() != null) {
      b.attr(Rtnl.FRA_SRC, r.source().getAddress());
    }
    if (r.destination() != null) {
      b.attr(Rtnl.FRA_DST, r.destination().getAddress());
    }
    if (r.inputInterface() != null) {
      b.attrString(Rtnl.FRA_IIFNAME, r.inputInterface());
    }
    if (r.outputInterface() != null) {
      b.attrString(Rtnl.FRA_OIFNAME, r.outputInterface());
    }
    if (r.fwmark() != null) {
      b.attrU32(Rtnl.FRA_FWMARK, (int) (long) r.fwmark());
    }
    if (r.fwmask() != null) {
      b.attrU32(Rtnl.FRA_FWMASK, (int) (long) r.fwmask());
    }
    if (r.gotoTarget() != null) {
      b.attrU32(Rtnl.FRA_GOTO, r.gotoTarget());
    }
    if (r.table() > 255) {
      b.attrU32(Rtnl.FRA_TABLE, r.table());
    }
    if (r.priority() != null) {
      b.attrU32(Rtnl.FRA_PRIORITY, r.priority());
    }
    if (r.suppressPrefixLength() != null) {
      b.attrU32(Rtnl.FRA_SUPPRESS_PREFIXLEN, r.suppressPrefixLength());
    }
    if (r.l3mdev()) {
      b.attrU8(Rtnl.FRA_L3MDEV, 1);
    }
    if (withProtocol && r.protocol() != 0) {
      b.attrU8(Rtnl.FRA_PROTOCOL, r.protocol());
    }
    return b.build();
  }

  /** Decodes an RTM_NEWRULE/RTM_DELRULE message. */
  public static KernelRule decode(NetlinkMessage m) {
    ByteBuffer p = m.payload().order(ByteOrder.nativeOrder());
    if (p.remaining() < FIB_RULE_HDR_LEN) {
      throw new MalformedNetlinkException("fib_rule_hdr needs 12 bytes, got " + p.remaining());
    }
    int family = p.get() & 0xff;
    int dstLen = p.get() & 0xff;
    int srcLen = p.get() & 0xff;
    int tos = p.get() & 0xff;
    int table = p.get() & 0xff;
    p.get();
    p.get();
    int action = p.get() & 0xff;
    int flags = p.getInt();
    int max = family == LinuxConstants.AF_INET6 ? 128 : 32;
    if (dstLen > max || srcLen > max) {
      throw new MalformedNetlinkException("rule prefix length above " + max);
    }
    Attributes a = Attributes.parse(p);
    Integer longTable = a.u32(Rtnl.FRA_TABLE);
    Integer mark = a.u32(Rtnl.FRA_FWMARK);
    Integer mask = a.u32(Rtnl.FRA_FWMASK);
    Integer proto = a.u8(Rtnl.FRA_PROTOCOL);
    Integer l3 = a.u8(Rtnl.FRA_L3MDEV);
    InetAddress src = a.address(Rtnl.FRA_SRC);
    InetAddress dst = a.address(Rtnl.FRA_DST);
    return new KernelRule(family, (flags & Rtnl.FIB_RULE_INVERT) != 0, src, srcLen, dst, dstLen,
        tos, longTable != null ? longTable : table, action, a.u32(Rtnl.FRA_PRIORITY),
        a.string(Rtnl.FRA_IIFNAME), a.string(Rtnl.FRA_OIFNAME),
        mark == null ? null : Integer.toUnsignedLong(mark),
        mask == null ? null : Integer.toUnsignedLong(mask), a.u32(Rtnl.FRA_GOTO),
        a.u32(Rtnl.FRA_SUPPRESS_PREFIXLEN), l3 != null && l3 != 0, proto == null ? 0 : proto);
  }

  static byte[] header(int family, int dstLen, int srcLen, int tos, int table, int action,
      int flags) {
    return ByteBuffer.allocate(FIB_RULE_HDR_LEN).order(ByteOrder.nativeOrder())
        .put((byte) family).put((byte) dstLen).put((byte) srcLen).put((byte) tos)
        .put((byte) table).put((byte) 0).put((byte) 0).put((byte) action).putInt(flags).array();
  }
}
