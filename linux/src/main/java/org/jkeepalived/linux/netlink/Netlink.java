package org.jkeepalived.linux.netlink;

/** Netlink constants from uapi linux/netlink.h. */
public final class Netlink {
  private Netlink() {}

  public static final int NETLINK_ROUTE = 0;
  public static final int NETLINK_GENERIC = 16;

  /** sizeof(struct nlmsghdr). */
  public static final int HEADER_LEN = 16;
  /** sizeof(struct nlattr). */
  public static final int ATTR_HEADER_LEN = 4;

  public static final int NLMSG_NOOP = 1;
  public static final int NLMSG_ERROR = 2;
  public static final int NLMSG_DONE = 3;
  public static final int NLMSG_OVERRUN = 4;

  public static final int NLM_F_REQUEST = 0x1;
  public static final int NLM_F_MULTI = 0x2;
  public static final int NLM_F_ACK = 0x4;
  public static final int NLM_F_ECHO = 0x8;
  public static final int NLM_F_DUMP_INTR = 0x10;
  public static final int NLM_F_ROOT = 0x100;
  public static final int NLM_F_MATCH = 0x200;
  public static final int NLM_F_DUMP = NLM_F_ROOT | NLM_F_MATCH;
  public static final int NLM_F_REPLACE = 0x100;
  public static final int NLM_F_EXCL = 0x200;
  public static final int NLM_F_CREATE = 0x400;
  public static final int NLM_F_APPEND = 0x800;

  public static final int NLA_F_NESTED = 0x8000;
  public static final int NLA_F_NET_BYTEORDER = 0x4000;
  public static final int NLA_TYPE_MASK = ~(NLA_F_NESTED | NLA_F_NET_BYTEORDER) & 0xffff;

  /** NLMSG_ALIGN / NLA_ALIGN: 4-byte alignment. */
  public static int align(int len) {
    return (len + 3) & ~3;
  }
}
