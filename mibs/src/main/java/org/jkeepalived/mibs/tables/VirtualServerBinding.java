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

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.function.ToLongFunction;
import org.jkeepalived.mibs.config.lvs.IpFamily;
import org.jkeepalived.mibs.config.lvs.SchedulerFlag;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.oid.KeepalivedCheckMib;
import org.jkeepalived.mibs.smi.TableSchema;

/**
 * KEEPALIVED-MIB virtualServerTable bound to {@link Tables#VIRTUAL_SERVER}, with keepalived
 * 2.2.7's presence rules (check_snmp.c): address and port only for address services, the group
 * name only for group services, the mark only for fwmark services (which show no protocol), the
 * persistence timeout only when persistent, tunnel details only for TUN forwarding.
 */
final class VirtualServerBinding {
  private VirtualServerBinding() {}

  static TableSchema<VirtualServerConfig, VirtualServerState> schema() {
    Cols<VirtualServerConfig, VirtualServerState> c = new Cols<>();
    c.index(1, "virtualServerIndex", INTEGER)
        .cfg(2, "virtualServerType", INTEGER, v -> LvsValues.serviceType(v.id()))
        .cfg(3, "virtualServerNameOfGroup", OCTET_STRING,
            v -> v.id() instanceof VirtualServiceId.Group g ? g.name() : null)
        .cfg(4, "virtualServerFwMark", UNSIGNED32,
            v -> v.id() instanceof VirtualServiceId.Fwmark f ? f.mark() : null)
        // every service has a family (fwmark and group services theirs, from ip_family)
        .cfg(5, "virtualServerAddrType", INTEGER, v -> ipv6(v) ? 2 : 1)
        .cfg(6, "virtualServerAddress", OCTET_STRING, v -> octets(LvsValues.address(v)))
        .cfg(7, "virtualServerPort", UNSIGNED32,
            v -> v.id() instanceof VirtualServiceId.Address a ? (long) a.port() : null)
        .cfg(8, "virtualServerProtocol", INTEGER,
            v -> v.id() instanceof VirtualServiceId.Fwmark ? null : LvsValues.protocol(v.protocol()))
        .cfg(9, "virtualServerLoadBalancingAlgo", INTEGER, v -> LvsValues.scheduler(v.scheduler()))
        .cfg(10, "virtualServerLoadBalancingKind", INTEGER, v -> LvsValues.method(v.forwarding()))
        // alive while the service is in IPVS: keepalived adds it at start-up (quorum met)
        .st(11, "virtualServerStatus", INTEGER,
            s -> truth(s.quorumStatus() == QuorumStatus.MET))
        .cfg(12, "virtualServerVirtualHost", OCTET_STRING, VirtualServerConfig::virtualhost)
        .cfg(13, "virtualServerPersist", INTEGER, v -> truth(v.persistenceTimeout() != null))
        .cfg(14, "virtualServerPersistTimeout", UNSIGNED32, v -> seconds(v.persistenceTimeout()))
        .cfg(15, "virtualServerPersistGranularity", OCTET_STRING, VirtualServerBinding::granularity4)
        .cfg(16, "virtualServerDelayLoop", UNSIGNED32, v -> seconds(v.delayLoop()))
        .cfg(17, "virtualServerHaSuspend", INTEGER, v -> truth(v.haSuspend()))
        .cfg(18, "virtualServerAlpha", INTEGER, v -> truth(v.alpha()))
        .cfg(19, "virtualServerOmega", INTEGER, v -> truth(v.omega()))
        .st(20, "virtualServerRealServersTotal", UNSIGNED32, s -> (long) s.realServersTotal())
        .st(21, "virtualServerRealServersUp", UNSIGNED32, s -> (long) s.realServersUp())
        .cfg(22, "virtualServerQuorum", UNSIGNED32, VirtualServerConfig::quorum)
        .st(23, "virtualServerQuorumStatus", INTEGER, s -> code(s.quorumStatus()))
        .cfg(24, "virtualServerQuorumUp", OCTET_STRING, v -> command(v.quorumUp()))
        .cfg(25, "virtualServerQuorumDown", OCTET_STRING, v -> command(v.quorumDown()))
        .cfg(26, "virtualServerHysteresis", UNSIGNED32, VirtualServerConfig::hysteresis);
    stats(c);
    c.cfg(37, "virtualServerOPS", INTEGER, v -> flag(v, SchedulerFlag.ONE_PACKET))
        .cfg(51, "virtualServerPersistGranularity6", UNSIGNED32, VirtualServerBinding::granularity6)
        // IP_VS_SVC_F_HASHED is the kernel's own bit; keepalived reports it false for a new service
        .constant(52, "virtualServerHashed", INTEGER, truth(false))
        .cfg(53, "virtualServerSHFallback", INTEGER, v -> flag(v, SchedulerFlag.SH_FALLBACK))
        .cfg(54, "virtualServerSHPort", INTEGER, v -> flag(v, SchedulerFlag.SH_PORT))
        .cfg(55, "virtualServerSched3", INTEGER, v -> flag(v, SchedulerFlag.FLAG_3))
        // remove(1), inhibit(2)
        .cfg(56, "virtualServerActionWhenDown", INTEGER, v -> v.inhibitOnFailure() ? 2 : 1)
        // the block's own checker settings; keepalived 2.2.7 answers 0 for those not given
        .cfg(57, "virtualServerRetry", UNSIGNED32, v -> orZero(v.checkerDefaults().retry()))
        .cfg(58, "virtualServerDelayBeforeRetry", UNSIGNED32,
            v -> orZero(seconds(v.checkerDefaults().delayBeforeRetry())))
        .cfg(59, "virtualServerWarmup", UNSIGNED32,
            v -> orZero(seconds(v.checkerDefaults().warmup())))
        .cfg(60, "virtualServerWeight", INTEGER, v -> (int) v.checkerDefaults().weight())
        .cfg(61, "virtualServerSmtpAlert", INTEGER, v -> truth(v.smtpAlert()))
        .cfg(62, "virtualServerMHFallback", INTEGER, v -> flag(v, SchedulerFlag.MH_FALLBACK))
        .cfg(63, "virtualServerMHPort", INTEGER, v -> flag(v, SchedulerFlag.MH_PORT))
        .cfg(64, "virtualServerDelayLoopUsec", UNSIGNED32, v -> micros(v.delayLoop()))
        .cfg(65, "virtualServerDelayBeforeRetrUsec", UNSIGNED32,
            v -> orZero(micros(v.checkerDefaults().delayBeforeRetry())))
        .cfg(66, "virtualServerWarmupUsec", UNSIGNED32,
            v -> orZero(micros(v.checkerDefaults().warmup())))
        .cfg(67, "virtualServerConnTimeoutUsec", UNSIGNED32,
            v -> orZero(micros(v.checkerDefaults().connectTimeout())))
        .cfg(68, "virtualServerTunnelType", INTEGER, v -> LvsValues.tunnelType(v.forwarding()))
        .cfg(69, "virtualServerTunnelPort", UNSIGNED32, v -> LvsValues.tunnelPort(v.forwarding()))
        .cfg(70, "virtualServerTunnelCsum", INTEGER, v -> LvsValues.tunnelChecksum(v.forwarding()))
        .cfg(71, "virtualServerName", OCTET_STRING, VirtualServerConfig::snmpName);
    return VrrpObjectBindings.schema(Tables.VIRTUAL_SERVER, KeepalivedCheckMib.virtualServerEntry, c);
  }

