package org.jkeepalived.mibs.tables;

import static org.jkeepalived.mibs.smi.SmiType.COUNTER32;
import static org.jkeepalived.mibs.smi.SmiType.COUNTER64;
import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.TIMETICKS;
import static org.jkeepalived.mibs.smi.SmiType.UNSIGNED32;
import static org.jkeepalived.mibs.tables.MibValues.code;
import static org.jkeepalived.mibs.tables.MibValues.micros;
import static org.jkeepalived.mibs.tables.MibValues.octets;
import static org.jkeepalived.mibs.tables.MibValues.truth;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.GlobalRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.oid.BfdStdMib;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.Index;

/**
 * BFD-STD-MIB (RFC 7331) over {@link Tables#BFD_SESS}: bfdSessTable and bfdSessPerfTable (which
 * AUGMENTS it), the two map tables and the scalars, all read-only (sessions come from keepalived.conf). keepalived serves no BFD MIB; the
 * config columns come from the bfd_instance, the state and counters from the BFD engine's rows.
 * No echo function runs, so the echo columns are 0; TimeStamps count centiseconds from {@code
 * start} (the daemon's start, as sysUpTime does).
 */
public final class BfdMibTables {
  private BfdMibTables() {}

  /** RFC 5881 / 5883 control ports. */
  private static final long SINGLE_HOP_PORT = 3784;
  private static final long MULTIHOP_PORT = 4784;

  /** bfdSessTable. */
  public static TableSchema<BfdInstanceConfig, BfdSessState> sessions() {
    Cols<BfdInstanceConfig, BfdSessState> c = new Cols<>();
    c.index(1, "bfdSessIndex", UNSIGNED32)
        .constant(2, "bfdSessVersionNumber", UNSIGNED32, 1L)
        // IANAbfdSessTypeTC singleHop(1), multiHopTotallyArbitraryPaths(2)
        .cfg(3, "bfdSessType", INTEGER, r -> r.multihop() ? 2 : 1)
        .st(4, "bfdSessDiscriminator", UNSIGNED32, BfdSessState::localDiscr)
        .st(5, "bfdSessRemoteDiscr", UNSIGNED32, BfdSessState::remoteDiscr)
        .cfg(6, "bfdSessDestinationUdpPort", UNSIGNED32,
            r -> r.multihop() ? MULTIHOP_PORT : SINGLE_HOP_PORT)
        .st(7, "bfdSessSourceUdpPort", UNSIGNED32, s -> (long) s.sourceUdpPort())
        .constant(8, "bfdSessEchoSourceUdpPort", UNSIGNED32, 0L)
        .ro(9, "bfdSessAdminStatus", INTEGER, (r, s) -> r == null ? null
            : s != null && s.state() == BfdState.ADMIN_DOWN ? 3 : 1)
        .st(10, "bfdSessOperStatus", INTEGER, BfdMibTables::operStatus)
        .st(11, "bfdSessState", INTEGER, s -> code(s.state()))
        .st(12, "bfdSessRemoteHeardFlag", INTEGER, s -> truth(s.remoteHeard()))
        .st(13, "bfdSessDiag", INTEGER, s -> code(s.diag()))
        // IANAbfdSessOperModeTC asynchModeWOEchoFunction(2): no echo, no demand mode
        .constant(14, "bfdSessOperMode", INTEGER, 2)
        .constant(15, "bfdSessDemandModeDesiredFlag", INTEGER, truth(false))
        .constant(16, "bfdSessControlPlaneIndepFlag", INTEGER, truth(false))
        .constant(17, "bfdSessMultipointFlag", INTEGER, truth(false))
        .constant(18, "bfdSessInterface", INTEGER, 0)
        .cfg(19, "bfdSessSrcAddrType", INTEGER, r -> r.source() == null ? 0
            : MibValues.inetType(r.source()))
        .cfg(20, "bfdSessSrcAddr", OCTET_STRING, r -> r.source() == null ? new byte[0]
            : octets(r.source()))
        .cfg(21, "bfdSessDstAddrType", INTEGER, r -> MibValues.inetType(r.neighbor()))
        .cfg(22, "bfdSessDstAddr", OCTET_STRING, r -> octets(r.neighbor()))
        .constant(23, "bfdSessGTSM", INTEGER, truth(true))
        .cfg(24, "bfdSessGTSMTTL", UNSIGNED32, r -> (long) Math.max(0, hops(r) - r.maxHops()))
        .cfg(25, "bfdSessDesiredMinTxInterval", UNSIGNED32, r -> micros(r.minTx()))
        .cfg(26, "bfdSessReqMinRxInterval", UNSIGNED32, r -> micros(r.minRx()))
        .constant(27, "bfdSessReqMinEchoRxInterval", UNSIGNED32, 0L)
        .cfg(28, "bfdSessDetectMult", UNSIGNED32, r -> (long) r.multiplier())
        .st(29, "bfdSessNegotiatedInterval", UNSIGNED32, s -> micros(s.negotiatedInterval()))
        .st(30, "bfdSessNegotiatedEchoInterval", UNSIGNED32,
            s -> micros(s.negotiatedEchoInterval()))
        .st(31, "bfdSessNegotiatedDetectMult", UNSIGNED32, s -> (long) s.negotiatedDetectMult())
        .cfg(32, "bfdSessAuthPresFlag", INTEGER, r -> truth(r.auth() != null))
        // IANAbfdSessAuthenticationTypeTC: noAuthentication(-1), else the wire's Auth Type
        .cfg(33, "bfdSessAuthenticationType", INTEGER,
            r -> r.auth() == null ? -1 : r.auth().type().code())
        .cfg(34, "bfdSessAuthenticationKeyID", INTEGER,
            r -> r.auth() == null ? -1 : r.auth().keyId())
        .constant(35, "bfdSessAuthenticationKey", OCTET_STRING, new byte[0]) // never the key
        .constant(36, "bfdSessStorageType", INTEGER, 5) // readOnly: from keepalived.conf
        .constant(37, "bfdSessRowStatus", INTEGER, 1);
    return new TableSchema<>(Tables.BFD_SESS, BfdStdMib.bfdSessEntry.toArray(), c.build());
  }

