package org.jkeepalived.linux.rtnl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jkeepalived.linux.netlink.Attributes;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.MessageBuilder;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * RTM_NEWLINK / RTM_DELLINK / RTM_GETLINK: {@code struct ifinfomsg} (family, pad, type, index,
 * flags, change: 16 bytes) followed by IFLA_* attributes.
 */
public final class LinkCodec {
  private LinkCodec() {}

  public static final int IFINFOMSG_LEN = 16;

  /** RTM_GETLINK for a dump of every link. */
  public static NetlinkMessage dumpRequest() {
    return MessageBuilder.of(Rtnl.RTM_GETLINK, 0).header(ifinfomsg(0, 0, 0, 0)).build();
  }

  /**
   * RTM_NEWLINK that sets or clears IFF_UP on an existing link (what {@code ip link set up/down}
   * sends).
   */
  public static NetlinkMessage setUp(int index, boolean up) {
    return MessageBuilder.of(Rtnl.RTM_NEWLINK, 0)
        .header(ifinfomsg(index, up ? Rtnl.IFF_UP : 0, Rtnl.IFF_UP, 0))
        .build();
  }

  /** Decodes an RTM_NEWLINK/RTM_DELLINK message. */
  public static LinkInfo decode(NetlinkMessage m) {
    ByteBuffer p = m.payload();
    if (p.remaining() < IFINFOMSG_LEN) {
      throw new MalformedNetlinkException("ifinfomsg needs 16 bytes, got " + p.remaining());
    }
    p.get(); // family
    p.get(); // pad
    p.getShort(); // ARPHRD type
    int index = p.getInt();
    int flags = p.getInt();
    p.getInt(); // change mask
    Attributes attrs = Attributes.parse(p);
    String name = attrs.string(Rtnl.IFLA_IFNAME);
    if (name == null) {
      throw new MalformedNetlinkException("link " + index + " without IFLA_IFNAME");
    }
    Integer mtu = attrs.u32(Rtnl.IFLA_MTU);
    Integer oper = attrs.u8(Rtnl.IFLA_OPERSTATE);
    Attributes linkinfo = attrs.nested(Rtnl.IFLA_LINKINFO);
    String kind = linkinfo == null ? null : linkinfo.string(Rtnl.IFLA_INFO_KIND);
    return new LinkInfo(index, name, flags, mtu == null ? 0 : mtu, attrs.bytes(Rtnl.IFLA_ADDRESS),
        oper == null ? -1 : oper, kind);
  }

  static byte[] ifinfomsg(int index, int flags, int change, int family) {
    return ByteBuffer.allocate(IFINFOMSG_LEN).order(ByteOrder.nativeOrder())
        .put((byte) family).put((byte) 0).putShort((short) 0).putInt(index).putInt(flags)
        .putInt(change).array();
  }
}
