package org.jkeepalived.mibs.oid;

/**
 * The OIDs of VRRP-MIB (RFC 2787, mib-2.68): every node, scalar, table, entry, column and
 * notification, named as in the module (src/main/mib/VRRP-MIB.txt). Instances add the index: a
 * scalar's is {@code .0}, a column's is the row index. {@code MibOidsTest} checks each constant
 * against the module text, and that no object of the module is missing here.
 */
public final class VrrpMib {
  private VrrpMib() {}

  /** node 1.3.6.1.2.1.68. */
  public static final Oid vrrpMIB = Oid.of(1, 3, 6, 1, 2, 1, 68);
  /** node 1.3.6.1.2.1.68.0. */
  public static final Oid vrrpNotifications = Oid.of(1, 3, 6, 1, 2, 1, 68, 0);
  /** notification 1.3.6.1.2.1.68.0.1. */
  public static final Oid vrrpTrapNewMaster = Oid.of(1, 3, 6, 1, 2, 1, 68, 0, 1);
  /** notification 1.3.6.1.2.1.68.0.2. */
  public static final Oid vrrpTrapAuthFailure = Oid.of(1, 3, 6, 1, 2, 1, 68, 0, 2);
  /** node 1.3.6.1.2.1.68.1. */
  public static final Oid vrrpOperations = Oid.of(1, 3, 6, 1, 2, 1, 68, 1);
  /** scalar 1.3.6.1.2.1.68.1.1. */
  public static final Oid vrrpNodeVersion = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 1);
  /** scalar 1.3.6.1.2.1.68.1.2. */
  public static final Oid vrrpNotificationCntl = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 2);
  /** table 1.3.6.1.2.1.68.1.3. */
  public static final Oid vrrpOperTable = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3);
  /** row 1.3.6.1.2.1.68.1.3.1. */
  public static final Oid vrrpOperEntry = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1);
  /** column 1.3.6.1.2.1.68.1.3.1.1. */
  public static final Oid vrrpOperVrId = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 1);
  /** column 1.3.6.1.2.1.68.1.3.1.2. */
  public static final Oid vrrpOperVirtualMacAddr = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 2);
  /** column 1.3.6.1.2.1.68.1.3.1.3. */
  public static final Oid vrrpOperState = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 3);
  /** column 1.3.6.1.2.1.68.1.3.1.4. */
  public static final Oid vrrpOperAdminState = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 4);
  /** column 1.3.6.1.2.1.68.1.3.1.5. */
  public static final Oid vrrpOperPriority = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 5);
  /** column 1.3.6.1.2.1.68.1.3.1.6. */
  public static final Oid vrrpOperIpAddrCount = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 6);
  /** column 1.3.6.1.2.1.68.1.3.1.7. */
  public static final Oid vrrpOperMasterIpAddr = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 7);
  /** column 1.3.6.1.2.1.68.1.3.1.8. */
  public static final Oid vrrpOperPrimaryIpAddr = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 8);
  /** column 1.3.6.1.2.1.68.1.3.1.9. */
  public static final Oid vrrpOperAuthType = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 9);
  /** column 1.3.6.1.2.1.68.1.3.1.10. */
  public static final Oid vrrpOperAuthKey = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 10);
  /** column 1.3.6.1.2.1.68.1.3.1.11. */
  public static final Oid vrrpOperAdvertisementInterval = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 11);
  /** column 1.3.6.1.2.1.68.1.3.1.12. */
  public static final Oid vrrpOperPreemptMode = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 12);
  /** column 1.3.6.1.2.1.68.1.3.1.13. */
  public static final Oid vrrpOperVirtualRouterUpTime = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 13);
  /** column 1.3.6.1.2.1.68.1.3.1.14. */
  public static final Oid vrrpOperProtocol = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 14);
  /** column 1.3.6.1.2.1.68.1.3.1.15. */
  public static final Oid vrrpOperRowStatus = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 3, 1, 15);
  /** table 1.3.6.1.2.1.68.1.4. */
  public static final Oid vrrpAssoIpAddrTable = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 4);
  /** row 1.3.6.1.2.1.68.1.4.1. */
  public static final Oid vrrpAssoIpAddrEntry = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 4, 1);
  /** column 1.3.6.1.2.1.68.1.4.1.1. */
  public static final Oid vrrpAssoIpAddr = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 4, 1, 1);
  /** column 1.3.6.1.2.1.68.1.4.1.2. */
  public static final Oid vrrpAssoIpAddrRowStatus = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 4, 1, 2);
  /** scalar 1.3.6.1.2.1.68.1.5. */
  public static final Oid vrrpTrapPacketSrc = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 5);
  /** scalar 1.3.6.1.2.1.68.1.6. */
  public static final Oid vrrpTrapAuthErrorType = Oid.of(1, 3, 6, 1, 2, 1, 68, 1, 6);
  /** node 1.3.6.1.2.1.68.2. */
  public static final Oid vrrpStatistics = Oid.of(1, 3, 6, 1, 2, 1, 68, 2);
  /** scalar 1.3.6.1.2.1.68.2.1. */
  public static final Oid vrrpRouterChecksumErrors = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 1);
  /** scalar 1.3.6.1.2.1.68.2.2. */
  public static final Oid vrrpRouterVersionErrors = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 2);
  /** scalar 1.3.6.1.2.1.68.2.3. */
  public static final Oid vrrpRouterVrIdErrors = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 3);
  /** table 1.3.6.1.2.1.68.2.4. */
  public static final Oid vrrpRouterStatsTable = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4);
  /** row 1.3.6.1.2.1.68.2.4.1. */
  public static final Oid vrrpRouterStatsEntry = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1);
  /** column 1.3.6.1.2.1.68.2.4.1.1. */
  public static final Oid vrrpStatsBecomeMaster = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 1);
  /** column 1.3.6.1.2.1.68.2.4.1.2. */
  public static final Oid vrrpStatsAdvertiseRcvd = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 2);
  /** column 1.3.6.1.2.1.68.2.4.1.3. */
  public static final Oid vrrpStatsAdvertiseIntervalErrors =
      Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 3);
  /** column 1.3.6.1.2.1.68.2.4.1.4. */
  public static final Oid vrrpStatsAuthFailures = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 4);
  /** column 1.3.6.1.2.1.68.2.4.1.5. */
  public static final Oid vrrpStatsIpTtlErrors = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 5);
  /** column 1.3.6.1.2.1.68.2.4.1.6. */
  public static final Oid vrrpStatsPriorityZeroPktsRcvd = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 6);
  /** column 1.3.6.1.2.1.68.2.4.1.7. */
  public static final Oid vrrpStatsPriorityZeroPktsSent = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 7);
  /** column 1.3.6.1.2.1.68.2.4.1.8. */
  public static final Oid vrrpStatsInvalidTypePktsRcvd = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 8);
  /** column 1.3.6.1.2.1.68.2.4.1.9. */
  public static final Oid vrrpStatsAddressListErrors = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 9);
  /** column 1.3.6.1.2.1.68.2.4.1.10. */
  public static final Oid vrrpStatsInvalidAuthType = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 10);
  /** column 1.3.6.1.2.1.68.2.4.1.11. */
  public static final Oid vrrpStatsAuthTypeMismatch = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 11);
  /** column 1.3.6.1.2.1.68.2.4.1.12. */
  public static final Oid vrrpStatsPacketLengthErrors = Oid.of(1, 3, 6, 1, 2, 1, 68, 2, 4, 1, 12);
  /** node 1.3.6.1.2.1.68.3. */
  public static final Oid vrrpConformance = Oid.of(1, 3, 6, 1, 2, 1, 68, 3);
  /** node 1.3.6.1.2.1.68.3.1. */
  public static final Oid vrrpMIBCompliances = Oid.of(1, 3, 6, 1, 2, 1, 68, 3, 1);
  /** node 1.3.6.1.2.1.68.3.2. */
  public static final Oid vrrpMIBGroups = Oid.of(1, 3, 6, 1, 2, 1, 68, 3, 2);
}
