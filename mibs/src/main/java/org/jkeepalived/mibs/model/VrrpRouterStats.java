package org.jkeepalived.mibs.model;

/**
 * Router-wide VRRP error counters (vrrpRouterChecksumErrors, vrrpRouterVersionErrors,
 * vrrpRouterVrIdErrors and their VRRPv3 twins): packets no instance could take.
 */
public record VrrpRouterStats(long checksumErrors, long versionErrors, long vrIdErrors) {
  public static final VrrpRouterStats ZERO = new VrrpRouterStats(0, 0, 0);
}
