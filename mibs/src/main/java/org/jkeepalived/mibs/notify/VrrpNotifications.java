package org.jkeepalived.mibs.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.GlobalRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAuthError;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpRouterRow;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.notify.Notification.Varbind;
import org.jkeepalived.mibs.oid.KeepalivedMib;
import org.jkeepalived.mibs.oid.KeepalivedVrrpMib;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.oid.VrrpMib;
import org.jkeepalived.mibs.oid.Vrrpv3Mib;
import org.jkeepalived.mibs.smi.SmiType;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.TableId;

/**
 * The VRRP notifications as pure functions of a store event and the snapshot after it, with
 * keepalived 2.2.7's varbinds in its order (vrrp_snmp.c) and its gates: KEEPALIVED-MIB traps need
 * enable_traps and enable_snmp_vrrp, RFC 2787 ones enable_traps and enable_snmp_rfcv2, RFC 6527
 * ones enable_traps and enable_snmp_rfcv3. Each answers empty when the event is not its trigger.
 */
public final class VrrpNotifications {
  private VrrpNotifications() {}

  /**
   * vrrpInstanceStateChange on a change of vrrpInstanceState: vrrpInstanceName, vrrpInstanceState,
   * vrrpInstanceInitialState, routerId. keepalived names the columns without the row index (and
   * routerId with .0); we follow it so trap receivers match.
   */
  public static Optional<Notification> instanceStateChange(StoreEvent e, StoreSnapshot snap) {
    VrrpInstanceState after = e.stateAfter(Tables.VRRP_INSTANCE).orElse(null);
    VrrpInstanceState before = e.stateBefore(Tables.VRRP_INSTANCE).orElse(null);
    if (after == null || (before != null && before.state() == after.state())) {
      return Optional.empty();
    }
    Optional<GlobalDefs> g = gate(snap, GlobalDefs.Snmp::vrrp);
    Optional<VrrpInstanceConfig> i = snap.config(Tables.VRRP_INSTANCE, e.index());
    if (g.isEmpty() || i.isEmpty()) {
      return Optional.empty();
    }
    int initial = (i.get().state() == InitialState.MASTER ? VrrpState.MASTER : VrrpState.BACKUP).code();
    return Optional.of(new Notification(KeepalivedVrrpMib.vrrpInstanceStateChange, List.of(
        new Varbind(KeepalivedVrrpMib.vrrpInstanceName, SmiType.OCTET_STRING, i.get().name()),
        new Varbind(KeepalivedVrrpMib.vrrpInstanceState, SmiType.INTEGER, after.state().code()),
        new Varbind(KeepalivedVrrpMib.vrrpInstanceInitialState, SmiType.INTEGER, initial),
        routerId(g.get()))));
  }

  /** vrrpSyncGroupStateChange: vrrpSyncGroupName, vrrpSyncGroupState, routerId. */
  public static Optional<Notification> syncGroupStateChange(StoreEvent e, StoreSnapshot snap) {
    VrrpSyncGroupState after = e.stateAfter(Tables.VRRP_SYNC_GROUP).orElse(null);
    VrrpSyncGroupState before = e.stateBefore(Tables.VRRP_SYNC_GROUP).orElse(null);
    if (after == null || (before != null && before.state() == after.state())) {
      return Optional.empty();
    }
    Optional<GlobalDefs> g = gate(snap, GlobalDefs.Snmp::vrrp);
    var group = snap.config(Tables.VRRP_SYNC_GROUP, e.index());
    if (g.isEmpty() || group.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Notification(KeepalivedVrrpMib.vrrpSyncGroupStateChange, List.of(
        new Varbind(KeepalivedVrrpMib.vrrpSyncGroupName, SmiType.OCTET_STRING, group.get().name()),
        new Varbind(KeepalivedVrrpMib.vrrpSyncGroupState, SmiType.INTEGER, after.state().code()),
        routerId(g.get()))));
  }

