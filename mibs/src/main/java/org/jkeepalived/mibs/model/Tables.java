package org.jkeepalived.mibs.model;

import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.config.TrackFileConfig;
import org.jkeepalived.mibs.config.TrackProcessConfig;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpScriptConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.TableId;

/**
 * The store's tables, one per MIB table, named as the MIBs name them. A row's index is the MIB
 * table's index (e.g. vrrpInstanceIndex, 1-based in configuration order). Child tables are keyed
 * by their parent's index followed by their own (e.g. vrrpAddressTable by (instance, address)).
 *
 * <p>The RFC 2787 and RFC 6527 tables are views of the vrrp_instances keyed as those MIBs key
 * them, by (ifIndex, vrid) and (ifIndex, vrid, inetVersion): the config loader fills their config
 * rows, and their state part is the instance's {@link VrrpInstanceState} as {@link #VRRP_INSTANCE}
 * holds it, computed when read ({@link TableId#view}): a state change is one commit, to the
 * instance, and every snapshot's RFC rows agree with its instance rows. AUGMENTS tables (vrrpRouterStatsTable, vrrpv3StatisticsTable) read the same
 * store table as the table they augment. Scalars read single rows at {@code Index.of(0)}.
 */
public final class Tables {
  private Tables() {}

  // --- global scalars ---

  /** The KEEPALIVED-MIB global group and VRRP-MIB vrrpOperations scalars (row 0). */
  public static final TableId<GlobalRow, Void> GLOBAL =
      new TableId<>("global", Domain.GLOBAL, GlobalRow.class, Void.class);

  /** emailTable: notification_email addresses, 1-based in configuration order. */
  public static final TableId<String, Void> EMAIL =
      new TableId<>("emailTable", Domain.GLOBAL, String.class, Void.class);

  /**
   * Router-wide VRRP error counters (vrrpRouterChecksumErrors..., vrrpv3Router...), row 0; the
   * loader seeds zeros, the VRRP engine publishes the counts.
   */
  public static final TableId<Void, VrrpRouterStats> VRRP_ROUTER_STATS =
      new TableId<>("vrrpRouterStats", Domain.VRRP, Void.class, VrrpRouterStats.class);

  // --- KEEPALIVED-MIB vrrp ---

  /** vrrpInstanceTable: one row per vrrp_instance; config from keepalived.conf, state from VRRP. */
  public static final TableId<VrrpInstanceConfig, VrrpInstanceState> VRRP_INSTANCE =
      new TableId<>("vrrpInstanceTable", Domain.VRRP, VrrpInstanceConfig.class, VrrpInstanceState.class);

  /**
   * The sync group each vrrp_instance belongs to, keyed by the instance's index (only instances in
   * a group have a row); the loader fills it, vrrpInstanceSyncGroup reads it (see {@link
   * org.jkeepalived.mibs.tables.DerivedColumn}). A side table because {@link VrrpInstanceConfig}
   * does not carry its group.
   */
  public static final TableId<String, Void> VRRP_INSTANCE_SYNC_GROUP =
      new TableId<>("vrrpInstanceSyncGroup", Domain.VRRP, String.class, Void.class);

  /** vrrpSyncGroupTable: one row per vrrp_sync_group. */
  public static final TableId<VrrpSyncGroupConfig, VrrpSyncGroupState> VRRP_SYNC_GROUP =
      new TableId<>(
          "vrrpSyncGroupTable", Domain.VRRP, VrrpSyncGroupConfig.class, VrrpSyncGroupState.class);

  /** vrrpSyncGroupMemberTable, index (group, member instance index). */
  public static final TableId<VrrpSyncGroupMemberRow, Void> VRRP_SYNC_GROUP_MEMBER =
      vrrp("vrrpSyncGroupMemberTable", VrrpSyncGroupMemberRow.class, Void.class);

  /** vrrpAddressTable, index (instance or 0 for static addresses, address). */
  public static final TableId<VrrpAddressRow, VrrpAddressState> VRRP_ADDRESS =
      vrrp("vrrpAddressTable", VrrpAddressRow.class, VrrpAddressState.class);

  /** vrrpRouteTable, index (instance or 0 for static routes, route); state: set or unset. */
  public static final TableId<VrrpRouteRow, AddressStatus> VRRP_ROUTE =
      vrrp("vrrpRouteTable", VrrpRouteRow.class, AddressStatus.class);

  /** vrrpRouteNextHopTable, index (instance, route, nexthop). */
  public static final TableId<VrrpNextHopRow, Void> VRRP_ROUTE_NEXT_HOP =
      vrrp("vrrpRouteNextHopTable", VrrpNextHopRow.class, Void.class);

  /** vrrpRuleTable, index (instance or 0 for static rules, rule); state: set or unset. */
  public static final TableId<VrrpRuleRow, AddressStatus> VRRP_RULE =
      vrrp("vrrpRuleTable", VrrpRuleRow.class, AddressStatus.class);

