package org.jkeepalived.mibs.model;

/**
 * Router-wide VRRP error counters: packets no instance could take. Two scopes, as the two MIBs
 * have: VRRPv3-MIB (RFC 6527) vrrpv3Router*Errors count every VRRP packet, v2 and v3, IPv4 and
 * IPv6; VRRP-MIB (RFC 2787, VRRPv2 for IPv4) vrrpRouter*Errors only those for VRRPv2 over IPv4,
 * as keepalived sums them over the instances RFC 2787 covers (vrrp_snmp.c,
 * suitable_for_rfc2787).
 *
 * @param checksumErrors vrrpv3RouterChecksumErrors
 * @param versionErrors vrrpv3RouterVersionErrors
 * @param vrIdErrors vrrpv3RouterVrIdErrors
 * @param v2ChecksumErrors vrrpRouterChecksumErrors
 * @param v2VersionErrors vrrpRouterVersionErrors
 * @param v2VrIdErrors vrrpRouterVrIdErrors
 */
public record VrrpRouterStats(long checksumErrors, long versionErrors, long vrIdErrors,
    long v2ChecksumErrors, long v2VersionErrors, long v2VrIdErrors) {
  public static final VrrpRouterStats ZERO = new VrrpRouterStats(0, 0, 0, 0, 0, 0);
}
