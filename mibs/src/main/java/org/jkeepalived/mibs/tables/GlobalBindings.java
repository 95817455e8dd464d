package org.jkeepalived.mibs.tables;

import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.UNSIGNED32;
import static org.jkeepalived.mibs.tables.MibValues.inetType;
import static org.jkeepalived.mibs.tables.MibValues.octets;
import static org.jkeepalived.mibs.tables.MibValues.seconds;
import static org.jkeepalived.mibs.tables.MibValues.truth;

import java.net.InetAddress;
import java.util.function.Function;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.LvsSyncDaemon;
import org.jkeepalived.mibs.model.CheckerProcessState;
import org.jkeepalived.mibs.model.GlobalRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.oid.KeepalivedCheckMib;
import org.jkeepalived.mibs.oid.KeepalivedMib;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.TableId;

/** KEEPALIVED-MIB global scalars (global, mail, lvsSyncDaemon, lvsTimeouts) and emailTable. */
final class GlobalBindings {
  private GlobalBindings() {}

  /** The row of {@link Tables#GLOBAL} that scalars read. */
  static final Index ROW = Index.of(0);

  static ScalarGroup<GlobalRow, Void> global() {
    Cols<GlobalRow, Void> c = new Cols<>();
    c.cfg(1, "version", OCTET_STRING, GlobalRow::version)
        .cfg(2, "routerId", OCTET_STRING, g -> g.global().routerId())
        .cfg(4, "trapEnable", INTEGER, g -> truth(g.global().snmp().traps()))
        .cfg(5, "linkBeat", INTEGER, g -> g.daemon().linkbeatUsePolling() ? 2 : 1)
        .cfg(6, "lvsFlush", INTEGER, g -> truth(g.global().lvs().flush()))
        // jkeepalived reads IPVS counters as 64-bit values
        .constant(7, "ipvs64BitStats", INTEGER, truth(true))
        .cfg(8, "netNamespace", OCTET_STRING,
            g -> g.daemon().netNamespace() == null ? "" : g.daemon().netNamespace())
        .cfg(9, "dbus", INTEGER, g -> truth(g.global().daemon().enableDbus()))
        .cfg(10, "dynamicInterfaces", INTEGER, g -> truth(g.global().vrrp().dynamicInterfaces()))
        .cfg(11, "lvsFlushOnStop", INTEGER, GlobalBindings::flushOnStop);
    return group(KeepalivedMib.global, c);
  }

  private static Integer flushOnStop(GlobalRow g) {
    GlobalDefs.Lvs l = g.global().lvs();
    return l.flushOnStopVsOnly() ? 3 : truth(l.flushOnStop());
  }

  static ScalarGroup<GlobalRow, Void> mail() {
    Cols<GlobalRow, Void> c = new Cols<>();
    Function<GlobalRow, GlobalDefs.Notification> n = g -> g.global().notification();
    // keepalived: SNMP_InetAddressType(ss_family) is ipv4(1) only for AF_INET, so with no SMTP
    // server (family 0) it says ipv6(2) beside four zero octets; NMS scripts compare with that
    c.cfg(1, "smtpServerAddressType", INTEGER,
            g -> n.apply(g).smtpServer() == null ? 2 : inetType(smtp(g)))
        .cfg(2, "smtpServerAddress", OCTET_STRING, g -> octets(smtp(g)))
        .cfg(3, "smtpServerTimeout", UNSIGNED32,
            g -> n.apply(g).smtpServer() == null ? 0L : seconds(n.apply(g).smtpConnectTimeout()))
        // keepalived shows email_from only with an SMTP server to send through
        .cfg(4, "emailFrom", OCTET_STRING,
            g -> n.apply(g).smtpServer() == null ? null : n.apply(g).emailFrom())
        .cfg(6, "smtpServerPort", UNSIGNED32,
            g -> n.apply(g).smtpServer() == null ? 0L : (long) n.apply(g).smtpPort())
        .cfg(7, "smtpEmailFaults", INTEGER, g -> truth(!n.apply(g).noEmailFaults()))
        .cfg(8, "smtpEmailSmtpAlert", INTEGER, g -> onOffUnset(n.apply(g).smtpAlert()))
        .cfg(9, "smtpEmailSmtpAlertVrrp", INTEGER, g -> onOffUnset(n.apply(g).smtpAlertVrrp()))
        .cfg(10, "smtpEmailSmtpAlertChecker", INTEGER, g -> onOffUnset(n.apply(g).smtpAlertChecker()));
    return group(KeepalivedMib.mail, c);
  }

