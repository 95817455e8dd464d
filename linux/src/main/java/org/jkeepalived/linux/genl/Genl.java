package org.jkeepalived.linux.genl;

import org.jkeepalived.linux.netlink.MessageBuilder;

/** Generic netlink constants (include/uapi/linux/genetlink.h) and the message header. */
public final class Genl {
  private Genl() {}

  /** sizeof(struct genlmsghdr): cmd (u8), version (u8), reserved (u16). */
  public static final int HEADER_LEN = 4;

  /** GENL_ID_CTRL: the controller family's fixed id (NLMSG_MIN_TYPE). */
  public static final int ID_CTRL = 0x10;
  /** The controller's protocol version that libnl, ipvsadm and keepalived send. */
  public static final int CTRL_VERSION = 1;

  public static final int CTRL_CMD_NEWFAMILY = 1;
  public static final int CTRL_CMD_GETFAMILY = 3;

  public static final int CTRL_ATTR_FAMILY_ID = 1;
  public static final int CTRL_ATTR_FAMILY_NAME = 2;
  public static final int CTRL_ATTR_VERSION = 3;
  public static final int CTRL_ATTR_HDRSIZE = 4;
  public static final int CTRL_ATTR_MAXATTR = 5;

  /**
   * A builder for a message of family {@code familyId} whose genlmsghdr carries {@code cmd} and
   * {@code version}; the NLM_F flags (REQUEST, ACK, DUMP) are added by the socket.
   */
  public static MessageBuilder message(int familyId, int cmd, int version) {
    return MessageBuilder.of(familyId, 0)
        .header(new byte[] {(byte) cmd, (byte) version, 0, 0});
  }
}
