package org.jkeepalived.vrrp.service;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.LinkEvent;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.rtnl.RouteManager;
import org.jkeepalived.linux.rtnl.RtnlListener;
import org.jkeepalived.linux.rtnl.VirtualLinks;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;

import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreSnapshot;

import java.util.Set;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.engine.store.Reconciler;
import org.jkeepalived.engine.store.StatePublisher;
import org.jkeepalived.engine.store.StoreFollower;
import org.jkeepalived.vrrp.fsm.VrrpEvent;
import org.jkeepalived.vrrp.fsm.VrrpFsmInstanceState;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.instance.InstanceParameters;
import org.jkeepalived.vrrp.instance.VrrpInstanceEngine;
import org.jkeepalived.vrrp.instance.VrrpSocket;
import org.jkeepalived.vrrp.io.ChannelKey;
import org.jkeepalived.vrrp.io.KernelLinkReadiness;
import org.jkeepalived.vrrp.io.VrrpChannel;
import org.jkeepalived.vrrp.io.VrrpChannels;
import org.jkeepalived.vrrp.filter.AcceptMode;
import org.jkeepalived.vrrp.link.LinkDebouncer;
import org.jkeepalived.vrrp.packet.AuthType;
import org.jkeepalived.vrrp.route.EngineRouting;
import org.jkeepalived.vrrp.route.InstanceRouting;
import org.jkeepalived.vrrp.vip.GarpAnnouncer;
import org.jkeepalived.vrrp.vip.GarpExtraIf;
import org.jkeepalived.vrrp.vip.GarpPacer;
import org.jkeepalived.vrrp.vip.PromoteSecondaries;
import org.jkeepalived.vrrp.vip.GarpPlan;
import org.jkeepalived.vrrp.vip.VipManager;
import org.jkeepalived.vrrp.vmac.VmacInstances;
import org.jkeepalived.vrrp.vmac.VmacLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VRRP service: runs one instance engine per {@code vrrpInstanceTable} config row and
 * publishes each instance's state row ({@link Origin#ENGINE}, only when it changed).
 *
 * <p>Config rows come from the store: at {@link #start()} from a snapshot, later as events (a
 * reload diff, an SNMP SET of the base priority or preempt). An instance is matched by name, so a
 * reload keeps its state, VIPs and timers; a changed priority or preempt takes effect at once (a
 * master announces its new priority immediately); any other change rebuilds the engine from the
 * running state.
 *
 * <p>Tracking ({@link TrackingCoordinator}): the vrrp_scripts, track_files, vrrp_track_processes,
 * bfd_instances (their {@code bfdSessTable} rows, which the BFD engine publishes: BFD never calls
 * VRRP) and interfaces the instances and their sync groups reference are tracked; every change
 * recomputes each instance's effective priority and FAULT (its own interface unless {@code
 * dont_track_primary}, weight-0 objects, a faulted sync group member) and applies them. Tracker
 * rows (vrrpScriptTable, vrrpFileTable, vrrpProcessTable) and vrrpSyncGroupTable states are
 * published too.
 *
 * <p>Every method must run on the engine loop ({@link Scheduler}); store and link notifications
 * hop onto it.
 */
