package org.jkeepalived.mibs.tables;

import static org.jkeepalived.mibs.smi.SmiType.COUNTER32;
import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.IP_ADDRESS;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.TIMETICKS;
import static org.jkeepalived.mibs.tables.MibValues.code;
import static org.jkeepalived.mibs.tables.MibValues.truth;

import java.util.List;
import java.util.function.Function;
import org.jkeepalived.mibs.model.GlobalRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAssocAddressRow;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpRouterRow;
import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.oid.VrrpMib;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.Index;

/**
 * VRRP-MIB (RFC 2787) as keepalived 2.2.7 serves it: everything read-only (keepalived implements
 * no row creation; read-create columns are bound read-only), vrrpOperAuthKey never readable.
 */
public final class VrrpMibTables {
  private VrrpMibTables() {}

  /** vrrpOperTable over {@link Tables#VRRP_OPER}. */
  public static TableSchema<VrrpRouterRow, VrrpInstanceState> oper() {
    Cols<VrrpRouterRow, VrrpInstanceState> c = new Cols<>();
    c.index(1, "vrrpOperVrId", INTEGER)
        .cfg(2, "vrrpOperVirtualMacAddr", OCTET_STRING, VrrpRouterRow::interfaceMac)
        .st(3, "vrrpOperState", INTEGER, s -> code(s.operState()))
        .constant(4, "vrrpOperAdminState", INTEGER, 1)
        .cfg(5, "vrrpOperPriority", INTEGER, r -> r.instance().priority())
        .cfg(6, "vrrpOperIpAddrCount", INTEGER, r -> r.instance().virtualAddresses().size())
        .ro(7, "vrrpOperMasterIpAddr", IP_ADDRESS, (r, s) -> RfcViews.master4(s))
        .cfg(8, "vrrpOperPrimaryIpAddr", IP_ADDRESS, RfcViews::primary4)
        .cfg(9, "vrrpOperAuthType", INTEGER, r -> r.instance().authentication().type().ordinal() + 1)
        .absent(10, "vrrpOperAuthKey", OCTET_STRING)
        .cfg(11, "vrrpOperAdvertisementInterval", INTEGER,
            r -> (int) r.instance().advertInterval().toSeconds())
        .cfg(12, "vrrpOperPreemptMode", INTEGER, r -> truth(r.instance().behaviour().preempt()))
        .ro(13, "vrrpOperVirtualRouterUpTime", TIMETICKS, (r, s) -> r == null ? null : RfcViews.upTime(r, s))
        .constant(14, "vrrpOperProtocol", INTEGER, 1)
        .constant(15, "vrrpOperRowStatus", INTEGER, 1);
    return VrrpObjectBindings.schema(Tables.VRRP_OPER, VrrpMib.vrrpOperEntry, c);
  }

  /** vrrpAssoIpAddrTable over {@link Tables#VRRP_ASSO_IP_ADDR}. */
  public static TableSchema<VrrpAssocAddressRow, Void> assoIpAddr() {
    Cols<VrrpAssocAddressRow, Void> c = new Cols<>();
    c.index(1, "vrrpAssoIpAddr", IP_ADDRESS).constant(2, "vrrpAssoIpAddrRowStatus", INTEGER, 1);
    return VrrpObjectBindings.schema(Tables.VRRP_ASSO_IP_ADDR, VrrpMib.vrrpAssoIpAddrEntry, c);
  }

  /** vrrpRouterStatsTable (AUGMENTS vrrpOperEntry) over {@link Tables#VRRP_OPER}. */
  public static TableSchema<VrrpRouterRow, VrrpInstanceState> routerStats() {
    Cols<VrrpRouterRow, VrrpInstanceState> c = new Cols<>();
    stat(c, 1, "vrrpStatsBecomeMaster", VrrpStats::becomeMaster);
    stat(c, 2, "vrrpStatsAdvertiseRcvd", VrrpStats::advertiseRcvd);
    stat(c, 3, "vrrpStatsAdvertiseIntervalErrors", VrrpStats::advertiseIntervalErrors);
    stat(c, 4, "vrrpStatsAuthFailures", VrrpStats::authFailures);
    stat(c, 5, "vrrpStatsIpTtlErrors", VrrpStats::ipTtlErrors);
    stat(c, 6, "vrrpStatsPriorityZeroPktsRcvd", VrrpStats::priorityZeroPktsRcvd);
    stat(c, 7, "vrrpStatsPriorityZeroPktsSent", VrrpStats::priorityZeroPktsSent);
    stat(c, 8, "vrrpStatsInvalidTypePktsRcvd", VrrpStats::invalidTypePktsRcvd);
    stat(c, 9, "vrrpStatsAddressListErrors", VrrpStats::addressListErrors);
    stat(c, 10, "vrrpStatsInvalidAuthType", VrrpStats::invalidAuthType);
    stat(c, 11, "vrrpStatsAuthTypeMismatch", VrrpStats::authTypeMismatch);
    stat(c, 12, "vrrpStatsPacketLengthErrors", VrrpStats::packetLengthErrors);
    return VrrpObjectBindings.schema(Tables.VRRP_OPER, VrrpMib.vrrpRouterStatsEntry, c);
  }

  private static void stat(
      Cols<VrrpRouterRow, VrrpInstanceState> c, int subId, String name, Function<VrrpStats, Long> f) {
    c.ro(subId, name, COUNTER32, (r, s) -> s == null ? 0L : f.apply(s.stats()));
  }

  /** vrrpOperations scalars: vrrpNodeVersion and vrrpNotificationCntl. */
  public static ScalarGroup<GlobalRow, Void> operations() {
    Cols<GlobalRow, Void> c = new Cols<>();
    c.constant(1, "vrrpNodeVersion", INTEGER, 2)
        // read-write in the MIB; keepalived answers it read-only from enable_traps
        .rwNoWriter(2, "vrrpNotificationCntl", INTEGER, g -> truth(g.global().snmp().traps()));
    return GlobalBindings.group(Tables.GLOBAL, GlobalBindings.ROW, VrrpMib.vrrpOperations, c);
  }

  /** vrrpStatistics scalars: router-wide error counters, VRRPv2 over IPv4 only (RFC 2787). */
  public static ScalarGroup<Void, VrrpRouterStats> statistics() {
    Cols<Void, VrrpRouterStats> c = new Cols<>();
    c.ro(1, "vrrpRouterChecksumErrors", COUNTER32, (x, s) -> s == null ? 0L : s.v2ChecksumErrors())
        .ro(2, "vrrpRouterVersionErrors", COUNTER32, (x, s) -> s == null ? 0L : s.v2VersionErrors())
        .ro(3, "vrrpRouterVrIdErrors", COUNTER32, (x, s) -> s == null ? 0L : s.v2VrIdErrors());
    return GlobalBindings.group(Tables.VRRP_ROUTER_STATS, Index.of(0), VrrpMib.vrrpStatistics, c);
  }

  public static List<TableSchema<?, ?>> tables() {
    return List.of(oper(), assoIpAddr(), routerStats());
  }

  public static List<ScalarGroup<?, ?>> scalars() {
    return List.of(operations(), statistics());
  }
}
