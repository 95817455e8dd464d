package org.jkeepalived.linux.ipvs;

import java.util.Objects;

/**
 * An IPVS destination (real server) as set and as dumped (IPVS_DEST_ATTR_*).
 *
 * @param key address and port
 * @param family the destination's address family (may differ from the service's for TUN)
 * @param forwarding IP_VS_CONN_F_MASQ (0), LOCALNODE (1), TUNNEL (2) or DROUTE (3)
 * @param weight 0..65535 in keepalived's use (the kernel takes a signed 32-bit value)
 * @param upperThreshold 0: none
 * @param lowerThreshold 0: none
 * @param tunnelType IP_VS_CONN_F_TUNNEL_TYPE_IPIP (0), GUE (1), GRE (2)
 * @param tunnelPort GUE port
 * @param tunnelFlags IP_VS_TUNNEL_ENCAP_FLAG_NOCSUM (0), CSUM (1), REMCSUM (2)
 * @param activeConns dumped only
 * @param inactiveConns dumped only
 * @param persistentConns dumped only
 * @param stats dumped only; {@link IpvsCounters#ZERO} when setting
 */
public record IpvsDestination(
    IpvsDestKey key,
    int family,
    int forwarding,
    int weight,
    long upperThreshold,
    long lowerThreshold,
    int tunnelType,
    int tunnelPort,
    int tunnelFlags,
    long activeConns,
    long inactiveConns,
    long persistentConns,
    IpvsCounters stats) {

  public static final int FWD_MASQ = 0;
  public static final int FWD_LOCALNODE = 1;
  public static final int FWD_TUNNEL = 2;
  public static final int FWD_DROUTE = 3;

  public IpvsDestination {
    Objects.requireNonNull(key);
    Objects.requireNonNull(stats);
  }

  /** The same destination with another weight (a SET_DEST). */
  public IpvsDestination withWeight(int w) {
    return new IpvsDestination(
        key, family, forwarding, w, upperThreshold, lowerThreshold, tunnelType, tunnelPort,
        tunnelFlags, activeConns, inactiveConns, persistentConns, stats);
  }

  /** The same destination as it would be set: without counters and connection gauges. */
  public IpvsDestination withoutStats() {
    return new IpvsDestination(
        key, family, forwarding, weight, upperThreshold, lowerThreshold, tunnelType, tunnelPort,
        tunnelFlags, 0, 0, 0, IpvsCounters.ZERO);
  }
}
