package org.jkeepalived.mibs.tables;

import static org.jkeepalived.mibs.smi.SmiType.COUNTER32;
import static org.jkeepalived.mibs.smi.SmiType.COUNTER64;
import static org.jkeepalived.mibs.smi.SmiType.INTEGER;
import static org.jkeepalived.mibs.smi.SmiType.OCTET_STRING;
import static org.jkeepalived.mibs.smi.SmiType.TIMETICKS;
import static org.jkeepalived.mibs.smi.SmiType.UNSIGNED32;
import static org.jkeepalived.mibs.tables.MibValues.code;
import static org.jkeepalived.mibs.tables.MibValues.octets;
import static org.jkeepalived.mibs.tables.MibValues.truth;

import java.util.List;
import java.util.function.Function;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAssocAddressRow;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpRouterRow;
import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.oid.Vrrpv3Mib;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.Index;

/** VRRPv3-MIB (RFC 6527) as keepalived 2.2.7 serves it: read-only, read-create bound read-only. */
public final class Vrrpv3MibTables {
  private Vrrpv3MibTables() {}

  /** vrrpv3OperationsTable over {@link Tables#VRRPV3_OPERATIONS}. */
  public static TableSchema<VrrpRouterRow, VrrpInstanceState> operations() {
    Cols<VrrpRouterRow, VrrpInstanceState> c = new Cols<>();
    c.index(1, "vrrpv3OperationsVrId", UNSIGNED32)
        .index(2, "vrrpv3OperationsInetAddrType", INTEGER)
        .ro(3, "vrrpv3OperationsMasterIpAddr", OCTET_STRING,
            (r, s) -> r == null ? null : octets(RfcViews.master(r, s)))
        .cfg(4, "vrrpv3OperationsPrimaryIpAddr", OCTET_STRING, r -> octets(RfcViews.primary(r)))
        .cfg(5, "vrrpv3OperationsVirtualMacAddr", OCTET_STRING, VrrpRouterRow::interfaceMac)
        .st(6, "vrrpv3OperationsStatus", INTEGER, s -> code(s.operState()))
        .cfg(7, "vrrpv3OperationsPriority", UNSIGNED32, r -> (long) r.instance().priority())
        .cfg(8, "vrrpv3OperationsAddrCount", INTEGER, r -> r.instance().virtualAddresses().size())
        .cfg(9, "vrrpv3OperationsAdvInterval", INTEGER,
            r -> (int) (r.instance().advertInterval().toMillis() / 10))
        .cfg(10, "vrrpv3OperationsPreemptMode", INTEGER, r -> truth(r.instance().behaviour().preempt()))
        .cfg(11, "vrrpv3OperationsAcceptMode", INTEGER, r -> truth(r.instance().behaviour().accept()))
        .ro(12, "vrrpv3OperationsUpTime", TIMETICKS, (r, s) -> r == null ? null : RfcViews.upTime(r, s))
        .constant(13, "vrrpv3OperationsRowStatus", INTEGER, 1);
    return VrrpObjectBindings.schema(Tables.VRRPV3_OPERATIONS, Vrrpv3Mib.vrrpv3OperationsEntry, c);
  }

  /** vrrpv3AssociatedIpAddrTable over {@link Tables#VRRPV3_ASSOCIATED_IP_ADDR}. */
  public static TableSchema<VrrpAssocAddressRow, Void> associatedIpAddr() {
    Cols<VrrpAssocAddressRow, Void> c = new Cols<>();
    c.index(1, "vrrpv3AssociatedIpAddrAddress", OCTET_STRING)
        .constant(2, "vrrpv3AssociatedIpAddrRowStatus", INTEGER, 1);
    return VrrpObjectBindings.schema(
        Tables.VRRPV3_ASSOCIATED_IP_ADDR, Vrrpv3Mib.vrrpv3AssociatedIpAddrEntry, c);
  }

