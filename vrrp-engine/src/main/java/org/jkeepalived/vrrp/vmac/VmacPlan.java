package org.jkeepalived.vrrp.vmac;

import java.util.Locale;
import java.util.Optional;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.rtnl.VirtualLinkCodec;
import org.jkeepalived.linux.rtnl.VirtualLinkKind;
import org.jkeepalived.linux.rtnl.VirtualLinkSpec;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;

/**
 * The virtual interface one VRRP instance runs on, as keepalived 2.2.7 lays it out ({@code
 * use_vmac} / {@code use_ipvlan}):
 *
 * <ul>
 *   <li>{@code use_vmac [NAME] [MAC]}: a macvlan in mode private on the instance's interface,
 *       named NAME or {@code vrrp.VRID} (IPv6 instances too: 2.2.7 names them so), with MAC
 *       00-00-5E-00-01-VRID for IPv4 and 00-00-5E-00-02-VRID for IPv6 (RFC 5798 section 7.3),
 *       or the given MAC (five octets get the VRID as sixth).
 *   <li>{@code use_ipvlan [NAME] [ADDR] [bridge|private|vepa]}: an ipvlan in mode L2, flags
 *       bridge by default, holding ADDR.
 * </ul>
 * VIPs go on the virtual interface; adverts are sent and received on it too unless {@code
 * vmac_xmit_base}, in which case they use the base interface.
 *
 * @param kind macvlan or ipvlan
 * @param name the virtual interface's name
 * @param baseName the instance's (base) interface
 * @param mac the macvlan's MAC; null for ipvlan
 * @param ipv6 whether the instance is IPv6 (its VMAC then gets the base's link-local address)
 * @param xmitBase adverts on the base interface ({@code vmac_xmit_base})
 * @param ipvlanAddress the ipvlan's own address, or null
 * @param ipvlanFlags IFLA_IPVLAN_FLAGS (bridge, private, vepa)
 */
public record VmacPlan(VirtualLinkKind kind, String name, String baseName, MacAddress mac,
    boolean ipv6, boolean xmitBase, IpPrefix ipvlanAddress, int ipvlanFlags) {

  /** keepalived's default global_defs {@code vmac_prefix}: names are PREFIX.VRID. */
  public static final String DEFAULT_PREFIX = "vrrp";

  /** The plan of an instance with the default prefix, or empty without VMAC or ipvlan. */
  public static Optional<VmacPlan> of(VrrpInstanceConfig c) {
    return of(c, DEFAULT_PREFIX);
  }

  /**
   * The plan of an instance, or empty when it uses neither a VMAC nor an ipvlan.
   *
   * @param prefix global_defs {@code vmac_prefix}: an unnamed VMAC is {@code prefix.VRID}
   */
  public static Optional<VmacPlan> of(VrrpInstanceConfig c, String prefix) {
    String base = (prefix == null || prefix.isEmpty() ? DEFAULT_PREFIX : prefix) + ".";
    VrrpInstanceConfig.Vmac v = c.vmac();
    if (v == null || !(v.useVmac() || v.useIpvlan())) {
      return Optional.empty();
    }
    int vrid = c.virtualRouterId();
    if (v.useVmac()) {
      String name = v.vmacName() != null ? v.vmacName() : base + vrid;
      MacAddress mac = v.vmacMac() != null ? mac(v.vmacMac(), vrid) : virtualMac(c.ipv6(), vrid);
      return Optional.of(new VmacPlan(VirtualLinkKind.MACVLAN, name, c.interfaceName(), mac,
          c.ipv6(), v.xmitBase(), null, 0));
    }
    String name = v.ipvlanName() != null ? v.ipvlanName() : base + vrid;
    return Optional.of(new VmacPlan(VirtualLinkKind.IPVLAN, name, c.interfaceName(), null,
        c.ipv6(), v.xmitBase(), v.ipvlanAddress(), ipvlanFlags(v.ipvlanMode())));
  }

  /** The VRRP virtual router MAC of RFC 5798 section 7.3. */
  public static MacAddress virtualMac(boolean ipv6, int vrid) {
    if (vrid < 1 || vrid > 255) {
      throw new IllegalArgumentException("VRID must be 1-255: " + vrid);
    }
    return MacAddress.of(new byte[] {0, 0, 0x5e, 0, (byte) (ipv6 ? 2 : 1), (byte) vrid});
  }

  /** A configured MAC: six octets, or five with the VRID appended (keepalived's short form). */
  static MacAddress mac(String text, int vrid) {
    String t = text.trim();
    return t.split(":").length == 5
        ? MacAddress.parse(t + ":" + String.format(Locale.ROOT, "%02x", vrid))
        : MacAddress.parse(t);
  }

  /** {@code bridge} (default), {@code private} or {@code vepa} as IFLA_IPVLAN_FLAGS. */
  static int ipvlanFlags(String mode) {
    if (mode == null) {
      return VirtualLinkCodec.IPVLAN_F_BRIDGE;
    }
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "private" -> VirtualLinkCodec.IPVLAN_F_PRIVATE;
      case "vepa" -> VirtualLinkCodec.IPVLAN_F_VEPA;
      default -> VirtualLinkCodec.IPVLAN_F_BRIDGE;
    };
  }

  /** The link to create on the base interface of index {@code baseIndex}. */
  public VirtualLinkSpec spec(int baseIndex) {
    return kind == VirtualLinkKind.MACVLAN
        ? VirtualLinkSpec.macvlan(name, baseIndex, mac, VirtualLinkCodec.MACVLAN_MODE_PRIVATE)
        : VirtualLinkSpec.ipvlan(name, baseIndex, VirtualLinkCodec.IPVLAN_MODE_L2, ipvlanFlags);
  }

  /** The interface adverts are sent and received on. */
  public String advertInterface() {
    return xmitBase ? baseName : name;
  }
}