  /** The SMTP server when it is an address literal; 0.0.0.0 when unset (keepalived shows one). */
  private static InetAddress smtp(GlobalRow g) {
    String s = g.global().notification().smtpServer();
    if (s == null || !s.matches("[0-9a-fA-F:.]+")) {
      return VrrpInstanceBinding.literal(new byte[4]);
    }
    try {
      return InetAddress.getByName(s);
    } catch (java.net.UnknownHostException e) {
      return VrrpInstanceBinding.literal(new byte[4]);
    }
  }

  private static Integer onOffUnset(Boolean b) {
    return b == null ? 3 : truth(b);
  }

  /**
   * The lvsSyncDaemon scalars, read from the running checker's row ({@link Tables#CHECKER}) as
   * keepalived's checker process serves them: nothing while no checker runs (a file without
   * virtual servers), lvsSyncDaemonEnabled alone, false, without an lvs_sync_daemon.
   */
  static ScalarGroup<Void, CheckerProcessState> lvsSyncDaemon() {
    Cols<Void, CheckerProcessState> c = new Cols<>();
    Function<CheckerProcessState, LvsSyncDaemon> d = CheckerProcessState::syncDaemon;
    c.st(1, "lvsSyncDaemonEnabled", INTEGER, s -> truth(d.apply(s) != null))
        .st(2, "lvsSyncDaemonInterface", OCTET_STRING, s -> sync(d, s, LvsSyncDaemon::interfaceName))
        .st(3, "lvsSyncDaemonVrrpInstance", OCTET_STRING, s -> sync(d, s, LvsSyncDaemon::vrrpInstance))
        .st(4, "lvsSyncDaemonSyncId", INTEGER, s -> sync(d, s, LvsSyncDaemon::syncId))
        .st(5, "lvsSyncDaemonMaxLen", INTEGER, s -> sync(d, s, LvsSyncDaemon::maxLength))
        .st(6, "lvsSyncDaemonPort", INTEGER, s -> sync(d, s, LvsSyncDaemon::port))
        .st(7, "lvsSyncDaemonTTL", INTEGER, s -> sync(d, s, LvsSyncDaemon::ttl))
        .st(8, "lvsSyncDaemonMcastGroupAddrType", INTEGER,
            s -> inetType(sync(d, s, LvsSyncDaemon::group)))
        .st(9, "lvsSyncDaemonMcastGroupAddrValue", OCTET_STRING,
            s -> octets(sync(d, s, LvsSyncDaemon::group)));
    return group(Tables.CHECKER, ROW, KeepalivedCheckMib.lvsSyncDaemon, c);
  }

  private static <T> T sync(
      Function<CheckerProcessState, LvsSyncDaemon> d, CheckerProcessState c, Function<LvsSyncDaemon, T> f) {
    LvsSyncDaemon s = d.apply(c);
    return s == null ? null : f.apply(s);
  }

  static ScalarGroup<GlobalRow, Void> lvsTimeouts() {
    Cols<GlobalRow, Void> c = new Cols<>();
    c.cfg(1, "lvsTimeoutTcp", INTEGER, g -> secs(g.global().lvs().tcpTimeout()))
        .cfg(2, "lvsTimeoutTcpFin", INTEGER, g -> secs(g.global().lvs().tcpFinTimeout()))
        .cfg(3, "lvsTimeoutUdp", INTEGER, g -> secs(g.global().lvs().udpTimeout()));
    return group(KeepalivedCheckMib.lvsTimeouts, c);
  }

  private static Integer secs(java.time.Duration d) {
    return d == null ? null : (int) d.toSeconds();
  }

  static TableSchema<String, Void> email() {
    Cols<String, Void> c = new Cols<>();
    c.index(1, "emailIndex", INTEGER).cfg(2, "emailAddress", OCTET_STRING, e -> e);
    return VrrpObjectBindings.schema(Tables.EMAIL, KeepalivedMib.emailEntry, c);
  }

  static <C, S> ScalarGroup<C, S> group(
      TableId<C, S> table, Index row, Oid oid, Cols<C, S> c) {
    return new ScalarGroup<>(table, row, oid.toArray(), c.build());
  }

  private static ScalarGroup<GlobalRow, Void> group(Oid oid, Cols<GlobalRow, Void> c) {
    return group(Tables.GLOBAL, ROW, oid, c);
  }
}