  /** vrrpv3StatisticsTable (AUGMENTS vrrpv3OperationsEntry) over {@link Tables#VRRPV3_OPERATIONS}. */
  public static TableSchema<VrrpRouterRow, VrrpInstanceState> statistics() {
    Cols<VrrpRouterRow, VrrpInstanceState> c = new Cols<>();
    c.ro(1, "vrrpv3StatisticsMasterTransitions", COUNTER32,
            (r, s) -> s == null ? 0L : s.stats().becomeMaster())
        .ro(2, "vrrpv3StatisticsNewMasterReason", INTEGER, (r, s) -> newMasterReason(s));
    c64(c, 3, "vrrpv3StatisticsRcvdAdvertisements", VrrpStats::advertiseRcvd);
    c64(c, 4, "vrrpv3StatisticsAdvIntervalErrors", VrrpStats::advertiseIntervalErrors);
    c64(c, 5, "vrrpv3StatisticsIpTtlErrors", VrrpStats::ipTtlErrors);
    c.st(6, "vrrpv3StatisticsProtoErrReason", INTEGER, s -> code(s.protoErrReason()));
    c64(c, 7, "vrrpv3StatisticsRcvdPriZeroPackets", VrrpStats::priorityZeroPktsRcvd);
    c64(c, 8, "vrrpv3StatisticsSentPriZeroPackets", VrrpStats::priorityZeroPktsSent);
    c64(c, 9, "vrrpv3StatisticsRcvdInvalidTypePackets", VrrpStats::invalidTypePktsRcvd);
    c64(c, 10, "vrrpv3StatisticsAddressListErrors", VrrpStats::addressListErrors);
    c64(c, 11, "vrrpv3StatisticsPacketLengthErrors", VrrpStats::packetLengthErrors);
    // keepalived keeps no discontinuities: always 0
    c.constant(12, "vrrpv3StatisticsRowDiscontinuityTime", TIMETICKS, 0L)
        .cfg(13, "vrrpv3StatisticsRefreshRate", UNSIGNED32,
            r -> r.instance().advertInterval().toMillis());
    return VrrpObjectBindings.schema(Tables.VRRPV3_OPERATIONS, Vrrpv3Mib.vrrpv3StatisticsEntry, c);
  }

  /**
   * RFC 6527 vrrpv3StatisticsNewMasterReason: notMaster only if the router never became master,
   * else the reason of its last transition to master, also after it left MASTER (as keepalived).
   */
  static Integer newMasterReason(VrrpInstanceState s) {
    return s == null ? NewMasterReason.NOT_MASTER.code() : s.newMasterReason().code();
  }

  private static void c64(
      Cols<VrrpRouterRow, VrrpInstanceState> c, int subId, String name, Function<VrrpStats, Long> f) {
    c.ro(subId, name, COUNTER64, (r, s) -> s == null ? 0L : f.apply(s.stats()));
  }

  /** vrrpv3Statistics scalars: router-wide error counters and the discontinuity time. */
  public static ScalarGroup<Void, VrrpRouterStats> globalStatistics() {
    Cols<Void, VrrpRouterStats> c = new Cols<>();
    c.ro(1, "vrrpv3RouterChecksumErrors", COUNTER64, (x, s) -> s == null ? 0L : s.checksumErrors())
        .ro(2, "vrrpv3RouterVersionErrors", COUNTER64, (x, s) -> s == null ? 0L : s.versionErrors())
        .ro(3, "vrrpv3RouterVrIdErrors", COUNTER64, (x, s) -> s == null ? 0L : s.vrIdErrors())
        .constant(4, "vrrpv3GlobalStatisticsDiscontinuityTime", TIMETICKS, 0L);
    return GlobalBindings.group(
        Tables.VRRP_ROUTER_STATS, Index.of(0), Vrrpv3Mib.vrrpv3Statistics, c);
  }

  public static List<TableSchema<?, ?>> tables() {
    return List.of(operations(), associatedIpAddr(), statistics());
  }

  public static List<ScalarGroup<?, ?>> scalars() {
    return List.of(globalStatistics());
  }
}