  /**
   * vrrpTrapNewMaster (RFC 2787) when a VRRPv2 IPv4 instance becomes master: vrrpOperMasterIpAddr
   * (this router's address) indexed by (ifIndex, vrid). Fires on the instance's state event for
   * instances the vrrpOperTable view shows.
   */
  public static Optional<Notification> newMaster(StoreEvent e, StoreSnapshot snap) {
    if (!becameMaster(e) || gate(snap, GlobalDefs.Snmp::rfcV2).isEmpty()) {
      return Optional.empty();
    }
    var row = viewRow(snap, Tables.VRRP_OPER, e.index());
    if (row.isEmpty() || row.get().getValue().primaryAddress() == null) {
      return Optional.empty();
    }
    return Optional.of(new Notification(VrrpMib.vrrpTrapNewMaster, List.of(
        new Varbind(VrrpMib.vrrpOperMasterIpAddr.append(row.get().getKey().toArray()),
            SmiType.IP_ADDRESS, row.get().getValue().primaryAddress()))));
  }

  /**
   * vrrpv3NewMaster (RFC 6527): vrrpv3OperationsMasterIpAddr (this router's address) and
   * vrrpv3StatisticsNewMasterReason, indexed by (ifIndex, vrid, inetVersion).
   */
  public static Optional<Notification> v3NewMaster(StoreEvent e, StoreSnapshot snap) {
    if (!becameMaster(e) || gate(snap, GlobalDefs.Snmp::rfcV3).isEmpty()) {
      return Optional.empty();
    }
    var row = viewRow(snap, Tables.VRRPV3_OPERATIONS, e.index());
    if (row.isEmpty() || row.get().getValue().primaryAddress() == null) {
      return Optional.empty();
    }
    int[] idx = row.get().getKey().toArray();
    VrrpInstanceState s = e.stateAfter(Tables.VRRP_INSTANCE).orElseThrow();
    return Optional.of(new Notification(Vrrpv3Mib.vrrpv3NewMaster, List.of(
        new Varbind(Vrrpv3Mib.vrrpv3OperationsMasterIpAddr.append(idx), SmiType.OCTET_STRING,
            row.get().getValue().primaryAddress().getAddress()),
        new Varbind(Vrrpv3Mib.vrrpv3StatisticsNewMasterReason.append(idx), SmiType.INTEGER,
            s.newMasterReason().code()))));
  }

  /**
   * vrrpv3ProtoError (RFC 6527) when an instance meets a protocol error: its
   * vrrpv3StatisticsProtoErrReason changes to an error, or the same error happens again (one of
   * the counters behind the reasons grew). Other counters moving (an advert received, one sent)
   * while the last reason is still set raise nothing: an NMS would otherwise get one trap per
   * advert after a single bad packet. Only for instances the vrrpv3OperationsTable view shows.
   */
  public static Optional<Notification> v3ProtoError(StoreEvent e, StoreSnapshot snap) {
    VrrpInstanceState after = e.stateAfter(Tables.VRRP_INSTANCE).orElse(null);
    if (after == null || gate(snap, GlobalDefs.Snmp::rfcV3).isEmpty()) {
      return Optional.empty();
    }
    VrrpInstanceState before = e.stateBefore(Tables.VRRP_INSTANCE).orElse(null);
    var reason = after.protoErrReason();
    if (reason.code() == 0 || (before != null && before.protoErrReason() == reason
        && protocolErrors(before.stats()) >= protocolErrors(after.stats()))) {
      return Optional.empty();
    }
    var row = viewRow(snap, Tables.VRRPV3_OPERATIONS, e.index());
    if (row.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Notification(Vrrpv3Mib.vrrpv3ProtoError, List.of(
        new Varbind(Vrrpv3Mib.vrrpv3StatisticsProtoErrReason.append(row.get().getKey().toArray()),
            SmiType.INTEGER, reason.code()))));
  }

  /** The counters of the errors vrrpv3StatisticsProtoErrReason names (TTL, version, checksum). */
  private static long protocolErrors(VrrpStats s) {
    return s.ipTtlErrors() + s.versionErrors() + s.checksumErrors();
  }

