package org.jkeepalived.vrrp.service;

import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;

/**
 * The router-wide error counters (VRRP-MIB vrrpRouterChecksumErrors, vrrpRouterVersionErrors,
 * vrrpRouterVrIdErrors and their VRRPv3-MIB twins) as the engine loop increments them; {@link
 * #snapshot()} for the store's {@code VRRP_ROUTER_STATS} row. One row serves both MIBs, v2 and v3,
 * IPv4 and IPv6, as the store models it.
 */
final class RouterErrorCounter {
  private long checksumErrors;
  private long versionErrors;
  private long vrIdErrors;

  /** Starts from what the store holds, so that an engine restarted by the host counts on. */
  RouterErrorCounter(VrrpRouterStats from) {
    checksumErrors = from.checksumErrors();
    versionErrors = from.versionErrors();
    vrIdErrors = from.vrIdErrors();
  }

  /**
   * Counts an instance's decode error if it is one of the router-wide kinds; returns whether it
   * was.
   */
  boolean rejected(VrrpDecodeError.Reason reason) {
    switch (reason) {
      case CHECKSUM -> checksumErrors++;
      case VERSION -> versionErrors++;
      default -> {
        return false;
      }
    }
    return true;
  }

  /** An advert whose VRID no instance on its interface has (RFC 2787 vrrpRouterVrIdErrors). */
  void unknownVrid() {
    vrIdErrors++;
  }

  VrrpRouterStats snapshot() {
    return new VrrpRouterStats(checksumErrors, versionErrors, vrIdErrors);
  }
}
