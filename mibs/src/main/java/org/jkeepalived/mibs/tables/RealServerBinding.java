package org.jkeepalived.mibs.tables;

import static org.jkeepalived.mibs.smi.SmiType.COUNTER32;
import static org.jkeepalived.mibs.smi.SmiType.COUNTER64;
import static org.jkeepalived.mibs.smi.SmiType.GAUGE32;
import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.UNSIGNED32;
import static org.jkeepalived.mibs.tables.LvsValues.high32;
import static org.jkeepalived.mibs.tables.LvsValues.low32;
import static org.jkeepalived.mibs.tables.MibValues.code;
import static org.jkeepalived.mibs.tables.MibValues.command;
import static org.jkeepalived.mibs.tables.MibValues.inetType;
import static org.jkeepalived.mibs.tables.MibValues.micros;
import static org.jkeepalived.mibs.tables.MibValues.octets;
import static org.jkeepalived.mibs.tables.MibValues.seconds;
import static org.jkeepalived.mibs.tables.MibValues.truth;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;
import org.jkeepalived.mibs.config.lvs.RealServerConfig;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.oid.KeepalivedCheckMib;
import org.jkeepalived.mibs.smi.TableSchema;

/**
 * KEEPALIVED-MIB realServerTable bound to {@link Tables#REAL_SERVER}, with keepalived 2.2.7's
 * presence rules (check_snmp.c): a sorry server shows its address, port, forwarding and counters
 * but no status, weight, thresholds, action or notify scripts. realServerWeight is the one
 * writable column.
 */
final class RealServerBinding {
  private RealServerBinding() {}

  static TableSchema<RealServerRow, RealServerState> schema() {
    Cols<RealServerRow, RealServerState> c = new Cols<>();
    c.index(1, "realServerIndex", INTEGER)
        // regular(1), sorry(2)
        .cfg(2, "realServerType", INTEGER, r -> r.sorry() ? 2 : 1)
        .cfg(3, "realServerAddrType", INTEGER, r -> inetType(r.address()))
        .cfg(4, "realServerAddress", OCTET_STRING, r -> octets(r.address()))
        .cfg(5, "realServerPort", UNSIGNED32, r -> (long) r.port())
        .ro(6, "realServerStatus", INTEGER, (r, s) -> r == null || r.sorry() || s == null ? null : code(s.status()))
        .rw(7, "realServerWeight", INTEGER, r -> r.sorry() ? null : r.weight(), RealServerBinding::withWeight)
        .cfg(8, "realServerUpperConnectionLimit", UNSIGNED32, r -> threshold(r, RealServerConfig::upperThreshold))
        .cfg(9, "realServerLowerConnectionLimit", UNSIGNED32, r -> threshold(r, RealServerConfig::lowerThreshold))
        // remove(1), inhibit(2)
        .cfg(10, "realServerActionWhenDown", INTEGER, r -> r.sorry() ? null : r.config().inhibitOnFailure() ? 2 : 1)
        .cfg(11, "realServerNotifyUp", OCTET_STRING, r -> r.sorry() ? null : command(r.config().notifyUp()))
        .cfg(12, "realServerNotifyDown", OCTET_STRING, r -> r.sorry() ? null : command(r.config().notifyDown()))
        .ro(13, "realServerFailedChecks", UNSIGNED32, (r, s) -> r == null || r.sorry() || s == null ? null : s.failedChecks());
    stats(c);
    c.cfg(40, "realServerForwardingMethod", INTEGER, r -> LvsValues.method(r.forwarding()))
        .cfg(41, "realServerVirtualHost", OCTET_STRING, r -> r.sorry() ? null : r.config().virtualhost())
        .cfg(42, "realServerAlpha", INTEGER, r -> truth(!r.sorry() && r.config().alpha()))
        // keepalived shows 0 for what is unset; the checkers carry the inherited schedule
        .cfg(43, "realServerRetry", UNSIGNED32, r -> timing(r, t -> (long) t.retry(), 0L))
        .cfg(44, "realServerDelayBeforeRetry", UNSIGNED32, r -> timing(r, t -> seconds(t.delayBeforeRetry()), 0L))
        .cfg(45, "realServerWarmup", UNSIGNED32, r -> timing(r, t -> seconds(t.warmup()), 0L))
        .cfg(46, "realServerDelayLoop", UNSIGNED32, r -> seconds(delayLoop(r)))
        .cfg(47, "realServerSmtpAlert", INTEGER, r -> truth(!r.sorry() && r.config().smtpAlert()))
        .cfg(48, "realServerDelayBeforeRetryUsec", UNSIGNED32, r -> timing(r, t -> micros(t.delayBeforeRetry()), 0L))
        .cfg(49, "realServerWarmupUsec", UNSIGNED32, r -> timing(r, t -> micros(t.warmup()), 0L))
        .cfg(50, "realServerDelayLoopUsec", UNSIGNED32, r -> micros(delayLoop(r)))
        .cfg(51, "realServerConnTimeoutUsec", UNSIGNED32,
            r -> r.sorry() || r.config().connectTimeout() == null ? 0L : micros(r.config().connectTimeout()))
        .cfg(52, "realServerTunnelType", INTEGER, r -> LvsValues.tunnelType(r.forwarding()))
        .cfg(53, "realServerTunnelPort", UNSIGNED32, r -> LvsValues.tunnelPort(r.forwarding()))
        .cfg(54, "realServerTunnelCsum", INTEGER, r -> LvsValues.tunnelChecksum(r.forwarding()))
        .cfg(55, "realServerName", OCTET_STRING, r -> r.sorry() ? null : r.config().snmpName());
    return VrrpObjectBindings.schema(Tables.REAL_SERVER, KeepalivedCheckMib.realServerEntry, c);
  }

