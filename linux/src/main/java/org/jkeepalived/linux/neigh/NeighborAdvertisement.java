package org.jkeepalived.linux.neigh;

import java.net.Inet6Address;
import java.util.Objects;

/**
 * An ICMPv6 Neighbor Advertisement (RFC 4861 section 4.4) with an optional Target Link-Layer
 * Address option.
 *
 * @param router R flag: the sender is a router
 * @param solicited S flag: a reply to a solicitation (false for unsolicited ones)
 * @param override O flag: replace cached link-layer addresses
 * @param target the advertised address
 * @param targetLinkLayer option type 2, or null when absent
 */
public record NeighborAdvertisement(
    boolean router,
    boolean solicited,
    boolean override,
    Inet6Address target,
    MacAddress targetLinkLayer) {

  public NeighborAdvertisement {
    Objects.requireNonNull(target, "target");
  }

  /**
   * An unsolicited advertisement announcing that {@code target} is now at {@code mac}: S clear, O
   * set, link-layer option present (RFC 4861 section 7.2.6).
   */
  public static NeighborAdvertisement unsolicited(Inet6Address target, MacAddress mac,
      boolean router) {
    return new NeighborAdvertisement(router, false, true, target, mac);
  }
}
