package org.jkeepalived.vrrp.service;

import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;

/**
 * The router-wide error counters as the engine loop increments them, in their two scopes (see
 * {@link VrrpRouterStats}): VRRPv3-MIB vrrpv3Router*Errors count every packet, VRRP-MIB
 * vrrpRouter*Errors only those for VRRPv2 over IPv4. {@link #snapshot()} gives the store's
 * {@code VRRP_ROUTER_STATS} row.
 */
final class RouterErrorCounter {
  private long checksumErrors;
  private long versionErrors;
  private long vrIdErrors;
  private long v2ChecksumErrors;
  private long v2VersionErrors;
  private long v2VrIdErrors;

  /** Starts from what the store holds, so that an engine restarted by the host counts on. */
  RouterErrorCounter(VrrpRouterStats from) {
    checksumErrors = from.checksumErrors();
    versionErrors = from.versionErrors();
    vrIdErrors = from.vrIdErrors();
    v2ChecksumErrors = from.v2ChecksumErrors();
    v2VersionErrors = from.v2VersionErrors();
    v2VrIdErrors = from.v2VrIdErrors();
  }

  /**
   * Counts an instance's decode error if it is one of the router-wide kinds; returns whether it
   * was.
   *
   * @param rfc2787 the instance is VRRPv2 over IPv4, which VRRP-MIB covers
   */
  boolean rejected(VrrpDecodeError.Reason reason, boolean rfc2787) {
    switch (reason) {
      case CHECKSUM -> {
        checksumErrors++;
        v2ChecksumErrors += rfc2787 ? 1 : 0;
      }
      case VERSION -> {
        versionErrors++;
        v2VersionErrors += rfc2787 ? 1 : 0;
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * An advert whose VRID no instance on its interface has (vrrpv3RouterVrIdErrors, and
   * vrrpRouterVrIdErrors when {@code rfc2787}: a VRRPv2 packet over IPv4).
   */
  void unknownVrid(boolean rfc2787) {
    vrIdErrors++;
    v2VrIdErrors += rfc2787 ? 1 : 0;
  }

  VrrpRouterStats snapshot() {
    return new VrrpRouterStats(checksumErrors, versionErrors, vrIdErrors, v2ChecksumErrors,
        v2VersionErrors, v2VrIdErrors);
  }
}
