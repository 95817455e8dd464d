package org.jkeepalived.linux.rtnl;

import org.jkeepalived.linux.neigh.MacAddress;

/**
 * A macvlan or ipvlan link as RTM_NEWLINK reports it, with the fields that tell whether an
 * existing link is the one VRRP wants (a daemon restarted after a crash finds its VMAC there).
 *
 * @param link the common link fields
 * @param baseIndex IFLA_LINK, or 0 when absent
 * @param kind the virtual kind
 * @param mode IFLA_MACVLAN_MODE or IFLA_IPVLAN_MODE, or -1 when absent
 * @param ipvlanFlags IFLA_IPVLAN_FLAGS, 0 when absent
 */
public record VirtualLinkDetails(
    LinkInfo link, int baseIndex, VirtualLinkKind kind, int mode, int ipvlanFlags) {

  /** The link's MAC, or null. */
  public MacAddress mac() {
    byte[] b = link.hardwareAddress();
    return b == null || b.length != 6 ? null : MacAddress.of(b);
  }

  /** Whether this link is what {@code spec} asks for (name, base, kind, mode, MAC). */
  public boolean matches(VirtualLinkSpec spec) {
    return link.name().equals(spec.name()) && baseIndex == spec.baseIndex()
        && kind == spec.kind() && mode == spec.mode()
        && (spec.kind() != VirtualLinkKind.MACVLAN || spec.mac().equals(mac()))
        && (spec.kind() != VirtualLinkKind.IPVLAN || ipvlanFlags == spec.ipvlanFlags());
  }
}
