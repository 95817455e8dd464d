package org.jkeepalived.mibs.oid;

/**
 * KEEPALIVED-MIB's tracked-object tables of the VRRP group (keepalived.2.12 to .22): files,
 * BFD sessions and processes, tracked by instances and by sync groups (see {@link
 * KeepalivedMib}).
 */
public final class KeepalivedTrackMib {
  private KeepalivedTrackMib() {}

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
}
