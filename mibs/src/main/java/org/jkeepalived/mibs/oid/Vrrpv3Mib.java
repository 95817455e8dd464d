package org.jkeepalived.mibs.oid;

/**
 * The OIDs of VRRPv3-MIB (RFC 6527, mib-2.207): every node, scalar, table, entry, column and
 * notification, named as in the module (src/main/mib/VRRPv3-MIB.txt). Instances add the index: a
 * scalar's is {@code .0}, a column's is the row index. {@code MibOidsTest} checks each constant
 * against the module text, and that no object of the module is missing here.
 */
public final class Vrrpv3Mib {
  private Vrrpv3Mib() {}

  /** node 1.3.6.1.2.1.207. */
  public static final Oid vrrpv3MIB = Oid.of(1, 3, 6, 1, 2, 1, 207);
  /** node 1.3.6.1.2.1.207.0. */
  public static final Oid vrrpv3Notifications = Oid.of(1, 3, 6, 1, 2, 1, 207, 0);
  /** notification 1.3.6.1.2.1.207.0.1. */
  public static final Oid vrrpv3NewMaster = Oid.of(1, 3, 6, 1, 2, 1, 207, 0, 1);
  /** notification 1.3.6.1.2.1.207.0.2. */
  public static final Oid vrrpv3ProtoError = Oid.of(1, 3, 6, 1, 2, 1, 207, 0, 2);
  /** node 1.3.6.1.2.1.207.1. */
  public static final Oid vrrpv3Objects = Oid.of(1, 3, 6, 1, 2, 1, 207, 1);
  /** node 1.3.6.1.2.1.207.1.1. */
  public static final Oid vrrpv3Operations = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1);
  /** table 1.3.6.1.2.1.207.1.1.1. */
  public static final Oid vrrpv3OperationsTable = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1);
  /** row 1.3.6.1.2.1.207.1.1.1.1. */
  public static final Oid vrrpv3OperationsEntry = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1);
  /** column 1.3.6.1.2.1.207.1.1.1.1.1. */
  public static final Oid vrrpv3OperationsVrId = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 1);
  /** column 1.3.6.1.2.1.207.1.1.1.1.2. */
  public static final Oid vrrpv3OperationsInetAddrType =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 2);
  /** column 1.3.6.1.2.1.207.1.1.1.1.3. */
  public static final Oid vrrpv3OperationsMasterIpAddr =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 3);
  /** column 1.3.6.1.2.1.207.1.1.1.1.4. */
  public static final Oid vrrpv3OperationsPrimaryIpAddr =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 4);
  /** column 1.3.6.1.2.1.207.1.1.1.1.5. */
  public static final Oid vrrpv3OperationsVirtualMacAddr =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 5);
  /** column 1.3.6.1.2.1.207.1.1.1.1.6. */
  public static final Oid vrrpv3OperationsStatus = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 6);
  /** column 1.3.6.1.2.1.207.1.1.1.1.7. */
  public static final Oid vrrpv3OperationsPriority = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 7);
  /** column 1.3.6.1.2.1.207.1.1.1.1.8. */
  public static final Oid vrrpv3OperationsAddrCount = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 8);
  /** column 1.3.6.1.2.1.207.1.1.1.1.9. */
  public static final Oid vrrpv3OperationsAdvInterval =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 9);
  /** column 1.3.6.1.2.1.207.1.1.1.1.10. */
  public static final Oid vrrpv3OperationsPreemptMode =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 10);
  /** column 1.3.6.1.2.1.207.1.1.1.1.11. */
  public static final Oid vrrpv3OperationsAcceptMode =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 11);
  /** column 1.3.6.1.2.1.207.1.1.1.1.12. */
  public static final Oid vrrpv3OperationsUpTime = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 12);
  /** column 1.3.6.1.2.1.207.1.1.1.1.13. */
  public static final Oid vrrpv3OperationsRowStatus = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 1, 1, 13);
  /** table 1.3.6.1.2.1.207.1.1.2. */
  public static final Oid vrrpv3AssociatedIpAddrTable = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 2);
  /** row 1.3.6.1.2.1.207.1.1.2.1. */
  public static final Oid vrrpv3AssociatedIpAddrEntry = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 2, 1);
  /** column 1.3.6.1.2.1.207.1.1.2.1.1. */
  public static final Oid vrrpv3AssociatedIpAddrAddress =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 2, 1, 1);
  /** column 1.3.6.1.2.1.207.1.1.2.1.2. */
  public static final Oid vrrpv3AssociatedIpAddrRowStatus =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 1, 2, 1, 2);
  /** node 1.3.6.1.2.1.207.1.2. */
  public static final Oid vrrpv3Statistics = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2);
  /** scalar 1.3.6.1.2.1.207.1.2.1. */
  public static final Oid vrrpv3RouterChecksumErrors = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 1);
  /** scalar 1.3.6.1.2.1.207.1.2.2. */
  public static final Oid vrrpv3RouterVersionErrors = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 2);
  /** scalar 1.3.6.1.2.1.207.1.2.3. */
  public static final Oid vrrpv3RouterVrIdErrors = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 3);
  /** scalar 1.3.6.1.2.1.207.1.2.4. */
  public static final Oid vrrpv3GlobalStatisticsDiscontinuityTime =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 4);
  /** table 1.3.6.1.2.1.207.1.2.5. */
  public static final Oid vrrpv3StatisticsTable = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5);
  /** row 1.3.6.1.2.1.207.1.2.5.1. */
  public static final Oid vrrpv3StatisticsEntry = Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1);
  /** column 1.3.6.1.2.1.207.1.2.5.1.1. */
  public static final Oid vrrpv3StatisticsMasterTransitions =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 1);
  /** column 1.3.6.1.2.1.207.1.2.5.1.2. */
  public static final Oid vrrpv3StatisticsNewMasterReason =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 2);
  /** column 1.3.6.1.2.1.207.1.2.5.1.3. */
  public static final Oid vrrpv3StatisticsRcvdAdvertisements =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 3);
  /** column 1.3.6.1.2.1.207.1.2.5.1.4. */
  public static final Oid vrrpv3StatisticsAdvIntervalErrors =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 4);
  /** column 1.3.6.1.2.1.207.1.2.5.1.5. */
  public static final Oid vrrpv3StatisticsIpTtlErrors =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 5);
  /** column 1.3.6.1.2.1.207.1.2.5.1.6. */
  public static final Oid vrrpv3StatisticsProtoErrReason =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 6);
  /** column 1.3.6.1.2.1.207.1.2.5.1.7. */
  public static final Oid vrrpv3StatisticsRcvdPriZeroPackets =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 7);
  /** column 1.3.6.1.2.1.207.1.2.5.1.8. */
  public static final Oid vrrpv3StatisticsSentPriZeroPackets =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 8);
  /** column 1.3.6.1.2.1.207.1.2.5.1.9. */
  public static final Oid vrrpv3StatisticsRcvdInvalidTypePackets =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 9);
  /** column 1.3.6.1.2.1.207.1.2.5.1.10. */
  public static final Oid vrrpv3StatisticsAddressListErrors =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 10);
  /** column 1.3.6.1.2.1.207.1.2.5.1.11. */
  public static final Oid vrrpv3StatisticsPacketLengthErrors =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 11);
  /** column 1.3.6.1.2.1.207.1.2.5.1.12. */
  public static final Oid vrrpv3StatisticsRowDiscontinuityTime =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 12);
  /** column 1.3.6.1.2.1.207.1.2.5.1.13. */
  public static final Oid vrrpv3StatisticsRefreshRate =
      Oid.of(1, 3, 6, 1, 2, 1, 207, 1, 2, 5, 1, 13);
  /** node 1.3.6.1.2.1.207.2. */
  public static final Oid vrrpv3Conformance = Oid.of(1, 3, 6, 1, 2, 1, 207, 2);
  /** node 1.3.6.1.2.1.207.2.1. */
  public static final Oid vrrpv3Compliances = Oid.of(1, 3, 6, 1, 2, 1, 207, 2, 1);
  /** node 1.3.6.1.2.1.207.2.2. */
  public static final Oid vrrpv3Groups = Oid.of(1, 3, 6, 1, 2, 1, 207, 2, 2);
}