  /** vrrpScriptTable: one row per vrrp_script, index 1-based in configuration order. */
  public static final TableId<VrrpScriptConfig, VrrpScriptState> VRRP_SCRIPT =
      vrrp("vrrpScriptTable", VrrpScriptConfig.class, VrrpScriptState.class);

  /** vrrpFileTable: one row per track_file. */
  public static final TableId<TrackFileConfig, TrackerState> VRRP_FILE =
      vrrp("vrrpFileTable", TrackFileConfig.class, TrackerState.class);

  /** vrrpProcessTable: one row per vrrp_track_process. */
  public static final TableId<TrackProcessConfig, TrackerState> VRRP_PROCESS =
      vrrp("vrrpProcessTable", TrackProcessConfig.class, TrackerState.class);

  /**
   * vrrpBfdTable: one row per bfd_instance, a view: vrrpBfdResult is the state of the {@link
   * #BFD_SESS} session of the same name as the BFD engine last published it (up, or not up while
   * it has published nothing yet), whether or not a vrrp_instance tracks it, as keepalived's
   * bfd_up follows its BFD process. One source of truth: VRRP's track_bfd reads the same rows.
   */
  public static final TableId<BfdInstanceConfig, TrackerState> VRRP_BFD =
      TableId.view("vrrpBfdTable", Domain.VRRP, BfdInstanceConfig.class, TrackerState.class,
          (snap, index, row) -> bfdResult(snap, row.name()));

  /** vrrpTrackedInterfaceTable, index (instance, ifIndex of the tracked interface). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_TRACKED_INTERFACE = tracked("vrrpTrackedInterfaceTable");

  /** vrrpTrackedScriptTable, index (instance, n). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_TRACKED_SCRIPT = tracked("vrrpTrackedScriptTable");

  /** vrrpTrackedFileTable, index (instance, n). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_TRACKED_FILE = tracked("vrrpTrackedFileTable");

  /** vrrpTrackedProcessTable, index (instance, n). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_TRACKED_PROCESS = tracked("vrrpTrackedProcessTable");

  /** vrrpTrackedBfdTable, index (instance, n). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_TRACKED_BFD = tracked("vrrpTrackedBfdTable");

  /** vrrpSyncTrackedInterfaceTable, index (group, ifIndex). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_SYNC_TRACKED_INTERFACE =
      tracked("vrrpSyncTrackedInterfaceTable");

  /** vrrpSyncTrackedScriptTable, index (group, n). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_SYNC_TRACKED_SCRIPT = tracked("vrrpSyncTrackedScriptTable");

  /** vrrpSyncTrackedFileTable, index (group, n). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_SYNC_TRACKED_FILE = tracked("vrrpSyncTrackedFileTable");

  /** vrrpSyncTrackedProcessTable, index (group, n). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_SYNC_TRACKED_PROCESS =
      tracked("vrrpSyncTrackedProcessTable");

  /** vrrpSyncTrackedBfdTable, index (group, n). */
  public static final TableId<VrrpTrackedRow, Void> VRRP_SYNC_TRACKED_BFD = tracked("vrrpSyncTrackedBfdTable");

  // --- RFC 2787 VRRP-MIB and RFC 6527 VRRPv3-MIB views ---

  /**
   * vrrpOperTable (and vrrpRouterStatsTable, which augments it), index (ifIndex, vrid): the
   * VRRPv2 IPv4 instances with at least one VIP, as keepalived serves them.
   */
  public static final TableId<VrrpRouterRow, VrrpInstanceState> VRRP_OPER =
      instanceView("vrrpOperTable");

  /** vrrpAssoIpAddrTable, index (ifIndex, vrid, a.b.c.d). */
  public static final TableId<VrrpAssocAddressRow, Void> VRRP_ASSO_IP_ADDR =
      vrrp("vrrpAssoIpAddrTable", VrrpAssocAddressRow.class, Void.class);

  /**
   * vrrpv3OperationsTable (and vrrpv3StatisticsTable), index (ifIndex, vrid, inetVersion 1|2):
   * every instance with at least one VIP (keepalived 2.2.7 answers for its VRRPv2 instances too).
   */
  public static final TableId<VrrpRouterRow, VrrpInstanceState> VRRPV3_OPERATIONS =
      instanceView("vrrpv3OperationsTable");

  /**
   * vrrpv3AssociatedIpAddrTable, index (ifIndex, vrid, inetVersion, address octets): keepalived
   * writes the address without the length sub-identifier its InetAddress syntax would carry.
   */
  public static final TableId<VrrpAssocAddressRow, Void> VRRPV3_ASSOCIATED_IP_ADDR =
      vrrp("vrrpv3AssociatedIpAddrTable", VrrpAssocAddressRow.class, Void.class);

