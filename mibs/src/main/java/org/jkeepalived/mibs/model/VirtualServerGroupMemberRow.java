package org.jkeepalived.mibs.model;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One entry of a virtual_server_group (virtualServerGroupMemberTable), index (group, member):
 * keepalived numbers a group's members fwmarks first, then single addresses, then ranges, each in
 * file order.
 *
 * @param kind fwmark(1), ip(2) or iprange(3) (virtualServerGroupMemberType)
 * @param fwmark the mark (FWMARK only, else 0)
 * @param first the address, or the first address of a range (null for FWMARK)
 * @param last the last address of a range (equal to {@code first} for IP; null for FWMARK)
 * @param port the port (0 when none was given; unused for FWMARK)
 */
public record VirtualServerGroupMemberRow(
    Kind kind, long fwmark, InetAddress first, InetAddress last, int port) {

  /** virtualServerGroupMemberType. */
  public enum Kind implements MibEnum {
    FWMARK(1, "fwmark"),
    IP(2, "ip"),
    IPRANGE(3, "iprange");

    private final int code;
    private final String mibName;

    Kind(int code, String mibName) {
      this.code = code;
      this.mibName = mibName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String mibName() {
      return mibName;
    }
  }

  public VirtualServerGroupMemberRow {
    Objects.requireNonNull(kind);
    if ((kind == Kind.FWMARK) != (first == null)) {
      throw new IllegalArgumentException("a fwmark member has no address, the others have one");
    }
  }

  public static VirtualServerGroupMemberRow fwmark(long mark) {
    return new VirtualServerGroupMemberRow(Kind.FWMARK, mark, null, null, 0);
  }

  public static VirtualServerGroupMemberRow address(InetAddress a, int port) {
    return new VirtualServerGroupMemberRow(Kind.IP, 0, a, a, port);
  }

  public static VirtualServerGroupMemberRow range(InetAddress first, InetAddress last, int port) {
    return new VirtualServerGroupMemberRow(Kind.IPRANGE, 0, first, last, port);
  }
}