  /**
   * vrrpTrapAuthFailure (RFC 2787 section 8) when an instance drops an advertisement that failed
   * authentication: vrrpTrapPacketSrc and vrrpTrapAuthErrorType, each indexed by (ifIndex, vrid)
   * as keepalived sends them. Only for instances the vrrpOperTable view shows (keepalived sends it
   * only for instances RFC 2787 covers); fires when {@link VrrpInstanceState#lastAuthError} is set
   * and the {@link org.jkeepalived.mibs.model.VrrpStats} counter of its type grew, so a repeated
   * error from the same source raises it again.
   */
  public static Optional<Notification> authFailure(StoreEvent e, StoreSnapshot snap) {
    VrrpInstanceState after = e.stateAfter(Tables.VRRP_INSTANCE).orElse(null);
    if (after == null || gate(snap, GlobalDefs.Snmp::rfcV2).isEmpty()) {
      return Optional.empty();
    }
    VrrpInstanceState before = e.stateBefore(Tables.VRRP_INSTANCE).orElse(null);
    VrrpAuthError err = after.lastAuthError();
    if (err == null) {
      return Optional.empty();
    }
    long was = before == null ? 0 : err.type().count(before.stats());
    if (err.type().count(after.stats()) <= was) {
      return Optional.empty();
    }
    var row = viewRow(snap, Tables.VRRP_OPER, e.index());
    if (row.isEmpty()) {
      return Optional.empty();
    }
    int[] idx = row.get().getKey().toArray();
    return Optional.of(new Notification(VrrpMib.vrrpTrapAuthFailure, List.of(
        new Varbind(VrrpMib.vrrpTrapPacketSrc.append(idx), SmiType.IP_ADDRESS, err.source()),
        new Varbind(VrrpMib.vrrpTrapAuthErrorType.append(idx), SmiType.INTEGER, err.type().code()))));
  }

  /** Every VRRP notification the event triggers, in a stable order. */
  public static List<Notification> all(StoreEvent e, StoreSnapshot snap) {
    List<Notification> out = new ArrayList<>();
    instanceStateChange(e, snap).ifPresent(out::add);
    syncGroupStateChange(e, snap).ifPresent(out::add);
    newMaster(e, snap).ifPresent(out::add);
    v3NewMaster(e, snap).ifPresent(out::add);
    v3ProtoError(e, snap).ifPresent(out::add);
    authFailure(e, snap).ifPresent(out::add);
    return out;
  }

  private static boolean becameMaster(StoreEvent e) {
    VrrpInstanceState after = e.stateAfter(Tables.VRRP_INSTANCE).orElse(null);
    VrrpInstanceState before = e.stateBefore(Tables.VRRP_INSTANCE).orElse(null);
    return after != null && after.state() == VrrpState.MASTER
        && (before == null || before.state() != VrrpState.MASTER);
  }

  /**
   * The row (index and config) of an RFC view that shows the vrrp_instance at {@code instance}:
   * the views' state is the instance's, so the RFC notifications follow the instance's events.
   */
  private static Optional<Map.Entry<Index, VrrpRouterRow>> viewRow(
      StoreSnapshot snap, TableId<VrrpRouterRow, ?> view, Index instance) {
    int i = instance.get(0);
    for (Map.Entry<Index, VrrpRouterRow> r : snap.configs(view).entrySet()) {
      if (r.getValue().instanceIndex() == i) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The global config when traps and the given MIB switch are both on. */
  private static Optional<GlobalDefs> gate(
      StoreSnapshot snap, java.util.function.Predicate<GlobalDefs.Snmp> mib) {
    return snap.config(Tables.GLOBAL, Index.of(0))
        .map(GlobalRow::global)
        .filter(g -> g.snmp().traps() && mib.test(g.snmp()));
  }

  private static Varbind routerId(GlobalDefs g) {
    return new Varbind(KeepalivedMib.routerId.append(0), SmiType.OCTET_STRING,
        g.routerId() == null ? "" : g.routerId());
  }
}