  // --- BFD-STD-MIB (RFC 7331) ---

  /**
   * bfdSessTable: one row per bfd_instance session, index bfdSessIndex (1-based in configuration
   * order, kept by name across reloads, as vrrpBfdTable is); config from keepalived.conf, state
   * from the BFD engine. Consumers (VRRP track_bfd, the checkers' BFD_CHECK) find a session by its
   * bfd_instance name, which is the config row's {@link BfdInstanceConfig#name()}: BFD session
   * state reaches them only as this table's rows, never by a call into the BFD engine.
   */
  public static final TableId<BfdInstanceConfig, BfdSessState> BFD_SESS =
      new TableId<>("bfdSessTable", Domain.BFD, BfdInstanceConfig.class, BfdSessState.class);

  /**
   * bfdSessDiscMapTable, index bfdSessDiscriminator (the session's local discriminator, which the
   * BFD engine chooses, RFC 5880 section 6.8.1): state rows only, the engine publishes them, the
   * value is the session's bfdSessIndex.
   */
  public static final TableId<Void, Long> BFD_SESS_DISC_MAP =
      new TableId<>("bfdSessDiscMapTable", Domain.BFD, Void.class, Long.class);

  /**
   * bfdSessIpMapTable, index (bfdSessType, bfdSessSrcAddrType, bfdSessSrcAddr, bfdSessDstAddrType,
   * bfdSessDstAddr), each address as an InetAddress with its length sub-identifier: config rows
   * only, the loader fills them from the bfd_instances, the value is the session's bfdSessIndex.
   */
  public static final TableId<Long, Void> BFD_SESS_IP_MAP =
      new TableId<>("bfdSessIpMapTable", Domain.BFD, Long.class, Void.class);

  // --- KEEPALIVED-MIB check (LVS) ---

  /** virtualServerGroupTable: one row per virtual_server_group, 1-based in file order. */
  public static final TableId<VirtualServerGroup, Void> VIRTUAL_SERVER_GROUP =
      check("virtualServerGroupTable", VirtualServerGroup.class, Void.class);

  /** virtualServerGroupMemberTable, index (group, member). */
  public static final TableId<VirtualServerGroupMemberRow, Void> VIRTUAL_SERVER_GROUP_MEMBER =
      check("virtualServerGroupMemberTable", VirtualServerGroupMemberRow.class, Void.class);

  /**
   * virtualServerTable: one row per virtual_server, 1-based in file order; config from
   * keepalived.conf, state (quorum, live real servers, IPVS counters) from the LVS engine.
   */
  public static final TableId<VirtualServerConfig, VirtualServerState> VIRTUAL_SERVER =
      check("virtualServerTable", VirtualServerConfig.class, VirtualServerState.class);

  /**
   * realServerTable, index (virtual server, real server): the sorry server first, then the real
   * servers; config from keepalived.conf (weight also by SNMP SET), state from the LVS engine
   * (a sorry server has none).
   */
  public static final TableId<RealServerRow, RealServerState> REAL_SERVER =
      check("realServerTable", RealServerRow.class, RealServerState.class);

  /**
   * The checker subsystem while it runs (row 0, state only, from the LVS engine): the
   * lvsSyncDaemon scalars read it, as keepalived's checker process serves them.
   */
  public static final TableId<Void, CheckerProcessState> CHECKER =
      check("checker", Void.class, CheckerProcessState.class);

  private static <C, S> TableId<C, S> check(String name, Class<C> config, Class<S> state) {
    return new TableId<>(name, Domain.CHECK, config, state);
  }

  private static <C, S> TableId<C, S> vrrp(String name, Class<C> config, Class<S> state) {
    return new TableId<>(name, Domain.VRRP, config, state);
  }

  /** An RFC view whose state is that of the row's vrrp_instance ({@link VrrpRouterRow#instanceIndex}). */
  private static TableId<VrrpRouterRow, VrrpInstanceState> instanceView(String name) {
    return TableId.view(name, Domain.VRRP, VrrpRouterRow.class, VrrpInstanceState.class,
        (snap, index, row) -> snap.state(VRRP_INSTANCE, Index.of(row.instanceIndex())).orElse(null));
  }

  /** The vrrpBfdTable state of the bfd_instance {@code name}; null when it has no session row. */
  private static TrackerState bfdResult(StoreSnapshot snap, String name) {
    for (var e : snap.configs(BFD_SESS).entrySet()) {
      if (e.getValue().name().equals(name)) {
        boolean up = snap.state(BFD_SESS, e.getKey())
            .map(st -> st.state() == BfdState.UP).orElse(false);
        return new TrackerState(up, 0);
      }
    }
    return null;
  }

  private static TableId<VrrpTrackedRow, Void> tracked(String name) {
    return vrrp(name, VrrpTrackedRow.class, Void.class);
  }
}
