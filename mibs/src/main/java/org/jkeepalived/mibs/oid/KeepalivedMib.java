package org.jkeepalived.mibs.oid;

/**
 * The OIDs of keepalived 2.2.7's KEEPALIVED-MIB (enterprises.debian.100.5), named as in the
 * module (src/main/mib/KEEPALIVED-MIB.txt): the root, the global group and the conformance
 * nodes here; the VRRP group in {@link KeepalivedVrrpMib}, its tracked-object tables in {@link
 * KeepalivedTrackMib}, the checker (LVS) group in {@link KeepalivedCheckMib}. Instances add the
 * index: a scalar's is {@code .0}, a column's is the row index. {@code MibOidsTest} checks each
 * constant against the module text, and that no object of the module is missing.
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
