package org.jkeepalived.mibs.model;

/**
 * Per-instance VRRP counters as the engine counts them; they feed vrrpRouterStatsTable (RFC 2787)
 * and vrrpv3StatisticsTable (RFC 6527). Values are never negative.
 *
 * <p>{@code checksumErrors} and {@code versionErrors} are per instance here (keepalived's
 * chk_err and vers_err, counted for packets of the instance's VRID); RFC 2787's
 * vrrpRouterChecksumErrors / vrrpRouterVersionErrors and RFC 6527's router-wide counterparts are
 * their sums over the instances.
 *
 * <p>{@code advertiseSent} and {@code releaseMaster} are keepalived's advert_sent and
 * release_master (its stats dump, read by keepalived-exporter); no MIB column serves them.
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
    long packetLengthErrors,
    long checksumErrors,
    long versionErrors,
    long advertiseSent,
    long releaseMaster) {

  public static final VrrpStats ZERO =
      new VrrpStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Counters without adverts sent and master releases (the form before those fields existed). */
  public VrrpStats(long becomeMaster, long advertiseRcvd, long advertiseIntervalErrors,
      long authFailures, long ipTtlErrors, long priorityZeroPktsRcvd, long priorityZeroPktsSent,
      long invalidTypePktsRcvd, long addressListErrors, long invalidAuthType,
      long authTypeMismatch, long packetLengthErrors, long checksumErrors, long versionErrors) {
    this(becomeMaster, advertiseRcvd, advertiseIntervalErrors, authFailures, ipTtlErrors,
        priorityZeroPktsRcvd, priorityZeroPktsSent, invalidTypePktsRcvd, addressListErrors,
        invalidAuthType, authTypeMismatch, packetLengthErrors, checksumErrors, versionErrors, 0,
        0);
  }

  /** Counters without checksum and version errors (the form before those fields existed). */
  public VrrpStats(long becomeMaster, long advertiseRcvd, long advertiseIntervalErrors,
      long authFailures, long ipTtlErrors, long priorityZeroPktsRcvd, long priorityZeroPktsSent,
      long invalidTypePktsRcvd, long addressListErrors, long invalidAuthType,
      long authTypeMismatch, long packetLengthErrors) {
    this(becomeMaster, advertiseRcvd, advertiseIntervalErrors, authFailures, ipTtlErrors,
        priorityZeroPktsRcvd, priorityZeroPktsSent, invalidTypePktsRcvd, addressListErrors,
        invalidAuthType, authTypeMismatch, packetLengthErrors, 0, 0, 0, 0);
  }

  public VrrpStats {
    for (long v :
        new long[] {
          becomeMaster, advertiseRcvd, advertiseIntervalErrors, authFailures, ipTtlErrors,
          priorityZeroPktsRcvd, priorityZeroPktsSent, invalidTypePktsRcvd, addressListErrors,
          invalidAuthType, authTypeMismatch, packetLengthErrors, checksumErrors, versionErrors,
          advertiseSent, releaseMaster
        }) {
      if (v < 0) {
        throw new IllegalArgumentException("counters are never negative");
      }
    }
  }
}
