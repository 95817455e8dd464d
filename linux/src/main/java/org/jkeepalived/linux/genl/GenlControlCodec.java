package org.jkeepalived.linux.genl;

import org.jkeepalived.linux.netlink.Attributes;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * The generic netlink controller's family lookup (nlctrl, genetlink.h): the CTRL_CMD_GETFAMILY
 * request by name and its CTRL_CMD_NEWFAMILY answer. Pure: bytes in, records out; the operations,
 * multicast groups and policies the controller also sends are skipped.
 */
public final class GenlControlCodec {
  private GenlControlCodec() {}

  /** CTRL_CMD_GETFAMILY for {@code name}, as libnl's genl_ctrl_resolve sends it. */
  public static NetlinkMessage getFamily(String name) {
    return Genl.message(Genl.ID_CTRL, Genl.CTRL_CMD_GETFAMILY, Genl.CTRL_VERSION)
        .attrString(Genl.CTRL_ATTR_FAMILY_NAME, name)
        .build();
  }

  /**
   * The family described by a CTRL_CMD_NEWFAMILY message; {@link MalformedNetlinkException} when
   * it is another message or lacks the id or name.
   */
  public static GenlFamily family(NetlinkMessage reply) {
    if (reply.type() != Genl.ID_CTRL) {
      throw new MalformedNetlinkException("family lookup answered by message type " + reply.type()
          + ", not the controller (" + Genl.ID_CTRL + ")");
    }
    GenlMessage g = GenlMessage.of(reply);
    if (g.cmd() != Genl.CTRL_CMD_NEWFAMILY) {
      throw new MalformedNetlinkException("family lookup answered by controller command "
          + g.cmd() + ", not CTRL_CMD_NEWFAMILY");
    }
    Attributes a = g.attributes();
    Integer id = a.u16(Genl.CTRL_ATTR_FAMILY_ID);
    String name = a.string(Genl.CTRL_ATTR_FAMILY_NAME);
    if (id == null || name == null) {
      throw new MalformedNetlinkException("CTRL_CMD_NEWFAMILY without family id or name");
    }
    return new GenlFamily(name, id, orZero(a.u32(Genl.CTRL_ATTR_VERSION)),
        orZero(a.u32(Genl.CTRL_ATTR_HDRSIZE)), orZero(a.u32(Genl.CTRL_ATTR_MAXATTR)));
  }

  private static int orZero(Integer v) {
    return v == null ? 0 : v;
  }
}