  /** bfdSessPerfTable (AUGMENTS bfdSessEntry). */
  public static TableSchema<BfdInstanceConfig, BfdSessState> performance(Instant start) {
    Cols<BfdInstanceConfig, BfdSessState> c = new Cols<>();
    c32(c, 1, "bfdSessPerfCtrlPktIn", BfdSessState::ctrlPktIn);
    c32(c, 2, "bfdSessPerfCtrlPktOut", BfdSessState::ctrlPktOut);
    c32(c, 3, "bfdSessPerfCtrlPktDrop", BfdSessState::ctrlPktDrop);
    c.ro(4, "bfdSessPerfCtrlPktDropLastTime", TIMETICKS,
            (r, s) -> stamp(start, s == null ? null : s.ctrlPktDropLastAt()))
        .constant(5, "bfdSessPerfEchoPktIn", COUNTER32, 0L)
        .constant(6, "bfdSessPerfEchoPktOut", COUNTER32, 0L)
        .constant(7, "bfdSessPerfEchoPktDrop", COUNTER32, 0L)
        .constant(8, "bfdSessPerfEchoPktDropLastTime", TIMETICKS, 0L)
        .ro(9, "bfdSessUpTime", TIMETICKS, (r, s) -> stamp(start, s == null ? null : s.upSince()))
        .ro(10, "bfdSessPerfLastSessDownTime", TIMETICKS,
            (r, s) -> stamp(start, s == null ? null : s.lastDownAt()))
        .ro(11, "bfdSessPerfLastCommLostDiag", INTEGER,
            (r, s) -> s == null ? 0 : code(s.lastCommLostDiag()));
    c32(c, 12, "bfdSessPerfSessUpCount", BfdSessState::upCount);
    // the counters start with the session and are never reset under it: no discontinuity
    c.constant(13, "bfdSessPerfDiscTime", TIMETICKS, 0L);
    c64(c, 14, "bfdSessPerfCtrlPktInHC", BfdSessState::ctrlPktIn);
    c64(c, 15, "bfdSessPerfCtrlPktOutHC", BfdSessState::ctrlPktOut);
    c64(c, 16, "bfdSessPerfCtrlPktDropHC", BfdSessState::ctrlPktDrop);
    c.constant(17, "bfdSessPerfEchoPktInHC", COUNTER64, 0L)
        .constant(18, "bfdSessPerfEchoPktOutHC", COUNTER64, 0L)
        .constant(19, "bfdSessPerfEchoPktDropHC", COUNTER64, 0L);
    return new TableSchema<>(Tables.BFD_SESS, BfdStdMib.bfdSessPerfEntry.toArray(), c.build());
  }

