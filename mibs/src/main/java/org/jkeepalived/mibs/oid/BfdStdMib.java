package org.jkeepalived.mibs.oid;

/**
 * The OIDs of BFD-STD-MIB (RFC 7331, mib-2.222): every node, scalar, table, entry, column and
 * notification, named as in the module (src/main/mib/BFD-STD-MIB.txt). Instances add the index: a
 * scalar's is {@code .0}, a column's is the row index. {@code MibOidsTest} checks each constant
 * against the module text, and that no object of the module is missing here.
 */
public final class BfdStdMib {
  private BfdStdMib() {}

  /** node 1.3.6.1.2.1.222. */
  public static final Oid bfdMIB = Oid.of(1, 3, 6, 1, 2, 1, 222);
  /** node 1.3.6.1.2.1.222.0. */
  public static final Oid bfdNotifications = Oid.of(1, 3, 6, 1, 2, 1, 222, 0);
  /** notification 1.3.6.1.2.1.222.0.1. */
  public static final Oid bfdSessUp = Oid.of(1, 3, 6, 1, 2, 1, 222, 0, 1);
  /** notification 1.3.6.1.2.1.222.0.2. */
  public static final Oid bfdSessDown = Oid.of(1, 3, 6, 1, 2, 1, 222, 0, 2);
  /** node 1.3.6.1.2.1.222.1. */
  public static final Oid bfdObjects = Oid.of(1, 3, 6, 1, 2, 1, 222, 1);
  /** node 1.3.6.1.2.1.222.1.1. */
  public static final Oid bfdScalarObjects = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 1);
  /** scalar 1.3.6.1.2.1.222.1.1.1. */
  public static final Oid bfdAdminStatus = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 1, 1);
  /** scalar 1.3.6.1.2.1.222.1.1.2. */
  public static final Oid bfdOperStatus = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 1, 2);
  /** scalar 1.3.6.1.2.1.222.1.1.3. */
  public static final Oid bfdNotificationsEnable = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 1, 3);
  /** scalar 1.3.6.1.2.1.222.1.1.4. */
  public static final Oid bfdSessIndexNext = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 1, 4);
  /** table 1.3.6.1.2.1.222.1.2. */
  public static final Oid bfdSessTable = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2);
  /** row 1.3.6.1.2.1.222.1.2.1. */
  public static final Oid bfdSessEntry = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1);
  /** column 1.3.6.1.2.1.222.1.2.1.1. */
  public static final Oid bfdSessIndex = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 1);
  /** column 1.3.6.1.2.1.222.1.2.1.2. */
  public static final Oid bfdSessVersionNumber = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 2);
  /** column 1.3.6.1.2.1.222.1.2.1.3. */
  public static final Oid bfdSessType = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 3);
  /** column 1.3.6.1.2.1.222.1.2.1.4. */
  public static final Oid bfdSessDiscriminator = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 4);
  /** column 1.3.6.1.2.1.222.1.2.1.5. */
  public static final Oid bfdSessRemoteDiscr = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 5);
  /** column 1.3.6.1.2.1.222.1.2.1.6. */
  public static final Oid bfdSessDestinationUdpPort = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 6);
  /** column 1.3.6.1.2.1.222.1.2.1.7. */
  public static final Oid bfdSessSourceUdpPort = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 7);
  /** column 1.3.6.1.2.1.222.1.2.1.8. */
  public static final Oid bfdSessEchoSourceUdpPort = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 8);
  /** column 1.3.6.1.2.1.222.1.2.1.9. */
  public static final Oid bfdSessAdminStatus = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 9);
  /** column 1.3.6.1.2.1.222.1.2.1.10. */
  public static final Oid bfdSessOperStatus = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 10);
  /** column 1.3.6.1.2.1.222.1.2.1.11. */
  public static final Oid bfdSessState = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 11);
  /** column 1.3.6.1.2.1.222.1.2.1.12. */
  public static final Oid bfdSessRemoteHeardFlag = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 12);
  /** column 1.3.6.1.2.1.222.1.2.1.13. */
  public static final Oid bfdSessDiag = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 13);
  /** column 1.3.6.1.2.1.222.1.2.1.14. */
  public static final Oid bfdSessOperMode = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 14);
  /** column 1.3.6.1.2.1.222.1.2.1.15. */
  public static final Oid bfdSessDemandModeDesiredFlag = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 15);
  /** column 1.3.6.1.2.1.222.1.2.1.16. */
  public static final Oid bfdSessControlPlaneIndepFlag = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 16);
  /** column 1.3.6.1.2.1.222.1.2.1.17. */
  public static final Oid bfdSessMultipointFlag = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 17);
  /** column 1.3.6.1.2.1.222.1.2.1.18. */
  public static final Oid bfdSessInterface = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 18);
  /** column 1.3.6.1.2.1.222.1.2.1.19. */
  public static final Oid bfdSessSrcAddrType = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 19);
  /** column 1.3.6.1.2.1.222.1.2.1.20. */
  public static final Oid bfdSessSrcAddr = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 20);
  /** column 1.3.6.1.2.1.222.1.2.1.21. */
  public static final Oid bfdSessDstAddrType = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 21);
  /** column 1.3.6.1.2.1.222.1.2.1.22. */
  public static final Oid bfdSessDstAddr = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 22);
  /** column 1.3.6.1.2.1.222.1.2.1.23. */
  public static final Oid bfdSessGTSM = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 23);
  /** column 1.3.6.1.2.1.222.1.2.1.24. */
  public static final Oid bfdSessGTSMTTL = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 24);
  /** column 1.3.6.1.2.1.222.1.2.1.25. */
  public static final Oid bfdSessDesiredMinTxInterval = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 25);
  /** column 1.3.6.1.2.1.222.1.2.1.26. */
  public static final Oid bfdSessReqMinRxInterval = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 26);
  /** column 1.3.6.1.2.1.222.1.2.1.27. */
  public static final Oid bfdSessReqMinEchoRxInterval = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 27);
  /** column 1.3.6.1.2.1.222.1.2.1.28. */
  public static final Oid bfdSessDetectMult = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 28);
  /** column 1.3.6.1.2.1.222.1.2.1.29. */
  public static final Oid bfdSessNegotiatedInterval = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 29);
  /** column 1.3.6.1.2.1.222.1.2.1.30. */
  public static final Oid bfdSessNegotiatedEchoInterval =
      Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 30);
  /** column 1.3.6.1.2.1.222.1.2.1.31. */
  public static final Oid bfdSessNegotiatedDetectMult = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 31);
  /** column 1.3.6.1.2.1.222.1.2.1.32. */
  public static final Oid bfdSessAuthPresFlag = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 32);
  /** column 1.3.6.1.2.1.222.1.2.1.33. */
  public static final Oid bfdSessAuthenticationType = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 33);
  /** column 1.3.6.1.2.1.222.1.2.1.34. */
  public static final Oid bfdSessAuthenticationKeyID = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 34);
  /** column 1.3.6.1.2.1.222.1.2.1.35. */
  public static final Oid bfdSessAuthenticationKey = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 35);
  /** column 1.3.6.1.2.1.222.1.2.1.36. */
  public static final Oid bfdSessStorageType = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 36);
  /** column 1.3.6.1.2.1.222.1.2.1.37. */
  public static final Oid bfdSessRowStatus = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 2, 1, 37);
  /** table 1.3.6.1.2.1.222.1.3. */
  public static final Oid bfdSessPerfTable = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3);
  /** row 1.3.6.1.2.1.222.1.3.1. */
  public static final Oid bfdSessPerfEntry = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1);
  /** column 1.3.6.1.2.1.222.1.3.1.1. */
  public static final Oid bfdSessPerfCtrlPktIn = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 1);
  /** column 1.3.6.1.2.1.222.1.3.1.2. */
  public static final Oid bfdSessPerfCtrlPktOut = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 2);
  /** column 1.3.6.1.2.1.222.1.3.1.3. */
  public static final Oid bfdSessPerfCtrlPktDrop = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 3);
  /** column 1.3.6.1.2.1.222.1.3.1.4. */
  public static final Oid bfdSessPerfCtrlPktDropLastTime =
      Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 4);
  /** column 1.3.6.1.2.1.222.1.3.1.5. */
  public static final Oid bfdSessPerfEchoPktIn = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 5);
  /** column 1.3.6.1.2.1.222.1.3.1.6. */
  public static final Oid bfdSessPerfEchoPktOut = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 6);
  /** column 1.3.6.1.2.1.222.1.3.1.7. */
  public static final Oid bfdSessPerfEchoPktDrop = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 7);
  /** column 1.3.6.1.2.1.222.1.3.1.8. */
  public static final Oid bfdSessPerfEchoPktDropLastTime =
      Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 8);
  /** column 1.3.6.1.2.1.222.1.3.1.9. */
  public static final Oid bfdSessUpTime = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 9);
  /** column 1.3.6.1.2.1.222.1.3.1.10. */
  public static final Oid bfdSessPerfLastSessDownTime = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 10);
  /** column 1.3.6.1.2.1.222.1.3.1.11. */
  public static final Oid bfdSessPerfLastCommLostDiag = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 11);
  /** column 1.3.6.1.2.1.222.1.3.1.12. */
  public static final Oid bfdSessPerfSessUpCount = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 12);
  /** column 1.3.6.1.2.1.222.1.3.1.13. */
  public static final Oid bfdSessPerfDiscTime = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 13);
  /** column 1.3.6.1.2.1.222.1.3.1.14. */
  public static final Oid bfdSessPerfCtrlPktInHC = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 14);
  /** column 1.3.6.1.2.1.222.1.3.1.15. */
  public static final Oid bfdSessPerfCtrlPktOutHC = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 15);
  /** column 1.3.6.1.2.1.222.1.3.1.16. */
  public static final Oid bfdSessPerfCtrlPktDropHC = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 16);
  /** column 1.3.6.1.2.1.222.1.3.1.17. */
  public static final Oid bfdSessPerfEchoPktInHC = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 17);
  /** column 1.3.6.1.2.1.222.1.3.1.18. */
  public static final Oid bfdSessPerfEchoPktOutHC = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 18);
  /** column 1.3.6.1.2.1.222.1.3.1.19. */
  public static final Oid bfdSessPerfEchoPktDropHC = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 3, 1, 19);
  /** table 1.3.6.1.2.1.222.1.4. */
  public static final Oid bfdSessDiscMapTable = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 4);
  /** row 1.3.6.1.2.1.222.1.4.1. */
  public static final Oid bfdSessDiscMapEntry = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 4, 1);
  /** column 1.3.6.1.2.1.222.1.4.1.1. */
  public static final Oid bfdSessDiscMapIndex = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 4, 1, 1);
  /** table 1.3.6.1.2.1.222.1.5. */
  public static final Oid bfdSessIpMapTable = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 5);
  /** row 1.3.6.1.2.1.222.1.5.1. */
  public static final Oid bfdSessIpMapEntry = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 5, 1);
  /** column 1.3.6.1.2.1.222.1.5.1.1. */
  public static final Oid bfdSessIpMapIndex = Oid.of(1, 3, 6, 1, 2, 1, 222, 1, 5, 1, 1);
  /** node 1.3.6.1.2.1.222.2. */
  public static final Oid bfdConformance = Oid.of(1, 3, 6, 1, 2, 1, 222, 2);
  /** node 1.3.6.1.2.1.222.2.1. */
  public static final Oid bfdGroups = Oid.of(1, 3, 6, 1, 2, 1, 222, 2, 1);
  /** node 1.3.6.1.2.1.222.2.2. */
  public static final Oid bfdCompliances = Oid.of(1, 3, 6, 1, 2, 1, 222, 2, 2);
}