  /**
   * An SNMP SET of realServerWeight. keepalived 2.2.7's RESERVE1 checks only the ASN.1 type and
   * length, so any INTEGER passes it; IPVS keeps weights as a non-negative int and the kernel
   * answers ERANGE for a negative one, so we refuse negatives (wrongValue) rather than accept a
   * SET the kernel cannot apply. A sorry server has no weight (keepalived answers noSuchName).
   */
  static RealServerRow withWeight(RealServerRow r, Object value) {
    if (r == null || r.sorry() || !(value instanceof Integer w) || w < 0) {
      return null;
    }
    return r.withWeight(w);
  }

  private static Long threshold(RealServerRow r, ToLongFunction<RealServerConfig> f) {
    if (r.sorry()) {
      return null;
    }
    long v = f.applyAsLong(r.config());
    return v == 0 ? null : v;
  }

  /** A value of the first checker's schedule (the real server's inherited one), else {@code none}. */
  private static Long timing(RealServerRow r, Function<CheckerTiming, Long> f, Long none) {
    CheckerTiming t = firstTiming(r);
    return t == null ? none : f.apply(t);
  }

  private static CheckerTiming firstTiming(RealServerRow r) {
    if (r.sorry()) {
      return null;
    }
    for (CheckerConfig ck : r.config().checkers()) {
      CheckerTiming t = timingOf(ck);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static CheckerTiming timingOf(CheckerConfig ck) {
    if (ck instanceof CheckerConfig.TcpCheck t) {
      return t.timing();
    } else if (ck instanceof CheckerConfig.HttpGetCheck t) {
      return t.timing();
    } else if (ck instanceof CheckerConfig.SslGetCheck t) {
      return t.timing();
    } else if (ck instanceof CheckerConfig.SmtpCheck t) {
      return t.timing();
    } else if (ck instanceof CheckerConfig.DnsCheck t) {
      return t.timing();
    } else if (ck instanceof CheckerConfig.MiscCheck t) {
      return t.timing();
    } else if (ck instanceof CheckerConfig.UdpCheck t) {
      return t.timing();
    } else if (ck instanceof CheckerConfig.PingCheck t) {
      return t.timing();
    }
    return null;
  }

  private static Duration delayLoop(RealServerRow r) {
    if (r.sorry()) {
      return Duration.ZERO;
    }
    return r.config().delayLoop() != null ? r.config().delayLoop() : Duration.ZERO;
  }

  /** The IPVS counter and rate columns 14-39. */
  private static void stats(Cols<RealServerRow, RealServerState> c) {
    c.st(14, "realServerStatsConns", GAUGE32, s -> low32(s.stats().conns()))
        .st(15, "realServerStatsActiveConns", GAUGE32, s -> low32(s.stats().activeConns()))
        .st(16, "realServerStatsInactiveConns", GAUGE32, s -> low32(s.stats().inactiveConns()))
        .st(17, "realServerStatsPersistentConns", GAUGE32, s -> low32(s.stats().persistentConns()))
        .st(18, "realServerStatsInPkts", COUNTER32, s -> low32(s.stats().inPkts()))
        .st(19, "realServerStatsOutPkts", COUNTER32, s -> low32(s.stats().outPkts()))
        .st(20, "realServerStatsInBytes", COUNTER64, s -> s.stats().inBytes())
        .st(21, "realServerStatsOutBytes", COUNTER64, s -> s.stats().outBytes())
        .st(22, "realServerRateCps", GAUGE32, s -> low32(s.stats().cps()))
        .st(23, "realServerRateInPPS", GAUGE32, s -> low32(s.stats().inPps()))
        .st(24, "realServerRateOutPPS", GAUGE32, s -> low32(s.stats().outPps()))
        .st(25, "realServerRateInBPS", GAUGE32, s -> low32(s.stats().inBps()))
        .st(26, "realServerRateOutBPS", GAUGE32, s -> low32(s.stats().outBps()))
        .st(27, "realServerStatsConns64", COUNTER64, s -> s.stats().conns())
        .st(28, "realServerStatsInPkts64", COUNTER64, s -> s.stats().inPkts())
        .st(29, "realServerStatsOutPkts64", COUNTER64, s -> s.stats().outPkts());
    rate(c, 30, "Cps", IpvsStats::cps);
    rate(c, 32, "InPPS", IpvsStats::inPps);
    rate(c, 34, "OutPPS", IpvsStats::outPps);
    rate(c, 36, "InBPS", IpvsStats::inBps);
    rate(c, 38, "OutBPS", IpvsStats::outBps);
  }

  private static void rate(
      Cols<RealServerRow, RealServerState> c, int subId, String name, ToLongFunction<IpvsStats> f) {
    c.st(subId, "realServerRate" + name + "Low", UNSIGNED32, s -> low32(f.applyAsLong(s.stats())))
        .st(subId + 1, "realServerRate" + name + "High", UNSIGNED32, s -> high32(f.applyAsLong(s.stats())));
  }
}
