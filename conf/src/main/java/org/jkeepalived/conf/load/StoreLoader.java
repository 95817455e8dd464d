package org.jkeepalived.conf.load;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.AddressStatus;
import org.jkeepalived.mibs.model.GlobalRow;
import org.jkeepalived.mibs.model.ScriptResult;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAddressState;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.mibs.model.VrrpScriptState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpSyncGroupMemberRow;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.store.Transaction;
import org.jkeepalived.mibs.tables.BfdMibTables;

/**
 * Applies a configuration to the object store in one transaction: every table's config rows are
 * replaced ({@link Transaction#replaceConfigs}), so a reload is a diff and unchanged rows emit
 * nothing. Named objects (instances, sync groups, scripts, tracked files, processes, BFDs) keep
 * their row index across reloads under the same name; at start-up they are numbered 1-based in
 * configuration order, as keepalived numbers them.
 *
 * <p>State: a new row gets the state keepalived shows before its engine runs (e.g. {@link
 * VrrpInstanceState#initial}); an existing row's state is never touched. A row whose config goes
 * away loses its state too, so the row leaves SNMP with the configuration.
 */
public final class StoreLoader {
  private final HostInterfaces host;
  private final String version;
  private final Instant daemonStart;

  /**
   * @param host run-time interface facts (ifIndex, MAC, primary address) for the RFC views
   * @param version the daemon's version string (KEEPALIVED-MIB version)
   * @param daemonStart when the daemon started (RFC up-times count from it)
   */
  public StoreLoader(HostInterfaces host, String version, Instant daemonStart) {
    this.host = Objects.requireNonNull(host);
    this.version = Objects.requireNonNull(version);
    this.daemonStart = Objects.requireNonNull(daemonStart);
  }

  /** Applies {@code config} and returns the events the commit produced. */
  public List<StoreEvent> apply(ObjectStore store, KeepalivedConfig config, Origin origin) {
    StoreSnapshot before = store.snapshot();
    Transaction tx = store.begin(origin);

    tx.replaceConfigs(
        Tables.GLOBAL, Map.of(Index.of(0), new GlobalRow(version, config.global(), config.daemon())));
    Map<Index, String> emails = new LinkedHashMap<>();
    List<String> list = config.global().notification().emails();
    for (int i = 0; i < list.size(); i++) {
      emails.put(Index.of(i + 1), list.get(i));
    }
    tx.replaceConfigs(Tables.EMAIL, emails);
    if (before.state(Tables.VRRP_ROUTER_STATS, Index.of(0)).isEmpty()) {
      tx.putState(Tables.VRRP_ROUTER_STATS, Index.of(0), VrrpRouterStats.ZERO);
    }

    Map<String, Integer> instanceIdx =
        assign(before, Tables.VRRP_INSTANCE, VrrpInstanceConfig::name,
            config.vrrpInstances().stream().map(VrrpInstanceConfig::name).toList());
    Map<Index, VrrpInstanceConfig> instances = new LinkedHashMap<>();
    VrrpRows rows = new VrrpRows(config, host);
    RfcRows rfc = new RfcRows(host, daemonStart);
    rows.statics();
    for (VrrpInstanceConfig i : config.vrrpInstances()) {
      int idx = instanceIdx.get(i.name());
      instances.put(Index.of(idx), i);
      rows.instance(idx, i);
      rfc.instance(idx, i);
    }
    replace(tx, before, Tables.VRRP_INSTANCE, instances,
        i -> VrrpInstanceState.initial(i.priority()));

    Map<String, Integer> groupIdx =
        assign(before, Tables.VRRP_SYNC_GROUP, VrrpSyncGroupConfig::name,
            config.syncGroups().stream().map(VrrpSyncGroupConfig::name).toList());
    Map<Index, VrrpSyncGroupConfig> groups = new LinkedHashMap<>();
    Map<Index, VrrpSyncGroupMemberRow> members = new LinkedHashMap<>();
    Map<Index, String> instanceGroup = new LinkedHashMap<>();
    for (VrrpSyncGroupConfig g : config.syncGroups()) {
      int idx = groupIdx.get(g.name());
      groups.put(Index.of(idx), g);
      rows.syncGroup(idx, g);
      for (String m : g.members()) {
        Integer mi = instanceIdx.get(m);
        if (mi != null) {
          members.put(Index.of(idx, mi), new VrrpSyncGroupMemberRow(m));
          // keepalived allows an instance in one group only; the first one names it
          instanceGroup.putIfAbsent(Index.of(mi), g.name());
        }
      }
    }
    tx.replaceConfigs(Tables.VRRP_INSTANCE_SYNC_GROUP, instanceGroup);
    replace(tx, before, Tables.VRRP_SYNC_GROUP, groups, g -> new VrrpSyncGroupState(VrrpState.INIT));
    replace(tx, before, Tables.VRRP_SYNC_GROUP_MEMBER, members, null);

    replace(tx, before, Tables.VRRP_SCRIPT,
        named(before, Tables.VRRP_SCRIPT, c -> c.name(), config.vrrpScripts()),
        s -> new VrrpScriptState(s.initFail() ? ScriptResult.INIT_FAILED : ScriptResult.INIT));
    replace(tx, before, Tables.VRRP_FILE,
        named(before, Tables.VRRP_FILE, c -> c.name(), config.trackFiles()), null);
    replace(tx, before, Tables.VRRP_PROCESS,
        named(before, Tables.VRRP_PROCESS, c -> c.name(), config.trackProcesses()), null);
    // a view: config rows only, vrrpBfdResult is read from the session's bfdSessTable row
    tx.replaceConfigs(Tables.VRRP_BFD,
        named(before, Tables.VRRP_BFD, c -> c.name(), config.bfdInstances()));
    // the sessions the BFD engine runs and publishes into; indexes kept by name, as above
    Map<Index, BfdInstanceConfig> sessions =
        named(before, Tables.BFD_SESS, c -> c.name(), config.bfdInstances());
    replace(tx, before, Tables.BFD_SESS, sessions, null);
    // bfdSessIpMapTable: the first session of a (type, source, destination) names it
    Map<Index, Long> ipMap = new LinkedHashMap<>();
    sessions.forEach((i, c) -> ipMap.putIfAbsent(BfdMibTables.ipMapIndex(c), (long) i.get(0)));
    tx.replaceConfigs(Tables.BFD_SESS_IP_MAP, ipMap);

    replace(tx, before, Tables.VRRP_ADDRESS, rows.addresses,
        a -> new VrrpAddressState(AddressStatus.UNSET, 0));
    replace(tx, before, Tables.VRRP_ROUTE, rows.routes, r -> AddressStatus.UNSET);
    replace(tx, before, Tables.VRRP_ROUTE_NEXT_HOP, rows.nextHops, null);
    replace(tx, before, Tables.VRRP_RULE, rows.rules, r -> AddressStatus.UNSET);
    replace(tx, before, Tables.VRRP_TRACKED_INTERFACE, rows.trackedInterfaces, null);
    replace(tx, before, Tables.VRRP_TRACKED_SCRIPT, rows.trackedScripts, null);
    replace(tx, before, Tables.VRRP_TRACKED_FILE, rows.trackedFiles, null);
    replace(tx, before, Tables.VRRP_TRACKED_PROCESS, rows.trackedProcesses, null);
    replace(tx, before, Tables.VRRP_TRACKED_BFD, rows.trackedBfds, null);
    replace(tx, before, Tables.VRRP_SYNC_TRACKED_INTERFACE, rows.syncInterfaces, null);
    replace(tx, before, Tables.VRRP_SYNC_TRACKED_SCRIPT, rows.syncScripts, null);
    replace(tx, before, Tables.VRRP_SYNC_TRACKED_FILE, rows.syncFiles, null);
    replace(tx, before, Tables.VRRP_SYNC_TRACKED_PROCESS, rows.syncProcesses, null);
    replace(tx, before, Tables.VRRP_SYNC_TRACKED_BFD, rows.syncBfds, null);

    rfcViews(tx, before, rfc);
    lvs(tx, before, new LvsRows(config.lvs(), before));
    return tx.commit();
  }

