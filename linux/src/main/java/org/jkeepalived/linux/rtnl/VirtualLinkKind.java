package org.jkeepalived.linux.rtnl;

/** The virtual link types VRRP creates on a base interface (IFLA_INFO_KIND). */
public enum VirtualLinkKind {
  /** A macvlan: its own MAC (the VRRP virtual MAC) on the base's segment. */
  MACVLAN("macvlan"),
  /** An ipvlan: the base's MAC, its own addresses (keepalived's use_ipvlan). */
  IPVLAN("ipvlan");

  private final String kind;

  VirtualLinkKind(String kind) {
    this.kind = kind;
  }

  /** The IFLA_INFO_KIND string. */
  public String kindName() {
    return kind;
  }

  /** The kind named {@code text}, or null for any other link type. */
  public static VirtualLinkKind ofKind(String text) {
    for (VirtualLinkKind k : values()) {
      if (k.kind.equals(text)) {
        return k;
      }
    }
    return null;
  }
}
