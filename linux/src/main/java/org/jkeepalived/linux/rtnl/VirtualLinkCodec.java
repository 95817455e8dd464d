package org.jkeepalived.linux.rtnl;

import org.jkeepalived.linux.netlink.Attributes;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.MessageBuilder;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * RTM_NEWLINK / RTM_DELLINK for macvlan and ipvlan links (uapi linux/if_link.h): the create
 * request is an {@code ifinfomsg} then IFLA_LINK (base index), IFLA_IFNAME, IFLA_ADDRESS (macvlan
 * only) and IFLA_LINKINFO { IFLA_INFO_KIND, IFLA_INFO_DATA { mode attributes } }. A second
 * request on the new index sets IFLA_AF_SPEC { AF_INET6 { IFLA_INET6_ADDR_GEN_MODE none } }, so
 * the kernel gives the link no IPv6 link-local of its own (keepalived's VMACs show {@code
 * addrgenmode none}); the kernel refuses IFLA_AF_SPEC in the create itself (EAFNOSUPPORT).
 * Wire legality only.
 */
public final class VirtualLinkCodec {
  private VirtualLinkCodec() {}

  public static final int IFLA_AF_SPEC = 26;
  public static final int IFLA_INFO_DATA = 2;
  public static final int IFLA_INET6_ADDR_GEN_MODE = 8;
  public static final int IN6_ADDR_GEN_MODE_NONE = 1;
  public static final int AF_INET6 = 10;

  public static final int IFLA_MACVLAN_MODE = 1;
  public static final int MACVLAN_MODE_PRIVATE = 1;
  public static final int MACVLAN_MODE_VEPA = 2;
  public static final int MACVLAN_MODE_BRIDGE = 4;
  public static final int MACVLAN_MODE_PASSTHRU = 8;

  public static final int IFLA_IPVLAN_MODE = 1;
  public static final int IFLA_IPVLAN_FLAGS = 2;
  public static final int IPVLAN_MODE_L2 = 0;
  public static final int IPVLAN_MODE_L3 = 1;
  public static final int IPVLAN_MODE_L3S = 2;
  public static final int IPVLAN_F_BRIDGE = 0;
  public static final int IPVLAN_F_PRIVATE = 1;
  public static final int IPVLAN_F_VEPA = 2;

  /** RTM_NEWLINK with NLM_F_CREATE|NLM_F_EXCL: EEXIST when a link of that name exists. */
  public static NetlinkMessage create(VirtualLinkSpec s) {
    MessageBuilder b = MessageBuilder.of(Rtnl.RTM_NEWLINK, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL)
        .header(LinkCodec.ifinfomsg(0, 0, 0, 0))
        .attrU32(Rtnl.IFLA_LINK, s.baseIndex())
        .attrString(Rtnl.IFLA_IFNAME, s.name());
    if (s.mac() != null) {
      b.attr(Rtnl.IFLA_ADDRESS, s.mac().bytes());
    }
    b.beginNested(Rtnl.IFLA_LINKINFO, false)
        .attrString(Rtnl.IFLA_INFO_KIND, s.kind().kindName())
        .beginNested(IFLA_INFO_DATA, false);
    if (s.kind() == VirtualLinkKind.MACVLAN) {
      b.attrU32(IFLA_MACVLAN_MODE, s.mode());
    } else {
      b.attrU16(IFLA_IPVLAN_MODE, s.mode()).attrU16(IFLA_IPVLAN_FLAGS, s.ipvlanFlags());
    }
    b.endNested().endNested();
    return b.build();
  }

  /** RTM_NEWLINK on an existing link: IPv6 address generation mode none (no own link-local). */
  public static NetlinkMessage addrGenModeNone(int index) {
    if (index <= 0) {
      throw new IllegalArgumentException("link index must be positive: " + index);
    }
    return MessageBuilder.of(Rtnl.RTM_NEWLINK, 0).header(LinkCodec.ifinfomsg(index, 0, 0, 0))
        .beginNested(IFLA_AF_SPEC, false).beginNested(AF_INET6, false)
        .attrU8(IFLA_INET6_ADDR_GEN_MODE, IN6_ADDR_GEN_MODE_NONE).endNested().endNested()
        .build();
  }

  /** RTM_DELLINK of the link with {@code index}. */
  public static NetlinkMessage delete(int index) {
    if (index <= 0) {
      throw new IllegalArgumentException("link index must be positive: " + index);
    }
    return MessageBuilder.of(Rtnl.RTM_DELLINK, 0).header(LinkCodec.ifinfomsg(index, 0, 0, 0))
        .build();
  }

  /**
   * The macvlan/ipvlan details of an RTM_NEWLINK message, or null when the link is of another
   * kind (or has no IFLA_LINKINFO).
   *
   * @throws MalformedNetlinkException when the message or a mode attribute is truncated
   */
  public static VirtualLinkDetails decode(NetlinkMessage m) {
    LinkInfo link = LinkCodec.decode(m);
    VirtualLinkKind kind = VirtualLinkKind.ofKind(link.kind());
    if (kind == null) {
      return null;
    }
    java.nio.ByteBuffer p = m.payload();
    p.position(p.position() + LinkCodec.IFINFOMSG_LEN);
    Attributes attrs = Attributes.parse(p);
    Integer base = attrs.u32(Rtnl.IFLA_LINK);
    Attributes data = attrs.nested(Rtnl.IFLA_LINKINFO).nested(IFLA_INFO_DATA);
    int mode = -1;
    int flags = 0;
    if (data != null && kind == VirtualLinkKind.MACVLAN) {
      Integer v = data.u32(IFLA_MACVLAN_MODE);
      mode = v == null ? -1 : v;
    } else if (data != null) {
      Integer v = data.u16(IFLA_IPVLAN_MODE);
      Integer f = data.u16(IFLA_IPVLAN_FLAGS);
      mode = v == null ? -1 : v;
      flags = f == null ? 0 : f;
    }
    return new VirtualLinkDetails(link, base == null ? 0 : base, kind, mode, flags);
  }
}
