package org.jkeepalived.linux.rtnl;

import java.util.Objects;
import org.jkeepalived.linux.neigh.MacAddress;

/**
 * A macvlan or ipvlan link to create on top of a base interface.
 *
 * @param name the new link's name (IFLA_IFNAME, 1-15 bytes)
 * @param baseIndex the base (lower) interface's index (IFLA_LINK)
 * @param kind macvlan or ipvlan
 * @param mac the macvlan's MAC (IFLA_ADDRESS); null for ipvlan, which shares the base's
 * @param mode IFLA_MACVLAN_MODE ({@link VirtualLinkCodec#MACVLAN_MODE_PRIVATE}...) or
 *     IFLA_IPVLAN_MODE ({@link VirtualLinkCodec#IPVLAN_MODE_L2}...)
 * @param ipvlanFlags IFLA_IPVLAN_FLAGS (bridge 0, private, vepa); 0 for macvlan
 */
public record VirtualLinkSpec(
    String name, int baseIndex, VirtualLinkKind kind, MacAddress mac, int mode, int ipvlanFlags) {
  public VirtualLinkSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (name.isEmpty() || name.length() > 15 || name.contains("/") || name.contains(" ")) {
      throw new IllegalArgumentException("bad interface name: " + name);
    }
    if (baseIndex <= 0) {
      throw new IllegalArgumentException("base interface index must be positive: " + baseIndex);
    }
    if (kind == VirtualLinkKind.MACVLAN && mac == null) {
      throw new IllegalArgumentException("a macvlan needs a MAC address");
    }
  }

  /** A macvlan in {@code mode} with the given MAC. */
  public static VirtualLinkSpec macvlan(String name, int baseIndex, MacAddress mac, int mode) {
    return new VirtualLinkSpec(name, baseIndex, VirtualLinkKind.MACVLAN, mac, mode, 0);
  }

  /** An ipvlan in {@code mode} (L2, L3, L3S) with {@code flags} (bridge, private, vepa). */
  public static VirtualLinkSpec ipvlan(String name, int baseIndex, int mode, int flags) {
    return new VirtualLinkSpec(name, baseIndex, VirtualLinkKind.IPVLAN, null, mode, flags);
  }
}
