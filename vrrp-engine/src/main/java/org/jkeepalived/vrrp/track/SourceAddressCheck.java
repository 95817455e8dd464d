package org.jkeepalived.vrrp.track;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Collection;

/**
 * Whether an instance lacks its source address (keepalived's VRRP_FAULT_FL_NO_SOURCE_IP).
 *
 * <ul>
 *   <li>No configured source (no mcast_src_ip/unicast_src_ip): the instance takes an address of
 *       its family from its interface (IPv4: any; IPv6: a link-local one) and is in FAULT while the
 *       interface has none;
 *   <li>a configured source with {@code track_src_ip}: FAULT while that address is not on the
 *       interface ("if the configured src_ip doesn't exist or is removed put the instance into
 *       fault state", keepalived.conf(5));
 *   <li>a configured source without {@code track_src_ip}: never a fault.
 * </ul>
 */
public final class SourceAddressCheck {
  private SourceAddressCheck() {}

  /**
   * @param configuredSource the configured source address, or null
   * @param ipv6 the instance's family
   * @param interfaceAddresses the addresses now on the instance's interface
   * @return true when the instance must be in FAULT for want of a source address
   */
  public static boolean fault(
      InetAddress configuredSource,
      boolean trackSrcIp,
      boolean ipv6,
      Collection<InetAddress> interfaceAddresses) {
    if (configuredSource != null) {
      return trackSrcIp && !interfaceAddresses.contains(configuredSource);
    }
    for (InetAddress a : interfaceAddresses) {
      if (ipv6 ? a instanceof Inet6Address && a.isLinkLocalAddress() : !(a instanceof Inet6Address)) {
        return false;
      }
    }
    return true;
  }
}
