package org.jkeepalived.mibs.model;

/**
 * Per-instance VRRP counters as the engine counts them; they feed vrrpRouterStatsTable (RFC 2787)
 * and vrrpv3StatisticsTable (RFC 6527). Values are never negative.
 */
public record VrrpStats(
    long becomeMaster,
    long advertiseRcvd,
    long advertiseIntervalErrors,
    long authFailures,
    long ipTtlErrors,
    long priorityZeroPktsRcvd,
    long priorityZeroPktsSent,
    long invalidTypePktsRcvd,
    long addressListErrors,
    long invalidAuthType,
    long authTypeMismatch,
    long packetLengthErrors) {

  public static final VrrpStats ZERO = new VrrpStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public VrrpStats {
    for (long v :
        new long[] {
          becomeMaster, advertiseRcvd, advertiseIntervalErrors, authFailures, ipTtlErrors,
          priorityZeroPktsRcvd, priorityZeroPktsSent, invalidTypePktsRcvd, addressListErrors,
          invalidAuthType, authTypeMismatch, packetLengthErrors
        }) {
      if (v < 0) {
        throw new IllegalArgumentException("counters are never negative");
      }
    }
  }
}
