package org.jkeepalived.linux.rtnl;

import java.util.HexFormat;

/**
 * A network interface as RTM_NEWLINK reports it.
 *
 * @param index interface index
 * @param name interface name (IFLA_IFNAME)
 * @param flags {@code Rtnl.IFF_*} bits (ifi_flags)
 * @param mtu IFLA_MTU, or 0 when absent
 * @param hardwareAddress IFLA_ADDRESS (the MAC for Ethernet), or null
 * @param operState IFLA_OPERSTATE (RFC 2863 value: 6 up, 2 down), or -1 when absent
 * @param kind IFLA_INFO_KIND (veth, bridge, macvlan...), or null
 */
public record LinkInfo(
    int index, String name, int flags, int mtu, byte[] hardwareAddress, int operState, String kind) {

  public LinkInfo {
    hardwareAddress = hardwareAddress == null ? null : hardwareAddress.clone();
  }

  @Override
  public byte[] hardwareAddress() {
    return hardwareAddress == null ? null : hardwareAddress.clone();
  }

  /** Administratively up (IFF_UP). */
  public boolean isUp() {
    return (flags & Rtnl.IFF_UP) != 0;
  }

  /** Up and with carrier (IFF_RUNNING): what keepalived treats as a usable interface. */
  public boolean isRunning() {
    return isUp() && (flags & Rtnl.IFF_RUNNING) != 0;
  }

  public boolean isLowerUp() {
    return (flags & Rtnl.IFF_LOWER_UP) != 0;
  }

  /** The MAC as {@code aa:bb:cc:dd:ee:ff}, or null. */
  public String macString() {
    return hardwareAddress == null ? null : HexFormat.ofDelimiter(":").formatHex(hardwareAddress);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinkInfo l
        && l.index == index
        && l.name.equals(name)
        && l.flags == flags
        && l.mtu == mtu
        && java.util.Arrays.equals(l.hardwareAddress, hardwareAddress)
        && l.operState == operState
        && java.util.Objects.equals(l.kind, kind);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(index, name, flags, mtu, operState, kind)
        + java.util.Arrays.hashCode(hardwareAddress);
  }

  @Override
  public String toString() {
    return "LinkInfo{" + index + ":" + name + " flags=0x" + Integer.toHexString(flags) + " mtu="
        + mtu + " mac=" + macString() + " oper=" + operState + " kind=" + kind + "}";
  }
}
