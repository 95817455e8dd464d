package org.jkeepalived.linux.rtnl;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * An address on an interface, as added, deleted or dumped over rtnetlink.
 *
 * @param ifindex interface index
 * @param address the local address (IFA_LOCAL)
 * @param prefixLength prefix length, 0-32 or 0-128
 * @param scope an {@code Rtnl.RT_SCOPE_*} value
 * @param label IPv4 label (e.g. {@code eth0:1}), or null
 * @param broadcast IPv4 broadcast, or null
 * @param peer point-to-point peer (IFA_ADDRESS when it differs from the local address), or null
 * @param flags {@code Rtnl.IFA_F_*} bits (all 32, carried in IFA_FLAGS when above 8 bits)
 * @param preferredLifetime preferred lifetime, or null to leave the kernel default (forever) when
 *     adding; keepalived sets 0 for IPv6 /128 VIPs to deprecate them as source addresses
 * @param validLifetime valid lifetime, or null (forever)
 */
public record InterfaceAddress(
    int ifindex,
    InetAddress address,
    int prefixLength,
    int scope,
    String label,
    InetAddress broadcast,
    InetAddress peer,
    int flags,
    Duration preferredLifetime,
    Duration validLifetime) {

  /** The lifetime rtnetlink calls infinite. */
  public static final Duration FOREVER = Duration.ofSeconds(Rtnl.INFINITY_LIFE_TIME);

  public InterfaceAddress {
    Objects.requireNonNull(address, "address");
    int max = isIpv4Address(address) ? 32 : 128;
    if (prefixLength < 0 || prefixLength > max) {
      throw new IllegalArgumentException("prefix length " + prefixLength + " for " + address);
    }
    if (scope < 0 || scope > 255) {
      throw new IllegalArgumentException("scope " + scope);
    }
    if (label != null && (label.isEmpty() || label.length() > 15)) {
      throw new IllegalArgumentException("label must be 1-15 characters: " + label);
    }
  }

  /** A plain address with universe scope and no options. */
  public static InterfaceAddress of(int ifindex, InetAddress address, int prefixLength) {
    return new InterfaceAddress(
        ifindex, address, prefixLength, Rtnl.RT_SCOPE_UNIVERSE, null, null, null, 0, null, null);
  }

  /**
   * A VRRP virtual address with keepalived 2.2.7's defaults: IPv6 VIPs get IFA_F_NODAD (the
   * backups hold the same address, so DAD would fail it) and, for /128, preferred_lft 0 so they
   * are never chosen as source (keepalived.conf(5) "preferred_lft").
   */
  public static InterfaceAddress vip(int ifindex, InetAddress address, int prefixLength) {
    if (isIpv4Address(address)) {
      return of(ifindex, address, prefixLength);
    }
    Duration preferred = prefixLength == 128 ? Duration.ZERO : null;
    return new InterfaceAddress(ifindex, address, prefixLength, Rtnl.RT_SCOPE_UNIVERSE, null, null,
        null, Rtnl.IFA_F_NODAD, preferred, null);
  }

  public boolean isIpv4() {
    return isIpv4Address(address);
  }

  public InterfaceAddress withFlags(int newFlags) {
    return new InterfaceAddress(ifindex, address, prefixLength, scope, label, broadcast, peer,
        newFlags, preferredLifetime, validLifetime);
  }

  public InterfaceAddress withScope(int newScope) {
    return new InterfaceAddress(ifindex, address, prefixLength, newScope, label, broadcast, peer,
        flags, preferredLifetime, validLifetime);
  }

  public InterfaceAddress withLabel(String newLabel) {
    return new InterfaceAddress(ifindex, address, prefixLength, scope, newLabel, broadcast, peer,
        flags, preferredLifetime, validLifetime);
  }

  public InterfaceAddress withBroadcast(InetAddress newBroadcast) {
    return new InterfaceAddress(ifindex, address, prefixLength, scope, label, newBroadcast, peer,
        flags, preferredLifetime, validLifetime);
  }

  public InterfaceAddress withPeer(InetAddress newPeer) {
    return new InterfaceAddress(ifindex, address, prefixLength, scope, label, broadcast, newPeer,
        flags, preferredLifetime, validLifetime);
  }

  public InterfaceAddress withLifetimes(Duration preferred, Duration valid) {
    return new InterfaceAddress(ifindex, address, prefixLength, scope, label, broadcast, peer,
        flags, preferred, valid);
  }

  /** Same interface, address and prefix: what the kernel matches on delete. */
  public boolean sameAddress(InterfaceAddress other) {
    return ifindex == other.ifindex
        && prefixLength == other.prefixLength
        && address.equals(other.address);
  }

  private static boolean isIpv4Address(InetAddress a) {
    return a instanceof Inet4Address;
  }
}