  /** The IPVS counter and rate columns 27-36 and 38-50. */
  private static void stats(Cols<VirtualServerConfig, VirtualServerState> c) {
    c.st(27, "virtualServerStatsConns", GAUGE32, s -> low32(s.stats().conns()))
        .st(28, "virtualServerStatsInPkts", COUNTER32, s -> low32(s.stats().inPkts()))
        .st(29, "virtualServerStatsOutPkts", COUNTER32, s -> low32(s.stats().outPkts()))
        .st(30, "virtualServerStatsInBytes", COUNTER64, s -> s.stats().inBytes())
        .st(31, "virtualServerStatsOutBytes", COUNTER64, s -> s.stats().outBytes())
        .st(32, "virtualServerRateCps", GAUGE32, s -> low32(s.stats().cps()))
        .st(33, "virtualServerRateInPPS", GAUGE32, s -> low32(s.stats().inPps()))
        .st(34, "virtualServerRateOutPPS", GAUGE32, s -> low32(s.stats().outPps()))
        .st(35, "virtualServerRateInBPS", GAUGE32, s -> low32(s.stats().inBps()))
        .st(36, "virtualServerRateOutBPS", GAUGE32, s -> low32(s.stats().outBps()))
        .st(38, "virtualServerStatsConns64", COUNTER64, s -> s.stats().conns())
        .st(39, "virtualServerStatsInPkts64", COUNTER64, s -> s.stats().inPkts())
        .st(40, "virtualServerStatsOutPkts64", COUNTER64, s -> s.stats().outPkts());
    rate(c, 41, "Cps", IpvsStats::cps);
    rate(c, 43, "InPPS", IpvsStats::inPps);
    rate(c, 45, "OutPPS", IpvsStats::outPps);
    rate(c, 47, "InBPS", IpvsStats::inBps);
    rate(c, 49, "OutBPS", IpvsStats::outBps);
  }

  private static void rate(
      Cols<VirtualServerConfig, VirtualServerState> c, int subId, String name, ToLongFunction<IpvsStats> f) {
    c.st(subId, "virtualServerRate" + name + "Low", UNSIGNED32, s -> low32(f.applyAsLong(s.stats())))
        .st(subId + 1, "virtualServerRate" + name + "High", UNSIGNED32, s -> high32(f.applyAsLong(s.stats())));
  }

  private static Integer flag(VirtualServerConfig v, SchedulerFlag f) {
    return truth(v.flags().contains(f));
  }

  /** Whether the service is IPv6: its address's family, else its ip_family. */
  private static boolean ipv6(VirtualServerConfig v) {
    InetAddress a = LvsValues.address(v);
    return a != null ? a instanceof Inet6Address : v.family() == IpFamily.INET6;
  }

  /**
   * The persistence netmask (0.0.0.0 when unset), shown as keepalived does for every service
   * whose address is not IPv6; fwmark and group services have no address and show both forms.
   */
  private static byte[] granularity4(VirtualServerConfig v) {
    InetAddress a = LvsValues.address(v);
    if (a instanceof Inet6Address) {
      return null;
    }
    return LvsValues.netmask4(Math.max(0, v.persistenceGranularity()));
  }

  /** The persistence prefix length (0 when unset), for every service whose address is not IPv4. */
  private static Long granularity6(VirtualServerConfig v) {
    InetAddress a = LvsValues.address(v);
    if (a != null && !(a instanceof Inet6Address)) {
      return null;
    }
    return (long) Math.max(0, v.persistenceGranularity());
  }

  private static long orZero(Number n) {
    return n == null ? 0 : n.longValue();
  }
}
