package org.jkeepalived.mibs.oid;

/**
 * KEEPALIVED-MIB's VRRP group (keepalived.2): sync groups, instances, their addresses, routes
 * and rules, tracked interfaces and scripts, and the VRRP notifications (see {@link
 * KeepalivedMib}).
 */
public final class KeepalivedVrrpMib {
  private KeepalivedVrrpMib() {}

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
}
