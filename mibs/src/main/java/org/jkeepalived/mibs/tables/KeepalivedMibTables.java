package org.jkeepalived.mibs.tables;

import java.util.List;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.oid.KeepalivedTrackMib;
import org.jkeepalived.mibs.oid.KeepalivedVrrpMib;
import org.jkeepalived.mibs.smi.TableSchema;

/**
 * KEEPALIVED-MIB bound to the store: every table of the vrrp and check branches and the global
 * scalars. Writable as in keepalived: vrrpInstanceBasePriority, vrrpInstancePreempt and
 * realServerWeight; the other columns
 * the MIB declares read-write are readable and answer notWritable.
 */
public final class KeepalivedMibTables {
  private KeepalivedMibTables() {}

  /** The VRRP tables, then the LVS (check) tables. */
  public static List<TableSchema<?, ?>> tables() {
    return List.of(
        GlobalBindings.email(),
        VrrpObjectBindings.syncGroup(),
        VrrpObjectBindings.syncGroupMember(),
        VrrpInstanceBinding.schema(),
        VrrpObjectBindings.tracked(
            Tables.VRRP_TRACKED_INTERFACE, KeepalivedVrrpMib.vrrpTrackedInterfaceEntry,
            "vrrpTrackedInterface", true),
        VrrpObjectBindings.tracked(
            Tables.VRRP_TRACKED_SCRIPT, KeepalivedVrrpMib.vrrpTrackedScriptEntry, "vrrpTrackedScript", false),
        VrrpObjectBindings.address(),
        VrrpRouteBindings.route(),
        VrrpRouteBindings.rule(),
        VrrpObjectBindings.script(),
        VrrpRouteBindings.nextHop(),
        VrrpObjectBindings.tracked(
            Tables.VRRP_TRACKED_FILE, KeepalivedTrackMib.vrrpTrackedFileEntry, "vrrpTrackedFile", false),
        VrrpObjectBindings.file(),
        VrrpObjectBindings.tracked(
            Tables.VRRP_SYNC_TRACKED_INTERFACE, KeepalivedTrackMib.vrrpSyncTrackedInterfaceEntry,
            "vrrpSyncTrackedInterface", true),
        VrrpObjectBindings.tracked(
            Tables.VRRP_SYNC_TRACKED_SCRIPT, KeepalivedTrackMib.vrrpSyncTrackedScriptEntry,
            "vrrpSyncTrackedScript", false),
        VrrpObjectBindings.tracked(
            Tables.VRRP_SYNC_TRACKED_FILE, KeepalivedTrackMib.vrrpSyncTrackedFileEntry,
            "vrrpSyncTrackedFile", false),
        VrrpObjectBindings.tracked(
            Tables.VRRP_TRACKED_BFD, KeepalivedTrackMib.vrrpTrackedBfdEntry, "vrrpTrackedBfd", false),
        VrrpObjectBindings.bfd(),
        VrrpObjectBindings.tracked(
            Tables.VRRP_SYNC_TRACKED_BFD, KeepalivedTrackMib.vrrpSyncTrackedBfdEntry,
            "vrrpSyncTrackedBfd", false),
        VrrpObjectBindings.tracked(
            Tables.VRRP_TRACKED_PROCESS, KeepalivedTrackMib.vrrpTrackedProcessEntry,
            "vrrpTrackedProcess", false),
        VrrpObjectBindings.process(),
        VrrpObjectBindings.tracked(
            Tables.VRRP_SYNC_TRACKED_PROCESS, KeepalivedTrackMib.vrrpSyncTrackedProcessEntry,
            "vrrpSyncTrackedProcess", false),
        LvsGroupBindings.group(),
        LvsGroupBindings.member(),
        VirtualServerBinding.schema(),
        RealServerBinding.schema());
  }

  /**
   * Columns of the tables above whose cells come from another store table: serve these cells from
   * {@link DerivedColumn#read} (vrrpInstanceSyncGroup).
   */
  public static List<DerivedColumn> derived() {
    return List.of(VrrpInstanceBinding.syncGroup());
  }

  /** The scalar groups: global, mail, lvsSyncDaemon, lvsTimeouts. */
  public static List<ScalarGroup<?, ?>> scalars() {
    return List.of(
        GlobalBindings.global(),
        GlobalBindings.mail(),
        GlobalBindings.lvsSyncDaemon(),
        GlobalBindings.lvsTimeouts());
  }
}