  /** The check (LVS) tables; a sorry server has no state (keepalived shows none). */
  private static void lvs(Transaction tx, StoreSnapshot before, LvsRows rows) {
    replace(tx, before, Tables.VIRTUAL_SERVER_GROUP, rows.groups, null);
    replace(tx, before, Tables.VIRTUAL_SERVER_GROUP_MEMBER, rows.members, null);
    replace(tx, before, Tables.VIRTUAL_SERVER, rows.virtualServers, LvsRows::initialState);
    replace(tx, before, Tables.REAL_SERVER, rows.realServers,
        r -> r.sorry() ? null : LvsRows.initialState(r));
  }

  /** The RFC views: config rows only; their state is the instance's, computed when read. */
  private static void rfcViews(Transaction tx, StoreSnapshot before, RfcRows rfc) {
    tx.replaceConfigs(Tables.VRRP_OPER, rfc.oper);
    tx.replaceConfigs(Tables.VRRPV3_OPERATIONS, rfc.v3oper);
    replace(tx, before, Tables.VRRP_ASSO_IP_ADDR, rfc.assoc, null);
    replace(tx, before, Tables.VRRPV3_ASSOCIATED_IP_ADDR, rfc.v3assoc, null);
  }

  /**
   * Replaces a table's config rows; seeds {@code initial} state (unless it answers null) for rows
   * that have none; removes
   * the state of rows whose config goes away.
   */
  private static <C, S> void replace(
      Transaction tx, StoreSnapshot before, TableId<C, S> table, Map<Index, C> rows,
      Function<C, S> initial) {
    tx.replaceConfigs(table, rows);
    Map<Index, S> states = before.states(table);
    if (initial != null) {
      for (var e : rows.entrySet()) {
        if (!states.containsKey(e.getKey())) {
          S state = initial.apply(e.getValue());
          if (state != null) {
            tx.putState(table, e.getKey(), state);
          }
        }
      }
    }
    Set<Index> gone = new HashSet<>(states.keySet());
    gone.removeAll(rows.keySet());
    for (Index i : gone) {
      tx.removeState(table, i);
    }
  }

  /** Name to index for a table's rows now, then assigned for the configured names. */
  private static <C> Map<String, Integer> assign(
      StoreSnapshot before, TableId<C, ?> table, Function<C, String> name, List<String> names) {
    Map<String, Integer> previous = new LinkedHashMap<>();
    for (var e : before.configs(table).entrySet()) {
      previous.put(name.apply(e.getValue()), e.getKey().get(0));
    }
    return IndexAllocator.assign(previous, names);
  }

  private static <C> Map<Index, C> named(
      StoreSnapshot before, TableId<C, ?> table, Function<C, String> name, Map<String, C> configs) {
    Map<String, Integer> idx = assign(before, table, name, List.copyOf(configs.keySet()));
    Map<Index, C> out = new LinkedHashMap<>();
    configs.forEach((k, v) -> out.put(Index.of(idx.get(k)), v));
    return out;
  }
}