  /** bfdSessDiscMapTable: a local discriminator to its session (RFC 7331, for a received packet). */
  public static TableSchema<Void, Long> discMap() {
    Cols<Void, Long> c = new Cols<>();
    c.st(1, "bfdSessDiscMapIndex", UNSIGNED32, i -> i);
    return new TableSchema<>(Tables.BFD_SESS_DISC_MAP, BfdStdMib.bfdSessDiscMapEntry.toArray(),
        c.build());
  }

  /** bfdSessIpMapTable: a session's type and addresses to the session. */
  public static TableSchema<Long, Void> ipMap() {
    Cols<Long, Void> c = new Cols<>();
    c.cfg(1, "bfdSessIpMapIndex", UNSIGNED32, i -> i);
    return new TableSchema<>(Tables.BFD_SESS_IP_MAP, BfdStdMib.bfdSessIpMapEntry.toArray(),
        c.build());
  }

  /**
   * The bfdSessIpMapTable index of a session: bfdSessType, then source and destination as
   * InetAddressType and InetAddress (not IMPLIED, so each address is its length then its octets);
   * a session without source_ip has type unknown(0) and an empty address.
   */
  public static Index ipMapIndex(BfdInstanceConfig r) {
    List<Integer> out = new ArrayList<>();
    out.add(r.multihop() ? 2 : 1);
    address(out, r.source());
    address(out, r.neighbor());
    return Index.of(out.stream().mapToInt(Integer::intValue).toArray());
  }

  private static void address(List<Integer> out, InetAddress a) {
    if (a == null) {
      out.add(0);
      out.add(0);
      return;
    }
    byte[] b = octets(a);
    out.add(MibValues.inetType(a));
    out.add(b.length);
    for (byte x : b) {
      out.add(x & 0xFF);
    }
  }

  /**
   * The BFD scalars, read-only, from the global row: bfdAdminStatus and bfdOperStatus enabled(1)
   * / up(1) (BFD runs whenever a bfd_instance is configured; keepalived's -B turns the engine off,
   * which stops the agent's sessions too, so there is no running-but-disabled state to show),
   * bfdNotificationsEnable follows global_defs enable_traps (the switch that gates bfdSessUp /
   * bfdSessDown, see BfdNotifications), and bfdSessIndexNext is 0: rows come from keepalived.conf,
   * SNMP creates none.
   */
  public static ScalarGroup<GlobalRow, Void> scalars() {
    Cols<GlobalRow, Void> c = new Cols<>();
    // read-write in the module, answered notWritable here (README, SNMP credentials)
    c.rwNoWriter(1, "bfdAdminStatus", INTEGER, g -> 1)
        .constant(2, "bfdOperStatus", INTEGER, 1)
        .rwNoWriter(3, "bfdNotificationsEnable", INTEGER, g -> truth(g.global().snmp().traps()))
        .constant(4, "bfdSessIndexNext", UNSIGNED32, 0L);
    return GlobalBindings.group(Tables.GLOBAL, GlobalBindings.ROW, BfdStdMib.bfdScalarObjects, c);
  }

  /** The four tables, TimeStamps from {@code start}. */
  public static List<TableSchema<?, ?>> tables(Instant start) {
    return List.of(sessions(), performance(start), discMap(), ipMap());
  }

  /** bfdSessOperStatus: up(1), down(2), adminDown(3). */
  static Integer operStatus(BfdSessState s) {
    return switch (s.state()) {
      case UP -> 1;
      case ADMIN_DOWN -> 3;
      default -> 2;
    };
  }

  /** The TTL (IPv4) or Hop Limit (IPv6) the session sends and checks against. */
  static int hops(BfdInstanceConfig r) {
    return r.neighbor() instanceof Inet6Address ? r.hoplimit() : r.ttl();
  }

  /** A TimeStamp: centiseconds from {@code start} to {@code at}, 0 when it never happened. */
  static Long stamp(Instant start, Instant at) {
    return at == null ? 0L : Math.max(0L, Duration.between(start, at).toMillis() / 10);
  }

  private static void c32(Cols<BfdInstanceConfig, BfdSessState> c, int subId, String name,
      Function<BfdSessState, Long> f) {
    c.ro(subId, name, COUNTER32, (r, s) -> s == null ? 0L : f.apply(s) & 0xFFFFFFFFL);
  }

  private static void c64(Cols<BfdInstanceConfig, BfdSessState> c, int subId, String name,
      Function<BfdSessState, Long> f) {
    c.ro(subId, name, COUNTER64, (r, s) -> s == null ? 0L : f.apply(s));
  }
}
