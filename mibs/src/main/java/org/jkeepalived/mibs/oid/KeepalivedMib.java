package org.jkeepalived.mibs.oid;

/**
 * The OIDs of keepalived 2.2.7's KEEPALIVED-MIB (enterprises.debian.100.5): every node, scalar, table, entry, column and
 * notification, named as in the module (src/main/mib/KEEPALIVED-MIB.txt). Instances add the index: a
 * scalar's is {@code .0}, a column's is the row index. {@code MibOidsTest} checks each constant
 * against the module text, and that no object of the module is missing here.
 */
public final class KeepalivedMib {
  private KeepalivedMib() {}

  /** node 1.3.6.1.4.1.9586. */
  public static final Oid debian = Oid.of(1, 3, 6, 1, 4, 1, 9586);
  /** node 1.3.6.1.4.1.9586.100. */
  public static final Oid project = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100);
  /** node 1.3.6.1.4.1.9586.100.5. */
  public static final Oid keepalived = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5);
  /** node 1.3.6.1.4.1.9586.100.5.1. */
  public static final Oid global = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.1. */
  public static final Oid version = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 1);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.2. */
  public static final Oid routerId = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 2);
  /** node 1.3.6.1.4.1.9586.100.5.1.3. */
  public static final Oid mail = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.3.1. */
  public static final Oid smtpServerAddressType = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 1);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.3.2. */
  public static final Oid smtpServerAddress = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 2);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.3.3. */
  public static final Oid smtpServerTimeout = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 3);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.3.4. */
  public static final Oid emailFrom = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 4);
  /** table 1.3.6.1.4.1.9586.100.5.1.3.5. */
  public static final Oid emailTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 5);
  /** row 1.3.6.1.4.1.9586.100.5.1.3.5.1. */
  public static final Oid emailEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 5, 1);
  /** column 1.3.6.1.4.1.9586.100.5.1.3.5.1.1. */
  public static final Oid emailIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 5, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.1.3.5.1.2. */
  public static final Oid emailAddress = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 5, 1, 2);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.3.6. */
  public static final Oid smtpServerPort = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 6);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.3.7. */
  public static final Oid smtpEmailFaults = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 7);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.3.8. */
  public static final Oid smtpEmailSmtpAlert = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 8);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.3.9. */
  public static final Oid smtpEmailSmtpAlertVrrp = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 9);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.3.10. */
  public static final Oid smtpEmailSmtpAlertChecker =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 3, 10);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.4. */
  public static final Oid trapEnable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 4);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.5. */
  public static final Oid linkBeat = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 5);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.6. */
  public static final Oid lvsFlush = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 6);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.7. */
  public static final Oid ipvs64BitStats = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 7);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.8. */
  public static final Oid netNamespace = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 8);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.9. */
  public static final Oid dbus = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 9);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.10. */
  public static final Oid dynamicInterfaces = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 10);
  /** scalar 1.3.6.1.4.1.9586.100.5.1.11. */
  public static final Oid lvsFlushOnStop = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 1, 11);
  /** node 1.3.6.1.4.1.9586.100.5.2. */
  public static final Oid vrrp = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2);
  /** table 1.3.6.1.4.1.9586.100.5.2.1. */
  public static final Oid vrrpSyncGroupTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1);
  /** row 1.3.6.1.4.1.9586.100.5.2.1.1. */
  public static final Oid vrrpSyncGroupEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.1. */
  public static final Oid vrrpSyncGroupIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.2. */
  public static final Oid vrrpSyncGroupName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.3. */
  public static final Oid vrrpSyncGroupState = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.4. */
  public static final Oid vrrpSyncGroupSmtpAlert =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.5. */
  public static final Oid vrrpSyncGroupNotifyExec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.6. */
  public static final Oid vrrpSyncGroupScriptMaster =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.7. */
  public static final Oid vrrpSyncGroupScriptBackup =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.8. */
  public static final Oid vrrpSyncGroupScriptFault =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.9. */
  public static final Oid vrrpSyncGroupScript = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 9);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.10. */
  public static final Oid vrrpSyncGroupTrackingWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 10);
  /** column 1.3.6.1.4.1.9586.100.5.2.1.1.11. */
  public static final Oid vrrpSyncGroupScriptStop =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 1, 1, 11);
  /** table 1.3.6.1.4.1.9586.100.5.2.2. */
  public static final Oid vrrpSyncGroupMemberTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 2);
  /** row 1.3.6.1.4.1.9586.100.5.2.2.1. */
  public static final Oid vrrpSyncGroupMemberEntry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 2, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.2.1.1. */
  public static final Oid vrrpSyncGroupMemberInstanceIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 2, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.2.1.2. */
  public static final Oid vrrpSyncGroupMemberName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 2, 1, 2);
  /** table 1.3.6.1.4.1.9586.100.5.2.3. */
  public static final Oid vrrpInstanceTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3);
  /** row 1.3.6.1.4.1.9586.100.5.2.3.1. */
  public static final Oid vrrpInstanceEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.1. */
  public static final Oid vrrpInstanceIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.2. */
  public static final Oid vrrpInstanceName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.3. */
  public static final Oid vrrpInstanceVirtualRouterId =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.4. */
  public static final Oid vrrpInstanceState = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.5. */
  public static final Oid vrrpInstanceInitialState =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.6. */
  public static final Oid vrrpInstanceWantedState =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.7. */
  public static final Oid vrrpInstanceBasePriority =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.8. */
  public static final Oid vrrpInstanceEffectivePriority =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.9. */
  public static final Oid vrrpInstanceVipsStatus =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 9);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.10. */
  public static final Oid vrrpInstancePrimaryInterface =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 10);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.11. */
  public static final Oid vrrpInstanceTrackPrimaryIf =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 11);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.12. */
  public static final Oid vrrpInstanceAdvertisementsInt =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 12);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.13. */
  public static final Oid vrrpInstancePreempt = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 13);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.14. */
  public static final Oid vrrpInstancePreemptDelay =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 14);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.15. */
  public static final Oid vrrpInstanceAuthType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 15);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.16. */
  public static final Oid vrrpInstanceLvsSyncDaemon =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 16);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.17. */
  public static final Oid vrrpInstanceLvsSyncInterface =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 17);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.18. */
  public static final Oid vrrpInstanceSyncGroup =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 18);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.19. */
  public static final Oid vrrpInstanceGarpDelay =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 19);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.20. */
  public static final Oid vrrpInstanceSmtpAlert =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 20);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.21. */
  public static final Oid vrrpInstanceNotifyExec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 21);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.22. */
  public static final Oid vrrpInstanceScriptMaster =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 22);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.23. */
  public static final Oid vrrpInstanceScriptBackup =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 23);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.24. */
  public static final Oid vrrpInstanceScriptFault =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 24);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.25. */
  public static final Oid vrrpInstanceScriptStop =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 25);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.26. */
  public static final Oid vrrpInstanceScript = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 26);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.27. */
  public static final Oid vrrpInstanceAccept = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 27);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.28. */
  public static final Oid vrrpInstancePromoteSecondaries =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 28);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.29. */
  public static final Oid vrrpInstanceUseLinkbeat =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 29);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.30. */
  public static final Oid vrrpInstanceVrrpVersion =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 30);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.31. */
  public static final Oid vrrpInstanceScriptMstrRxLowerPri =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 31);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.32. */
  public static final Oid vrrpInstanceScriptDeleted =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 32);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.33. */
  public static final Oid vrrpInstanceNotifyDeleted =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 33);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.34. */
  public static final Oid vrrpInstanceMulticastAddressType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 34);
  /** column 1.3.6.1.4.1.9586.100.5.2.3.1.35. */
  public static final Oid vrrpInstanceMulticastAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 3, 1, 35);
  /** table 1.3.6.1.4.1.9586.100.5.2.4. */
  public static final Oid vrrpTrackedInterfaceTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 4);
  /** row 1.3.6.1.4.1.9586.100.5.2.4.1. */
  public static final Oid vrrpTrackedInterfaceEntry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 4, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.4.1.1. */
  public static final Oid vrrpTrackedInterfaceName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 4, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.4.1.2. */
  public static final Oid vrrpTrackedInterfaceWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 4, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.4.1.3. */
  public static final Oid vrrpTrackedInterfaceWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 4, 1, 3);
  /** table 1.3.6.1.4.1.9586.100.5.2.5. */
  public static final Oid vrrpTrackedScriptTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 5);
  /** row 1.3.6.1.4.1.9586.100.5.2.5.1. */
  public static final Oid vrrpTrackedScriptEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 5, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.5.1.1. */
  public static final Oid vrrpTrackedScriptIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 5, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.5.1.2. */
  public static final Oid vrrpTrackedScriptName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 5, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.5.1.3. */
  public static final Oid vrrpTrackedScriptWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 5, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.5.1.4. */
  public static final Oid vrrpTrackedScriptWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 5, 1, 4);
  /** table 1.3.6.1.4.1.9586.100.5.2.6. */
  public static final Oid vrrpAddressTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6);
  /** row 1.3.6.1.4.1.9586.100.5.2.6.1. */
  public static final Oid vrrpAddressEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.1. */
  public static final Oid vrrpAddressIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.2. */
  public static final Oid vrrpAddressType = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.3. */
  public static final Oid vrrpAddressValue = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.4. */
  public static final Oid vrrpAddressBroadcast = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.5. */
  public static final Oid vrrpAddressMask = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.6. */
  public static final Oid vrrpAddressScope = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.7. */
  public static final Oid vrrpAddressIfIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.8. */
  public static final Oid vrrpAddressIfName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.9. */
  public static final Oid vrrpAddressIfAlias = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 9);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.10. */
  public static final Oid vrrpAddressStatus = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 10);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.11. */
  public static final Oid vrrpAddressAdvertising =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 11);
  /** column 1.3.6.1.4.1.9586.100.5.2.6.1.12. */
  public static final Oid vrrpAddressPeer = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 6, 1, 12);
  /** table 1.3.6.1.4.1.9586.100.5.2.7. */
  public static final Oid vrrpRouteTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7);
  /** row 1.3.6.1.4.1.9586.100.5.2.7.1. */
  public static final Oid vrrpRouteEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.1. */
  public static final Oid vrrpRouteIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.2. */
  public static final Oid vrrpRouteAddressType = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.3. */
  public static final Oid vrrpRouteDestination = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.4. */
  public static final Oid vrrpRouteDestinationMask =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.5. */
  public static final Oid vrrpRouteGateway = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.6. */
  public static final Oid vrrpRouteSecondaryGateway =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.7. */
  public static final Oid vrrpRouteSource = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.8. */
  public static final Oid vrrpRouteMetric = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.9. */
  public static final Oid vrrpRouteScope = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 9);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.10. */
  public static final Oid vrrpRouteType = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 10);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.11. */
  public static final Oid vrrpRouteIfIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 11);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.12. */
  public static final Oid vrrpRouteIfName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 12);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.13. */
  public static final Oid vrrpRouteRoutingTable =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 13);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.14. */
  public static final Oid vrrpRouteStatus = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 14);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.15. */
  public static final Oid vrrpRouteFromAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 15);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.16. */
  public static final Oid vrrpRouteFromAddressMask =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 16);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.17. */
  public static final Oid vrrpRouteTos = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 17);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.18. */
  public static final Oid vrrpRouteProtocol = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 18);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.19. */
  public static final Oid vrrpRouteECN = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 19);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.20. */
  public static final Oid vrrpRouteQuickAck = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 20);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.21. */
  public static final Oid vrrpRouteExpires = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 21);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.22. */
  public static final Oid vrrpRouteMTU = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 22);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.23. */
  public static final Oid vrrpRouteMTULock = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 23);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.24. */
  public static final Oid vrrpRouteHopLimit = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 24);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.25. */
  public static final Oid vrrpRouteAdvmss = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 25);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.26. */
  public static final Oid vrrpRouteAdvmssLock = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 26);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.27. */
  public static final Oid vrrpRouteRTT = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 27);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.28. */
  public static final Oid vrrpRouteRTTLock = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 28);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.29. */
  public static final Oid vrrpRouteRTTvar = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 29);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.30. */
  public static final Oid vrrpRouteRTTvarLock = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 30);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.31. */
  public static final Oid vrrpRouteReordering = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 31);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.32. */
  public static final Oid vrrpRouteReorderingLock =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 32);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.33. */
  public static final Oid vrrpRouteWindow = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 33);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.34. */
  public static final Oid vrrpRouteCwnd = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 34);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.35. */
  public static final Oid vrrpRouteCwndLock = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 35);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.36. */
  public static final Oid vrrpRouteSSthresh = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 36);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.37. */
  public static final Oid vrrpRouteSSthreshLock =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 37);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.38. */
  public static final Oid vrrpRouteRTOMin = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 38);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.39. */
  public static final Oid vrrpRouteRTOMinLock = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 39);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.40. */
  public static final Oid vrrpRouteInitCwnd = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 40);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.41. */
  public static final Oid vrrpRouteInitRwnd = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 41);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.42. */
  public static final Oid vrrpRouteCongCtl = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 42);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.43. */
  public static final Oid vrrpRoutePref = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 43);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.44. */
  public static final Oid vrrpRouteRealmDst = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 44);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.45. */
  public static final Oid vrrpRouteRealmSrc = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 45);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.46. */
  public static final Oid vrrpRouteEncapType = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 46);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.47. */
  public static final Oid vrrpRouteEncapMplsLabels =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 47);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.48. */
  public static final Oid vrrpRouteEncapId = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 48);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.49. */
  public static final Oid vrrpRouteEncapDstAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 49);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.50. */
  public static final Oid vrrpRouteEncapSrcAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 50);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.51. */
  public static final Oid vrrpRouteEncapTOS = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 51);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.52. */
  public static final Oid vrrpRouteEncapTTL = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 52);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.53. */
  public static final Oid vrrpRouteEncapFlags = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 53);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.54. */
  public static final Oid vrrpRouteEncapIlaLocator =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 54);
  /** column 1.3.6.1.4.1.9586.100.5.2.7.1.55. */
  public static final Oid vrrpRouteFastOpenNoCookie =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 7, 1, 55);
  /** table 1.3.6.1.4.1.9586.100.5.2.8. */
  public static final Oid vrrpRuleTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8);
  /** row 1.3.6.1.4.1.9586.100.5.2.8.1. */
  public static final Oid vrrpRuleEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.1. */
  public static final Oid vrrpRuleIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.2. */
  public static final Oid vrrpRuleDirection = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.3. */
  public static final Oid vrrpRuleAddressType = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.4. */
  public static final Oid vrrpRuleAddress = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.5. */
  public static final Oid vrrpRuleAddressMask = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.6. */
  public static final Oid vrrpRuleRoutingTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.7. */
  public static final Oid vrrpRuleStatus = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.8. */
  public static final Oid vrrpRuleInvert = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.9. */
  public static final Oid vrrpRuleDestinationAddressType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 9);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.10. */
  public static final Oid vrrpRuleDestinationAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 10);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.11. */
  public static final Oid vrrpRuleDestinationAddressMask =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 11);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.12. */
  public static final Oid vrrpRuleSourceAddressType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 12);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.13. */
  public static final Oid vrrpRuleSourceAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 13);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.14. */
  public static final Oid vrrpRuleSourceAddressMask =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 14);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.15. */
  public static final Oid vrrpRuleTos = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 15);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.16. */
  public static final Oid vrrpRuleFwmark = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 16);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.17. */
  public static final Oid vrrpRuleFwmask = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 17);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.18. */
  public static final Oid vrrpRuleRealmDst = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 18);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.19. */
  public static final Oid vrrpRuleRealmSrc = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 19);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.20. */
  public static final Oid vrrpRuleInInterface = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 20);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.21. */
  public static final Oid vrrpRuleOutInterface =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 21);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.22. */
  public static final Oid vrrpRuleTarget = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 22);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.23. */
  public static final Oid vrrpRuleAction = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 23);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.24. */
  public static final Oid vrrpRuleTableNo = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 24);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.25. */
  public static final Oid vrrpRulePreference = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 25);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.26. */
  public static final Oid vrrpRuleSuppressPrefixLen =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 26);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.27. */
  public static final Oid vrrpRuleSuppressGroup =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 27);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.28. */
  public static final Oid vrrpRuleTunnelIdHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 28);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.29. */
  public static final Oid vrrpRuleTunnelIdLow = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 29);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.30. */
  public static final Oid vrrpRuleUidRangeStart =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 30);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.31. */
  public static final Oid vrrpRuleUidRangeEnd = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 31);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.32. */
  public static final Oid vrrpRuleL3mdev = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 32);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.33. */
  public static final Oid vrrpRuleProtocol = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 33);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.34. */
  public static final Oid vrrpRuleIPProto = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 34);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.35. */
  public static final Oid vrrpRuleSrcPortStart =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 35);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.36. */
  public static final Oid vrrpRuleSrcPortEnd = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 36);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.37. */
  public static final Oid vrrpRuleDstPortStart =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 37);
  /** column 1.3.6.1.4.1.9586.100.5.2.8.1.38. */
  public static final Oid vrrpRuleDstPortEnd = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 8, 1, 38);
  /** table 1.3.6.1.4.1.9586.100.5.2.9. */
  public static final Oid vrrpScriptTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9);
  /** row 1.3.6.1.4.1.9586.100.5.2.9.1. */
  public static final Oid vrrpScriptEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.9.1.1. */
  public static final Oid vrrpScriptIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.9.1.2. */
  public static final Oid vrrpScriptName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.9.1.3. */
  public static final Oid vrrpScriptCommand = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.9.1.4. */
  public static final Oid vrrpScriptInterval = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.9.1.5. */
  public static final Oid vrrpScriptWeight = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.2.9.1.6. */
  public static final Oid vrrpScriptResult = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.2.9.1.7. */
  public static final Oid vrrpScriptRise = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.2.9.1.8. */
  public static final Oid vrrpScriptFall = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.2.9.1.9. */
  public static final Oid vrrpScriptWgtRev = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 9, 1, 9);
  /** node 1.3.6.1.4.1.9586.100.5.2.10. */
  public static final Oid vrrpTrap = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 10);
  /** node 1.3.6.1.4.1.9586.100.5.2.10.0. */
  public static final Oid vrrpTraps = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 10, 0);
  /** notification 1.3.6.1.4.1.9586.100.5.2.10.0.1. */
  public static final Oid vrrpSyncGroupStateChange =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 10, 0, 1);
  /** notification 1.3.6.1.4.1.9586.100.5.2.10.0.2. */
  public static final Oid vrrpInstanceStateChange =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 10, 0, 2);
  /** node 1.3.6.1.4.1.9586.100.5.2.10.1. */
  public static final Oid vrrpTrapControl = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 10, 1);
  /** table 1.3.6.1.4.1.9586.100.5.2.11. */
  public static final Oid vrrpRouteNextHopTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11);
  /** row 1.3.6.1.4.1.9586.100.5.2.11.1. */
  public static final Oid vrrpRouteNextHopEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.1. */
  public static final Oid vrrpRouteNextHopIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.2. */
  public static final Oid vrrpRouteNextHopAddressType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.3. */
  public static final Oid vrrpRouteNextHopAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.4. */
  public static final Oid vrrpRouteNextHopIfIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.5. */
  public static final Oid vrrpRouteNextHopIfName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.6. */
  public static final Oid vrrpRouteNextHopWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.7. */
  public static final Oid vrrpRouteNextHopOnlink =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.8. */
  public static final Oid vrrpRouteNextHopRealmDst =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.9. */
  public static final Oid vrrpRouteNextHopRealmSrc =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 9);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.10. */
  public static final Oid vrrpRouteNextHopEncapType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 10);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.11. */
  public static final Oid vrrpRouteNextHopEncapMplsLabels =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 11);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.12. */
  public static final Oid vrrpRouteNextHopEncapId =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 12);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.13. */
  public static final Oid vrrpRouteNextHopEncapDstAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 13);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.14. */
  public static final Oid vrrpRouteNextHopEncapSrcAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 14);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.15. */
  public static final Oid vrrpRouteNextHopEncapTOS =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 15);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.16. */
  public static final Oid vrrpRouteNextHopEncapTTL =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 16);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.17. */
  public static final Oid vrrpRouteNextHopEncapFlags =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 17);
  /** column 1.3.6.1.4.1.9586.100.5.2.11.1.18. */
  public static final Oid vrrpRouteNextHopEncapIlaLocator =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 11, 1, 18);
  /** table 1.3.6.1.4.1.9586.100.5.2.12. */
  public static final Oid vrrpTrackedFileTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 12);
  /** row 1.3.6.1.4.1.9586.100.5.2.12.1. */
  public static final Oid vrrpTrackedFileEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 12, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.12.1.1. */
  public static final Oid vrrpTrackedFileIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 12, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.12.1.2. */
  public static final Oid vrrpTrackedFileName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 12, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.12.1.3. */
  public static final Oid vrrpTrackedFileWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 12, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.12.1.4. */
  public static final Oid vrrpTrackedFileWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 12, 1, 4);
  /** table 1.3.6.1.4.1.9586.100.5.2.13. */
  public static final Oid vrrpFileTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 13);
  /** row 1.3.6.1.4.1.9586.100.5.2.13.1. */
  public static final Oid vrrpFileEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 13, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.13.1.1. */
  public static final Oid vrrpFileIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 13, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.13.1.2. */
  public static final Oid vrrpFileName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 13, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.13.1.3. */
  public static final Oid vrrpFilePath = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 13, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.13.1.4. */
  public static final Oid vrrpFileResult = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 13, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.13.1.5. */
  public static final Oid vrrpFileWeight = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 13, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.2.13.1.6. */
  public static final Oid vrrpFileWgtRev = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 13, 1, 6);
  /** table 1.3.6.1.4.1.9586.100.5.2.14. */
  public static final Oid vrrpSyncTrackedInterfaceTable =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 14);
  /** row 1.3.6.1.4.1.9586.100.5.2.14.1. */
  public static final Oid vrrpSyncTrackedInterfaceEntry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 14, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.14.1.1. */
  public static final Oid vrrpSyncTrackedInterfaceName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 14, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.14.1.2. */
  public static final Oid vrrpSyncTrackedInterfaceWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 14, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.14.1.3. */
  public static final Oid vrrpSyncTrackedInterfaceWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 14, 1, 3);
  /** table 1.3.6.1.4.1.9586.100.5.2.15. */
  public static final Oid vrrpSyncTrackedScriptTable =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 15);
  /** row 1.3.6.1.4.1.9586.100.5.2.15.1. */
  public static final Oid vrrpSyncTrackedScriptEntry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 15, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.15.1.1. */
  public static final Oid vrrpSyncTrackedScriptIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 15, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.15.1.2. */
  public static final Oid vrrpSyncTrackedScriptName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 15, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.15.1.3. */
  public static final Oid vrrpSyncTrackedScriptWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 15, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.15.1.4. */
  public static final Oid vrrpSyncTrackedScriptWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 15, 1, 4);
  /** table 1.3.6.1.4.1.9586.100.5.2.16. */
  public static final Oid vrrpSyncTrackedFileTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 16);
  /** row 1.3.6.1.4.1.9586.100.5.2.16.1. */
  public static final Oid vrrpSyncTrackedFileEntry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 16, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.16.1.1. */
  public static final Oid vrrpSyncTrackedFileIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 16, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.16.1.2. */
  public static final Oid vrrpSyncTrackedFileName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 16, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.16.1.3. */
  public static final Oid vrrpSyncTrackedFileWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 16, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.16.1.4. */
  public static final Oid vrrpSyncTrackedFileWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 16, 1, 4);
  /** table 1.3.6.1.4.1.9586.100.5.2.17. */
  public static final Oid vrrpTrackedBfdTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 17);
  /** row 1.3.6.1.4.1.9586.100.5.2.17.1. */
  public static final Oid vrrpTrackedBfdEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 17, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.17.1.1. */
  public static final Oid vrrpTrackedBfdIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 17, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.17.1.2. */
  public static final Oid vrrpTrackedBfdName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 17, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.17.1.3. */
  public static final Oid vrrpTrackedBfdWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 17, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.17.1.4. */
  public static final Oid vrrpTrackedBfdWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 17, 1, 4);
  /** table 1.3.6.1.4.1.9586.100.5.2.18. */
  public static final Oid vrrpBfdTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 18);
  /** row 1.3.6.1.4.1.9586.100.5.2.18.1. */
  public static final Oid vrrpBfdEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 18, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.18.1.1. */
  public static final Oid vrrpBfdIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 18, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.18.1.2. */
  public static final Oid vrrpBfdName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 18, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.18.1.3. */
  public static final Oid vrrpBfdResult = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 18, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.18.1.4. */
  public static final Oid vrrpBfdWeight = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 18, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.18.1.5. */
  public static final Oid vrrpBfdWgtRev = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 18, 1, 5);
  /** table 1.3.6.1.4.1.9586.100.5.2.19. */
  public static final Oid vrrpSyncTrackedBfdTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 19);
  /** row 1.3.6.1.4.1.9586.100.5.2.19.1. */
  public static final Oid vrrpSyncTrackedBfdEntry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 19, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.19.1.1. */
  public static final Oid vrrpSyncTrackedBfdIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 19, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.19.1.2. */
  public static final Oid vrrpSyncTrackedBfdName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 19, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.19.1.3. */
  public static final Oid vrrpSyncTrackedBfdWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 19, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.19.1.4. */
  public static final Oid vrrpSyncTrackedBfdWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 19, 1, 4);
  /** table 1.3.6.1.4.1.9586.100.5.2.20. */
  public static final Oid vrrpTrackedProcessTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 20);
  /** row 1.3.6.1.4.1.9586.100.5.2.20.1. */
  public static final Oid vrrpTrackedProcessEntry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 20, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.20.1.1. */
  public static final Oid vrrpTrackedProcessIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 20, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.20.1.2. */
  public static final Oid vrrpTrackedProcessName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 20, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.20.1.3. */
  public static final Oid vrrpTrackedProcessWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 20, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.20.1.4. */
  public static final Oid vrrpTrackedProcessWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 20, 1, 4);
  /** table 1.3.6.1.4.1.9586.100.5.2.21. */
  public static final Oid vrrpProcessTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21);
  /** row 1.3.6.1.4.1.9586.100.5.2.21.1. */
  public static final Oid vrrpProcessEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.1. */
  public static final Oid vrrpProcessIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.2. */
  public static final Oid vrrpProcessName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.3. */
  public static final Oid vrrpProcessPath = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.4. */
  public static final Oid vrrpProcessParams = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.5. */
  public static final Oid vrrpProcessParamMatch =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.6. */
  public static final Oid vrrpProcessWeight = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.7. */
  public static final Oid vrrpProcessWgtRev = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.8. */
  public static final Oid vrrpProcessQuorum = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.9. */
  public static final Oid vrrpProcessQuorumMax =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 9);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.10. */
  public static final Oid vrrpProcessForkDelay =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 10);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.11. */
  public static final Oid vrrpProcessTerminateDelay =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 11);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.12. */
  public static final Oid vrrpProcessFullCommand =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 12);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.13. */
  public static final Oid vrrpProcessCurProc = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 13);
  /** column 1.3.6.1.4.1.9586.100.5.2.21.1.14. */
  public static final Oid vrrpProcessResult = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 21, 1, 14);
  /** table 1.3.6.1.4.1.9586.100.5.2.22. */
  public static final Oid vrrpSyncTrackedProcessTable =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 22);
  /** row 1.3.6.1.4.1.9586.100.5.2.22.1. */
  public static final Oid vrrpSyncTrackedProcessEntry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 22, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.22.1.1. */
  public static final Oid vrrpSyncTrackedProcessIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 22, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.2.22.1.2. */
  public static final Oid vrrpSyncTrackedProcessName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 22, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.2.22.1.3. */
  public static final Oid vrrpSyncTrackedProcessWeight =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 22, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.2.22.1.4. */
  public static final Oid vrrpSyncTrackedProcessWgtRev =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 2, 22, 1, 4);
  /** node 1.3.6.1.4.1.9586.100.5.3. */
  public static final Oid check = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3);
  /** table 1.3.6.1.4.1.9586.100.5.3.1. */
  public static final Oid virtualServerGroupTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 1);
  /** row 1.3.6.1.4.1.9586.100.5.3.1.1. */
  public static final Oid virtualServerGroupEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.3.1.1.1. */
  public static final Oid virtualServerGroupIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 1, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.3.1.1.2. */
  public static final Oid virtualServerGroupName =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 1, 1, 2);
  /** table 1.3.6.1.4.1.9586.100.5.3.2. */
  public static final Oid virtualServerGroupMemberTable =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2);
  /** row 1.3.6.1.4.1.9586.100.5.3.2.1. */
  public static final Oid virtualServerGroupMemberEntry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2, 1);
  /** column 1.3.6.1.4.1.9586.100.5.3.2.1.1. */
  public static final Oid virtualServerGroupMemberIndex =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.3.2.1.2. */
  public static final Oid virtualServerGroupMemberType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.3.2.1.3. */
  public static final Oid virtualServerGroupMemberFwMark =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.3.2.1.4. */
  public static final Oid virtualServerGroupMemberAddrType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.3.2.1.5. */
  public static final Oid virtualServerGroupMemberAddress =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.3.2.1.6. */
  public static final Oid virtualServerGroupMemberAddr1 =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.3.2.1.7. */
  public static final Oid virtualServerGroupMemberAddr2 =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.3.2.1.8. */
  public static final Oid virtualServerGroupMemberPort =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 2, 1, 8);
  /** table 1.3.6.1.4.1.9586.100.5.3.3. */
  public static final Oid virtualServerTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3);
  /** row 1.3.6.1.4.1.9586.100.5.3.3.1. */
  public static final Oid virtualServerEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.1. */
  public static final Oid virtualServerIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.2. */
  public static final Oid virtualServerType = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.3. */
  public static final Oid virtualServerNameOfGroup =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.4. */
  public static final Oid virtualServerFwMark = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.5. */
  public static final Oid virtualServerAddrType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.6. */
  public static final Oid virtualServerAddress = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.7. */
  public static final Oid virtualServerPort = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.8. */
  public static final Oid virtualServerProtocol =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.9. */
  public static final Oid virtualServerLoadBalancingAlgo =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 9);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.10. */
  public static final Oid virtualServerLoadBalancingKind =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 10);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.11. */
  public static final Oid virtualServerStatus = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 11);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.12. */
  public static final Oid virtualServerVirtualHost =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 12);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.13. */
  public static final Oid virtualServerPersist =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 13);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.14. */
  public static final Oid virtualServerPersistTimeout =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 14);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.15. */
  public static final Oid virtualServerPersistGranularity =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 15);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.16. */
  public static final Oid virtualServerDelayLoop =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 16);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.17. */
  public static final Oid virtualServerHaSuspend =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 17);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.18. */
  public static final Oid virtualServerAlpha = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 18);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.19. */
  public static final Oid virtualServerOmega = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 19);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.20. */
  public static final Oid virtualServerRealServersTotal =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 20);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.21. */
  public static final Oid virtualServerRealServersUp =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 21);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.22. */
  public static final Oid virtualServerQuorum = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 22);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.23. */
  public static final Oid virtualServerQuorumStatus =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 23);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.24. */
  public static final Oid virtualServerQuorumUp =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 24);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.25. */
  public static final Oid virtualServerQuorumDown =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 25);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.26. */
  public static final Oid virtualServerHysteresis =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 26);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.27. */
  public static final Oid virtualServerStatsConns =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 27);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.28. */
  public static final Oid virtualServerStatsInPkts =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 28);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.29. */
  public static final Oid virtualServerStatsOutPkts =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 29);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.30. */
  public static final Oid virtualServerStatsInBytes =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 30);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.31. */
  public static final Oid virtualServerStatsOutBytes =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 31);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.32. */
  public static final Oid virtualServerRateCps =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 32);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.33. */
  public static final Oid virtualServerRateInPPS =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 33);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.34. */
  public static final Oid virtualServerRateOutPPS =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 34);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.35. */
  public static final Oid virtualServerRateInBPS =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 35);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.36. */
  public static final Oid virtualServerRateOutBPS =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 36);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.37. */
  public static final Oid virtualServerOPS = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 37);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.38. */
  public static final Oid virtualServerStatsConns64 =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 38);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.39. */
  public static final Oid virtualServerStatsInPkts64 =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 39);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.40. */
  public static final Oid virtualServerStatsOutPkts64 =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 40);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.41. */
  public static final Oid virtualServerRateCpsLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 41);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.42. */
  public static final Oid virtualServerRateCpsHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 42);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.43. */
  public static final Oid virtualServerRateInPPSLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 43);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.44. */
  public static final Oid virtualServerRateInPPSHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 44);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.45. */
  public static final Oid virtualServerRateOutPPSLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 45);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.46. */
  public static final Oid virtualServerRateOutPPSHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 46);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.47. */
  public static final Oid virtualServerRateInBPSLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 47);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.48. */
  public static final Oid virtualServerRateInBPSHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 48);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.49. */
  public static final Oid virtualServerRateOutBPSLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 49);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.50. */
  public static final Oid virtualServerRateOutBPSHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 50);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.51. */
  public static final Oid virtualServerPersistGranularity6 =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 51);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.52. */
  public static final Oid virtualServerHashed = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 52);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.53. */
  public static final Oid virtualServerSHFallback =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 53);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.54. */
  public static final Oid virtualServerSHPort = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 54);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.55. */
  public static final Oid virtualServerSched3 = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 55);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.56. */
  public static final Oid virtualServerActionWhenDown =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 56);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.57. */
  public static final Oid virtualServerRetry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 57);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.58. */
  public static final Oid virtualServerDelayBeforeRetry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 58);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.59. */
  public static final Oid virtualServerWarmup = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 59);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.60. */
  public static final Oid virtualServerWeight = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 60);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.61. */
  public static final Oid virtualServerSmtpAlert =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 61);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.62. */
  public static final Oid virtualServerMHFallback =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 62);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.63. */
  public static final Oid virtualServerMHPort = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 63);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.64. */
  public static final Oid virtualServerDelayLoopUsec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 64);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.65. */
  public static final Oid virtualServerDelayBeforeRetrUsec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 65);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.66. */
  public static final Oid virtualServerWarmupUsec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 66);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.67. */
  public static final Oid virtualServerConnTimeoutUsec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 67);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.68. */
  public static final Oid virtualServerTunnelType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 68);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.69. */
  public static final Oid virtualServerTunnelPort =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 69);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.70. */
  public static final Oid virtualServerTunnelCsum =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 70);
  /** column 1.3.6.1.4.1.9586.100.5.3.3.1.71. */
  public static final Oid virtualServerName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 3, 1, 71);
  /** table 1.3.6.1.4.1.9586.100.5.3.4. */
  public static final Oid realServerTable = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4);
  /** row 1.3.6.1.4.1.9586.100.5.3.4.1. */
  public static final Oid realServerEntry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.1. */
  public static final Oid realServerIndex = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 1);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.2. */
  public static final Oid realServerType = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 2);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.3. */
  public static final Oid realServerAddrType = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 3);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.4. */
  public static final Oid realServerAddress = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 4);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.5. */
  public static final Oid realServerPort = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 5);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.6. */
  public static final Oid realServerStatus = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 6);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.7. */
  public static final Oid realServerWeight = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 7);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.8. */
  public static final Oid realServerUpperConnectionLimit =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 8);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.9. */
  public static final Oid realServerLowerConnectionLimit =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 9);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.10. */
  public static final Oid realServerActionWhenDown =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 10);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.11. */
  public static final Oid realServerNotifyUp = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 11);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.12. */
  public static final Oid realServerNotifyDown =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 12);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.13. */
  public static final Oid realServerFailedChecks =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 13);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.14. */
  public static final Oid realServerStatsConns =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 14);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.15. */
  public static final Oid realServerStatsActiveConns =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 15);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.16. */
  public static final Oid realServerStatsInactiveConns =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 16);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.17. */
  public static final Oid realServerStatsPersistentConns =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 17);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.18. */
  public static final Oid realServerStatsInPkts =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 18);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.19. */
  public static final Oid realServerStatsOutPkts =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 19);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.20. */
  public static final Oid realServerStatsInBytes =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 20);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.21. */
  public static final Oid realServerStatsOutBytes =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 21);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.22. */
  public static final Oid realServerRateCps = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 22);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.23. */
  public static final Oid realServerRateInPPS = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 23);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.24. */
  public static final Oid realServerRateOutPPS =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 24);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.25. */
  public static final Oid realServerRateInBPS = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 25);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.26. */
  public static final Oid realServerRateOutBPS =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 26);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.27. */
  public static final Oid realServerStatsConns64 =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 27);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.28. */
  public static final Oid realServerStatsInPkts64 =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 28);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.29. */
  public static final Oid realServerStatsOutPkts64 =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 29);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.30. */
  public static final Oid realServerRateCpsLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 30);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.31. */
  public static final Oid realServerRateCpsHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 31);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.32. */
  public static final Oid realServerRateInPPSLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 32);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.33. */
  public static final Oid realServerRateInPPSHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 33);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.34. */
  public static final Oid realServerRateOutPPSLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 34);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.35. */
  public static final Oid realServerRateOutPPSHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 35);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.36. */
  public static final Oid realServerRateInBPSLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 36);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.37. */
  public static final Oid realServerRateInBPSHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 37);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.38. */
  public static final Oid realServerRateOutBPSLow =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 38);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.39. */
  public static final Oid realServerRateOutBPSHigh =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 39);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.40. */
  public static final Oid realServerForwardingMethod =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 40);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.41. */
  public static final Oid realServerVirtualHost =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 41);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.42. */
  public static final Oid realServerAlpha = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 42);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.43. */
  public static final Oid realServerRetry = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 43);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.44. */
  public static final Oid realServerDelayBeforeRetry =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 44);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.45. */
  public static final Oid realServerWarmup = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 45);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.46. */
  public static final Oid realServerDelayLoop = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 46);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.47. */
  public static final Oid realServerSmtpAlert = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 47);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.48. */
  public static final Oid realServerDelayBeforeRetryUsec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 48);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.49. */
  public static final Oid realServerWarmupUsec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 49);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.50. */
  public static final Oid realServerDelayLoopUsec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 50);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.51. */
  public static final Oid realServerConnTimeoutUsec =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 51);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.52. */
  public static final Oid realServerTunnelType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 52);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.53. */
  public static final Oid realServerTunnelPort =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 53);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.54. */
  public static final Oid realServerTunnelCsum =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 54);
  /** column 1.3.6.1.4.1.9586.100.5.3.4.1.55. */
  public static final Oid realServerName = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 4, 1, 55);
  /** node 1.3.6.1.4.1.9586.100.5.3.5. */
  public static final Oid checkTrap = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 5);
  /** node 1.3.6.1.4.1.9586.100.5.3.5.0. */
  public static final Oid checkTraps = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 5, 0);
  /** notification 1.3.6.1.4.1.9586.100.5.3.5.0.1. */
  public static final Oid realServerStateChange =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 5, 0, 1);
  /** notification 1.3.6.1.4.1.9586.100.5.3.5.0.2. */
  public static final Oid virtualServerQuorumStateChange =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 5, 0, 2);
  /** node 1.3.6.1.4.1.9586.100.5.3.5.1. */
  public static final Oid checkTrapControl = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 5, 1);
  /** node 1.3.6.1.4.1.9586.100.5.3.6. */
  public static final Oid lvsSyncDaemon = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.6.1. */
  public static final Oid lvsSyncDaemonEnabled = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6, 1);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.6.2. */
  public static final Oid lvsSyncDaemonInterface = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6, 2);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.6.3. */
  public static final Oid lvsSyncDaemonVrrpInstance =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6, 3);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.6.4. */
  public static final Oid lvsSyncDaemonSyncId = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6, 4);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.6.5. */
  public static final Oid lvsSyncDaemonMaxLen = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6, 5);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.6.6. */
  public static final Oid lvsSyncDaemonPort = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6, 6);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.6.7. */
  public static final Oid lvsSyncDaemonTTL = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6, 7);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.6.8. */
  public static final Oid lvsSyncDaemonMcastGroupAddrType =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6, 8);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.6.9. */
  public static final Oid lvsSyncDaemonMcastGroupAddrValue =
      Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 6, 9);
  /** node 1.3.6.1.4.1.9586.100.5.3.7. */
  public static final Oid lvsTimeouts = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 7);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.7.1. */
  public static final Oid lvsTimeoutTcp = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 7, 1);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.7.2. */
  public static final Oid lvsTimeoutTcpFin = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 7, 2);
  /** scalar 1.3.6.1.4.1.9586.100.5.3.7.3. */
  public static final Oid lvsTimeoutUdp = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 3, 7, 3);
  /** node 1.3.6.1.4.1.9586.100.5.4. */
  public static final Oid conformance = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 4);
  /** node 1.3.6.1.4.1.9586.100.5.4.1. */
  public static final Oid compliances = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 4, 1);
  /** node 1.3.6.1.4.1.9586.100.5.4.2. */
  public static final Oid groups = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 4, 2);
  /** node 1.3.6.1.4.1.9586.100.5.4.2.2. */
  public static final Oid vrrpGroups = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 4, 2, 2);
  /** node 1.3.6.1.4.1.9586.100.5.4.2.3. */
  public static final Oid checkGroups = Oid.of(1, 3, 6, 1, 4, 1, 9586, 100, 5, 4, 2, 3);
}
