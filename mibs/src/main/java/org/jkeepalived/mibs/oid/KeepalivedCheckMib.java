package org.jkeepalived.mibs.oid;

/**
 * KEEPALIVED-MIB's checker group (keepalived.3): virtual servers, real servers, LVS sync
 * daemon and timeouts, and the checker notifications (see {@link KeepalivedMib}).
 */
public final class KeepalivedCheckMib {
  private KeepalivedCheckMib() {}

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
}