public final class VrrpEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VrrpEngine.class);

  private final ObjectStore store;
  private final EnginePorts ports;
  private final Scheduler loop;
  private EngineSettings settings;
  private final VrrpChannels channels;
  private final LinkTable links = new LinkTable();
  private final Map<String, InstanceRuntime> instances = new LinkedHashMap<>();
  private final List<AutoCloseable> subscriptions = new ArrayList<>();
  private final TrackingCoordinator tracking;
  private VmacInstances vmacs = VmacInstances.unsupported();
  private final LinkDebouncer debouncer;
  private final StartupGate startup;
  /**
   * How late a received-advert count may reach the store: per-advert publishing was 70 % of a
   * 500-instance backup's allocation (bench/scale; see {@link StatePublisher}).
   */
  /** The index of the one router-wide statistics row. */
  private static final Index ROUTER_ROW = Index.of(0);
  static final java.time.Duration COUNTER_PUBLISH_DELAY = java.time.Duration.ofMillis(500);
  /** Instance rows, then sync groups and routes, only what changed. */
  private final StatePublisher publisher;
  /** The router-wide error counters (one row for VRRP-MIB and VRRPv3-MIB). */
  private final RouterErrorCounter routerErrors;
  /** Instances by name, so that a reload keeps an instance whose index moved. */
  private final Reconciler<String, Map.Entry<Index, VrrpInstanceConfig>, InstanceRuntime>
      reconciler;
  private boolean stopped;
  private final GarpPacer garpPacer;
  private final PromoteSecondaries promote;
  private final EngineRouting routing;

  /**
   * @param routes the port for virtual/static routes and rules: the daemon's {@code
   *     NetlinkRouteManager}; tests pass a {@code FakeRouteManager}
   */
  public VrrpEngine(ObjectStore store, EnginePorts ports, Scheduler loop, EngineSettings settings,
      RouteManager routes) {
    this.store = Objects.requireNonNull(store);
    this.ports = Objects.requireNonNull(ports);
    this.loop = Objects.requireNonNull(loop);
    this.settings = Objects.requireNonNull(settings);
    this.routerErrors = new RouterErrorCounter(store.snapshot()
        .state(Tables.VRRP_ROUTER_STATS, ROUTER_ROW).orElse(VrrpRouterStats.ZERO));
    this.publisher = new StatePublisher("VRRP", store, loop, COUNTER_PUBLISH_DELAY)
        .table(Tables.VRRP_INSTANCE,
            row -> instances.values().forEach(r -> row.accept(r.index(), r.snapshot())))
        .table(Tables.VRRP_ROUTER_STATS, row -> row.accept(ROUTER_ROW, routerErrors.snapshot()))
        .alsoPublish(this::publishGroupsAndRoutes);
    this.reconciler = new Reconciler<>(instances, new InstanceRowHandler(this));
    // Adverts wait for a running link (and an IPv6 link-local past DAD) before going out.
    this.channels = new VrrpChannels(ports.sockets(), loop,
        new KernelLinkReadiness(links::indexOf,
            name -> links.byName(name) != null && links.byName(name).isRunning(),
            ports.addresses()));
    channels.onUnknownVrid(rfc2787 -> {
      routerErrors.unknownVrid(rfc2787);
      publisher.markCountersDirty();
    });
    this.startup = new StartupGate(settings.startupDelay(), loop);
    this.garpPacer = new GarpPacer(settings.garpSpacing());
    this.promote = new PromoteSecondaries(ports.sysctl());
    this.tracking = new TrackingCoordinator(store, ports.trackers(), loop, links, instances,
        publisher::markDirty, startup::isOpen);
    tracking.staticTracking(settings.staticTracking()); // static track_group interfaces
    this.routing = new EngineRouting(store, Objects.requireNonNull(routes), ports.addresses(),
        links::indexOf);
    this.debouncer = new LinkDebouncer(settings.interfaceDelays(), loop,
        this::onLink, ifname -> EngineOptions.debounceLimit(
            instances.values().stream().map(r -> r.row()).toList(), ifname));
  }

  /**
   * Lets instances use use_vmac / use_ipvlan: call before {@link #start()}. The VMACs' kernel
   * parameters go through the engine's {@link EnginePorts#sysctl()}.
   *
   * @param vmacPrefix global_defs vmac_prefix, or null for keepalived's default
   */
  public void useVirtualLinks(VirtualLinks virtualLinks,
      String vmacPrefix) {
    useVirtualLinks(virtualLinks, vmacPrefix, null);
  }

  /** As above, with global_defs vmac_addr_prefix (null: vmacPrefix) for VIPs' own VMACs. */
  public void useVirtualLinks(VirtualLinks virtualLinks,
      String vmacPrefix, String vmacAddrPrefix) {
    vmacs = new VmacInstances(
        new VmacLinks(virtualLinks, ports.sysctl(), ports.addresses(),
            ports.firewall().vmacFilter()),
        vmacPrefix, vmacAddrPrefix);
  }

  /**
   * Registers the engine's validator of instance rows ({@link InstanceValidator}, removed by
   * {@link #close()}), reads the links, starts every configured instance and follows link
   * changes.
   */
  public void start() throws IOException {
    // a SET or reload the engine cannot honour is refused before it reaches the store
    subscriptions.add(store.addValidator(Tables.VRRP_INSTANCE, new InstanceValidator()));
    ports.links().links().forEach(links::put);
    ports.links().links().forEach(debouncer::seed);
    NavigableMap<Index, VrrpInstanceConfig> rows = store.snapshot().configs(Tables.VRRP_INSTANCE);
    EngineOptions.requireInterfaces(settings, rows.values(), links::indexOf);
    subscriptions.add(ports.links().subscribe(new RtnlListener() {
      @Override
      public void linkChanged(LinkEvent event) {
        loop.execute(() -> debouncer.offer(event));
      }
    }));
    routing.startStatics(); // static_ipaddress/routes/rules, whatever the VRRP states
    // restores deleted statics; a master losing a tracked virtual route or rule steps down
    subscriptions.add(routing.follow(ports.links(), loop::execute, i -> instances.values()
        .stream().filter(r -> r.index().equals(i) && r.engine() != null && r.engine().isMaster())
        .forEach(r -> r.engine().handle(new VrrpEvent.StepDown()))));
    subscriptions.add(VipDeletionWatch.follow(ports.links(), loop::execute, instances::values));
    startup.begin(tracking::refresh);
    reconcile(rows);
  }

  /**
   * Also follows the store's VRRP events, and the BFD domain's bfdSessTable rows for track_bfd
   * (production; tests may feed {@link #onEvents}).
   */
  public void subscribeToStore() {
    // config rows only: the state rows are this engine's own publications (counters of every
    // advert an idle backup hears), and a follower that took them woke the loop once more each
    subscriptions.add(StoreFollower.follow(store, Domain.VRRP, "vrrp-engine", loop::execute,
        e -> e.part() == Part.CONFIG, this::onEvents));
    subscriptions.add(StoreFollower.follow(store, Domain.BFD, "vrrp-engine-bfd", loop::execute,
        e -> e.table() == Tables.BFD_SESS, this::onEvents));
  }

  /**
   * Applies config events of the instance and tracking tables (state events of our own tables
   * are ignored), and the BFD engine's bfdSessTable rows: a tracked session going up or down
   * re-applies track_bfd at once. A change of instance rows only touches those instances (an
   * SNMP SET of one priority does not walk 500 instances); a tracker or sync group row change
   * re-resolves them all.
   */
  public void onEvents(List<StoreEvent> events) {
    if (stopped) {
      return;
    }
    EventBatch batch = EventBatch.of(events);
    if (batch.bfdChanged()) {
      tracking.bfdSessions(store.snapshot());
    }
    if (batch.trackingChanged()) {
      // A tracker or sync group row may be used by any instance, and a sync group change moves
      // members: every instance re-resolves (unchanged instances still keep their engines).
      reconcile(store.snapshot().configs(Tables.VRRP_INSTANCE));
    } else if (!batch.changedInstances().isEmpty()) {
      reconcile(store.snapshot(), batch.changedInstances());
    }
    if (batch.staticsChanged()) {
      routing.reloadStatics();
    }
  }

  /**
   * {@link #reconcile(NavigableMap)} for the named instances only: their rows are re-read,
   * their engines created, updated or removed, and they (with their sync group peers) re-resolve
   * their tracking; every other instance is left alone. Tracking is then applied to all ({@link
   * TrackingCoordinator#refresh}): a sync group's FAULT and priorities cross instances, and an
   * instance whose effective priority and fault did not change sees no call.
   */
  private void reconcile(StoreSnapshot snap, Set<String> names) {
    Map<String, Map.Entry<Index, VrrpInstanceConfig>> wanted = new LinkedHashMap<>();
    snap.configs(Tables.VRRP_INSTANCE).entrySet().stream()
        .filter(e -> names.contains(e.getValue().name()))
        .forEach(e -> wanted.put(e.getValue().name(), e));
    reconciler.reconcile(wanted, names);
    tracking.retrack(snap, names);
    tracking.refresh();
  }

  /**
   * Makes the running instances match the rows: start new, update changed, stop removed; then
   * re-resolves every instance's tracking from the store's tracker and sync group rows, runs the
   * trackers that are used, and applies the resulting priorities and faults.
   */
  public void reconcile(NavigableMap<Index, VrrpInstanceConfig> rows) {
    reconcileInstances(rows);
    tracking.retrack(store.snapshot());
    tracking.refresh();
  }

  /**
   * A SIGHUP reload was committed to the store: applies it now (its store events may still be on
   * their way; applying them again later changes nothing), then every master that has not
   * announced itself while applying it sends an advert at once and restarts its Adver_Timer, as
   * keepalived 2.2.7 does after a reload (a backup keeps its Master_Down_Timer).
   */
  public void reloaded() {
    if (stopped) {
      return;
    }
    Map<String, Long> sent = new HashMap<>();
    instances.forEach((name, r) -> sent.put(name, r.advertsSent()));
    reconcile(store.snapshot().configs(Tables.VRRP_INSTANCE));
    instances.forEach((name, r) -> {
      if (r.engine() != null && r.started() && r.engine().isMaster()
          && Objects.equals(sent.get(name), r.advertsSent())) {
        r.engine().resume();
      }
    });
  }

  /**
   * As {@link #reloaded()}, taking the reloaded configuration's engine-wide settings first, as
   * keepalived re-reads them on SIGHUP: garp_group and the vrrp_garp_*_interval spacing,
   * interface_up_down_delays, the track_group of static addresses and routes, vrrp_min_garp for
   * instances (re)built by this reload. vrrp_startup_delay and dynamic_interfaces only matter
   * at start.
   */
  public void reloaded(EngineSettings next) {
    if (stopped) {
      return;
    }
    settings = Objects.requireNonNull(next);
    garpPacer.respace(next.garpSpacing());
    debouncer.delays(next.interfaceDelays());
    links.all().forEach(debouncer::seed); // newly delayed interfaces start from what VRRP knows
    tracking.staticTracking(next.staticTracking());
    reloaded();
  }

  private void reconcileInstances(NavigableMap<Index, VrrpInstanceConfig> rows) {
    Map<String, Map.Entry<Index, VrrpInstanceConfig>> wanted = new LinkedHashMap<>();
    rows.entrySet().forEach(e -> wanted.put(e.getValue().name(), e));
    reconciler.reconcile(wanted);
  }

  /** A new instance's runtime; the caller puts it into {@link #instances}. */
  InstanceRuntime create(Index index, VrrpInstanceConfig row) throws IOException {
    int ifindex = links.indexOf(row.interfaceName());
    if (ifindex == 0) {
      // keepalived: the instance is in FAULT until its interface appears (see onLink)
      LOG.warn("({}) interface {} does not exist: FAULT until it appears", row.name(),
          row.interfaceName());
      return new InstanceRuntime(index, row, loop,
          new VipManager(row.name(), ports.addresses(), List.of()),
          new GarpAnnouncer(row.name(), loop, ports.arp(), ports.na(), links, garpPlan(row)),
          publisher::markDirty);
    }
    vmacs.attach(row, ifindex, links::put);
    VipManager vips = new VipManager(row.name(), ports.addresses(), vipsOf(row));
    vips.removeStale();
    vips.filterWith(AcceptMode.filterFor(ports.firewall(), row));
    if (row.behaviour() != null && row.behaviour().promoteSecondaries()) {
      promote.enable(row.interfaceName());
    }
    InstanceRouting routes = routing.attach(index, row);
    GarpAnnouncer garp = new GarpAnnouncer(row.name(), loop, ports.arp(), ports.na(), links,
        garpPlan(row));
    garp.usePacer(garpPacer);
    garp.setExtraIf(extraIf(row));
    InstanceRuntime r = new InstanceRuntime(index, row, loop, vips, garp, publisher::markDirty);
    r.batchCountersWith(publisher::markCountersDirty);
    // RFC 2787's router counters take only VRRPv2-over-IPv4 instances' packets, as keepalived's
    r.countRouterErrorsWith(reason -> routerErrors.rejected(reason,
        r.row().version() == 2 && !r.row().ipv6()));
    r.useRouting(routes);
    attach(r, row, Optional.empty());
    r.onStateEntered(s -> tracking.stateEntered(r, s));
    // Startup waits for refresh(): tracking first decides FAULT and the effective priority.
    return r;
  }

  /** Opens the channel and builds the engine, from {@code running} when replacing one. */
  private void attach(InstanceRuntime r, VrrpInstanceConfig row,
      Optional<VrrpFsmInstanceState> running) throws IOException {
    int ifindex = links.indexOf(vmacs.sourceInterface(row));
    InetAddress primary = InstanceSettings.primaryAddress(row, ifindex, ports.addresses())
        .orElseThrow(() -> new IOException("no " + (row.ipv6() ? "IPv6 link-local" : "IPv4")
            + " address on " + row.interfaceName()));
    InstanceParameters cfg =
        InstanceSettings.instanceParameters(row, primary);
    boolean ah = cfg.codec().auth().type() == AuthType.AH;
    ChannelKey key = new ChannelKey(vmacs.advertInterface(row), row.ipv6(), primary, ah);
    VrrpChannel channel = channels.acquire(key,
        cfg.unicast() ? null : cfg.destinations().get(0));
    if (cfg.unicast() && row.transport() != null && row.transport().unicastTtl() > 0) {
      channel.setUnicastHops(row.transport().unicastTtl());
    }
    r.useChannel(key);
    // AH checks happen in the channel; what they drop is counted like any decode error.
    VrrpSocket socket = channel.socketFor(cfg.vrid(), cfg.codec(),
        (e, from) -> r.packetRejected(row.name(), e, from));
    r.replaceEngine(running.isPresent()
        ? new VrrpInstanceEngine(cfg, loop, socket, r, running.get())
        : new VrrpInstanceEngine(cfg, loop, socket, r));
    r.engine().setMasterGate(() -> tracking.mayBecomeMaster(r));
  }

  void update(InstanceRuntime r, VrrpInstanceConfig next) throws IOException {
    VrrpInstanceConfig old = r.row();
    r.replaceRow(next);
    if (InstanceRowDiff.onlyPriorityOrPreempt(old, next)) {
      // the new base priority takes effect through refresh(), with the trackers' adjustments
      r.engine().changePreempt(next.behaviour() == null || next.behaviour().preempt());
      return;
    }
    LOG.info("({}) configuration changed, keeping state {}", next.name(), r.engine().state().state());
    VrrpFsmInstanceState running = r.engine().state();
    r.engine().dispose();
    ChannelKey oldKey = r.channel();
    int oldVrid = old.virtualRouterId();
    attach(r, next, Optional.of(running));
    if (!oldKey.equals(r.channel()) || oldVrid != next.virtualRouterId()) {
      channels.release(oldKey, oldVrid);
    }
    r.vips().filterWith(AcceptMode.filterFor(ports.firewall(), next));
    r.vips().update(vipsOf(next), r.engine().isMaster());
    routing.update(r.index(), next, r.engine().isMaster());
    r.garp().setPlan(garpPlan(next));
    r.garp().setExtraIf(extraIf(next));
    r.engine().changePreempt(next.behaviour() == null || next.behaviour().preempt());
    if (r.started()) {
      r.engine().resume();
    }
  }

  void remove(InstanceRuntime r) {
    VrrpInstanceState last = r.snapshot();
    if (r.engine() != null) {
      r.engine().stop();
      r.engine().dispose();
    }
    r.garp().stop();
    routing.detach(r.index());
    r.vips().removeAll();
    vmacs.detach(r.row().name());
    if (r.channel() != null) {
      channels.release(r.channel(), r.row().virtualRouterId());
    }
    publisher.forget(Tables.VRRP_INSTANCE, r.index());
    // notify_deleted: the notifiers see the instance DELETED before its row goes
    store.begin(Origin.ENGINE).putState(Tables.VRRP_INSTANCE, r.index(), DeletedInstance.of(last))
        .commit();
    store.begin(Origin.ENGINE).removeState(Tables.VRRP_INSTANCE, r.index()).commit();
  }

  private List<InterfaceAddress> vipsOf(VrrpInstanceConfig row) {
    List<InterfaceAddress> out = new ArrayList<>(vmacs.vips(row, row.virtualAddresses(), links));
    out.addAll(vmacs.vips(row, row.excludedAddresses(), links));
    return out;
  }

  private GarpPlan garpPlan(VrrpInstanceConfig row) {
    return row.garp() == null ? GarpPlan.of(GarpTimers.DEFAULTS,
        settings.minGarp()) : GarpPlan.of(row.garp(), settings.minGarp());
  }

  private GarpExtraIf extraIf(VrrpInstanceConfig row) {
    VrrpInstanceConfig.Behaviour b = row.behaviour();
    if (b == null || b.garpExtraIf() == null) {
      return GarpExtraIf.NONE;
    }
    // without "all", only the VMACs this daemon made qualify
    return new GarpExtraIf(b.garpExtraIf(), b.garpExtraIfAll(),
        links.indexOf(row.interfaceName()), ifindex -> vmacs.isVirtual(links.nameOf(ifindex)));
  }

  private void onLink(LinkEvent event) {
    LinkInfo now = event.link();
    boolean deleted = event.kind() == LinkEvent.Kind.DELETED;
    LinkInfo before = deleted ? links.remove(now.index()) : links.put(now);
    boolean wasRunning = before != null && before.isRunning();
    boolean running = !deleted && now.isRunning();
    if (!deleted && !stopped) {
      startWaiting(now.name());
    }
    if (wasRunning != running && !stopped) {
      channels.linkChanged(now.name());
      LOG.info("Netlink reports {} {}", now.name(), running ? "up" : "down");
      tracking.refresh(); // primary and track_interface interfaces are tracked objects
      if (running) {
        routing.interfaceUp(now.index()); // keepalived re-adds the statics on it
      }
    }
    if (deleted && !stopped) {
      detachFrom(now.name());
    }
  }

  /**
   * The instances on a deleted interface drop their engine and channel (its socket is bound to
   * the old ifindex) and wait in FAULT for the interface to be created again, as keepalived 2.2.7
   * does (with or without dynamic_interfaces: "Interface X deleted", later "Interface X added").
   */
  private void detachFrom(String ifname) {
    for (InstanceRuntime r : instances.values()) {
      if (r.engine() != null && r.row().interfaceName().equals(ifname)) {
        LOG.info("({}) interface {} deleted: waiting for it to come back", r.row().name(), ifname);
        r.engine().dispose();
        r.dropEngine();
        r.garp().stop();
        r.vips().removeAll();
        channels.release(r.channel(), r.row().virtualRouterId());
        r.dropChannel();
      }
    }
    publisher.markDirty();
  }

  /** Starts the instances that were waiting in FAULT for the interface that appeared. */
  private void startWaiting(String ifname) {
    boolean started = false;
    for (InstanceRuntime r : List.copyOf(instances.values())) {
      if (r.engine() == null && r.row().interfaceName().equals(ifname)) {
        started = true;
        instances.remove(r.row().name());
        try {
          instances.put(r.row().name(), create(r.index(), r.row()));
        } catch (IOException | RuntimeException ex) {
          LOG.error("({}) cannot run instance: {}", r.row().name(), ex.getMessage());
          instances.putIfAbsent(r.row().name(), r);
        }
      }
    }
    if (started) {
      // tracking decides FAULT and priority, then starts the new engines
      tracking.retrack(store.snapshot());
      tracking.refresh();
    }
    publisher.markDirty();
  }

  /** Stops every instance: masters send priority 0 and remove their VIPs (SIGTERM). */
  public void shutdown() {
    if (stopped) {
      return;
    }
    stopped = true;
    publisher.stop();
    debouncer.close();
    startup.close();
    tracking.close();
    for (InstanceRuntime r : instances.values()) {
      if (r.engine() != null) {
        r.engine().stop();
        r.engine().dispose();
      }
      r.garp().stop();
      r.routes().remove();
      r.vips().removeAll();
    }
    vmacs.detachAll();
    ports.firewall().close(); // keepalived deletes its nftables table at exit
    promote.restore();
    routing.shutdown();
    publisher.publish();
  }

  /** The runtime of an instance (tests: whether a change left it alone). */
  /** The running instances by name (the reconciler's map); on the loop only. */
  Map<String, InstanceRuntime> instances() {
    return instances;
  }

  /** Whether the row change gives the instance another VMAC (it must start again). */
  boolean vmacChanged(VrrpInstanceConfig before, VrrpInstanceConfig after) {
    return vmacs.changed(before, after);
  }

  InstanceRuntime runtime(String name) {
    return instances.get(name);
  }

  /** The running instance of a name (tests, the data dump). */
  public Optional<VrrpInstanceEngine> instance(String name) {
    return Optional.ofNullable(instances.get(name)).map(r -> r.engine());
  }

  /** The VIPs an instance has installed. */
  public List<InterfaceAddress> installedVips(String name) {
    InstanceRuntime r = instances.get(name);
    return r == null ? List.of() : r.installedVips();
  }

  /** The states an instance has entered, oldest first. */
  public List<VrrpFsmState> history(String name) {
    InstanceRuntime r = instances.get(name);
    return r == null ? List.of() : r.history();
  }

  /** What goes out with every instance-row publish (each publishes only its own changes). */
  private void publishGroupsAndRoutes() {
    tracking.publishGroups();
    routing.publish();
    VipAddressStates.publish(store, instances.values(), links::indexOf);
  }

  /**
   * Releases subscriptions, the validator and sockets; call {@link #shutdown()} first to leave
   * cleanly.
   */
  @Override
  public void close() {
    for (AutoCloseable s : subscriptions) {
      try {
        s.close();
      } catch (Exception e) {
        LOG.debug("closing subscription", e);
      }
    }
    subscriptions.clear();
    tracking.close();
    channels.close();
  }
}
