package org.jkeepalived.lvs.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.engine.store.StatePublisher;
import org.jkeepalived.engine.store.StoreFollower;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckSpec;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.lvs.check.HealthChecks;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.model.CheckDurations;
import org.jkeepalived.mibs.model.CheckerProcessState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LVS engine's logic on its loop: follows the store's virtual and real server rows, programs
 * kernel IPVS to match, takes the checkers' verdicts, and publishes virtual and real server
 * state and counters. Every method runs on the loop ({@link LvsEngine} hops there); tests drive it
 * on a {@code FakeScheduler} with the fake IPVS table and fake checkers.
 */
public final class LvsCore {
  private static final Logger LOG = LoggerFactory.getLogger("org.jkeepalived.lvs");
  /** How often the kernel's counters are read into the store. */
  static final Duration STATS_INTERVAL = Duration.ofSeconds(5);
  /**
   * The statistics poll's share of the loop is at most about 1 in this many: the next poll
   * comes STATS_INTERVAL after the last, or this many times the last one's duration when that is
   * longer. A poll is one GET_DEST dump per service; at 1,000 virtual servers on a slow CPU (the
   * emulated IPVS guest of bench/lvs) it takes seconds, and every 5 s it would keep the engine's
   * loop, a reload and a one-CPU machine's other work busy most of the time (keepalived reads
   * the counters only when an SNMP request asks: ipvs_vs_update_stats).
   */
  static final int STATS_DUTY = 10;
  /** How late a counter may reach the store (StatePublisher's batch). */
  static final Duration COUNTER_DELAY = Duration.ofSeconds(1);
  /** The row of {@link Tables#CHECKER}: the checker runs. */
  static final Index CHECKER_ROW = Index.of(0);

  private final ObjectStore store;
  private final Scheduler loop;
  private final IpvsWriter writer;
  private final HealthChecks checks;
  private final LvsNotifies notifies;
  private final boolean keepIpvsOnStop;
  private final StatePublisher publisher;
  private final VirtualServerHandler handler;
  private final Map<String, VirtualServerRuntime> running = new LinkedHashMap<>();
  private final ServiceReconciler reconciler;
  private final Map<String, VirtualServerRuntime> byRealServer = new HashMap<>();
  private final HaSuspend.Tracker suspended = new HaSuspend.Tracker();
  private final SyncDaemonControl syncDaemon;
  private final StatsPoller stats;
  private final TimeoutsControl timeouts;
  private final List<AutoCloseable> followers = new ArrayList<>();
  private final ProbeTimes probeTimes;
  private LvsSettings settings;
  private Scheduler.Cancellable statsTask;
  private boolean stopped;

  /**
   * @param checks the health checkers, whose verdicts reach {@link #verdict} on this loop
   */
  public LvsCore(ObjectStore store, Scheduler loop, IpvsControl ipvs, HealthChecks checks,
      LvsPorts ports, LvsSettings settings) {
    this(store, loop, ipvs, checks, ports, settings, new ProbeTimes());
  }

  /**
   * @param probeTimes where the checkers' loops leave their probe times; taken in with every
   *     statistics poll ({@link #STATS_INTERVAL})
   */
  LvsCore(ObjectStore store, Scheduler loop, IpvsControl ipvs, HealthChecks checks,
      LvsPorts ports, LvsSettings settings, ProbeTimes probeTimes) {
    this.probeTimes = Objects.requireNonNull(probeTimes);
    this.store = Objects.requireNonNull(store);
    this.loop = Objects.requireNonNull(loop);
    this.writer = new IpvsWriter(Objects.requireNonNull(ipvs));
    this.checks = Objects.requireNonNull(checks);
    this.notifies = new LvsNotifies(ports.scripts());
    this.keepIpvsOnStop = ports.keepIpvsOnStop();
    this.settings = Objects.requireNonNull(settings);
    this.publisher = new StatePublisher("LVS", store, loop, COUNTER_DELAY)
        .table(Tables.VIRTUAL_SERVER, rows -> running.values()
            .forEach(vs -> rows.accept(vs.index(), vs.state())))
        .table(Tables.REAL_SERVER, rows -> running.values()
            .forEach(vs -> vs.realServers().values()
                .forEach(rs -> rows.accept(rs.index(), rs.state()))))
        .table(Tables.CHECKER, rows -> {
          if (!stopped) {
            rows.accept(CHECKER_ROW, new CheckerProcessState(this.settings.syncDaemon()));
          }
        });
    this.handler = new VirtualServerHandler(writer, notifies, publisher);
    this.reconciler = new ServiceReconciler(running, handler);
    this.syncDaemon = new SyncDaemonControl(ipvs);
    this.stats = new StatsPoller(ipvs);
    this.timeouts = new TimeoutsControl(ipvs);
  }

  /**
   * Starts on the rows in the store: lvs_timeouts, lvs_flush, programs every virtual server,
   * starts the checkers and the sync daemon, and publishes. {@link LvsEngine} subscribes to the
   * store first, in the same loop task, so that no change after the snapshot is missed.
   */
  public void start() {
    start(false);
  }

  /**
   * As {@link #start()}; with {@code takeOver} (a restart after the previous engine's loop
   * failed, which left the kernel table as it was) there is no lvs_flush, and what the kernel
   * holds of the configured services is taken over and reconciled as a reload would, instead of
   * cleared and added back: unchanged rules are not touched and their connections survive.
   */
  public void start(boolean takeOver) {
    handler.rsInitNotifies(settings.rsInitNotifies());
    timeouts.apply(settings.timeouts());
    if (settings.flush() && !takeOver) {
      writer.flush();
    }
    if (takeOver) {
      Map<IpvsServiceKey, IpvsService> kernel = new HashMap<>();
      writer.services().forEach(s -> kernel.put(s.key(), s));
      LOG.info("Taking over {} IPVS services left by the failed checker", kernel.size());
      sync(kernel);
    } else {
      sync();
    }
    syncDaemon.configure(settings.syncDaemon(), store.snapshot());
    statsTask = loop.schedule(STATS_INTERVAL, this::pollStats);
  }

  /** Follows the store: config rows of the check tables, and the VRRP rows it depends on. */
  public void subscribeToStore() {
    followers.add(StoreFollower.follow(store, Domain.CHECK, "lvs-engine", loop::execute,
        LvsCore::configEvent, this::onConfigEvents));
    followers.add(StoreFollower.follow(store, Domain.VRRP, "lvs-engine-vrrp", loop::execute,
        LvsCore::vrrpEvent, this::onVrrpEvents));
  }

  /**
   * A batch of check-table events (a reload, an SNMP SET): the rows are re-read as a whole, so a
   * late or repeated batch changes nothing.
   */
  public void onConfigEvents(List<StoreEvent> events) {
    if (events.stream().anyMatch(LvsCore::configEvent)) {
      sync();
    }
  }

  /** A batch of VRRP events: ha_suspend and the sync daemon follow the VRRP rows. */
  public void onVrrpEvents(List<StoreEvent> events) {
    if (events.stream().anyMatch(LvsCore::vrrpEvent)) {
      followVrrp();
    }
  }

  /** The rows the engine follows: its config rows (reloads and SNMP SETs). */
  static boolean configEvent(StoreEvent e) {
    return e.part() == Part.CONFIG && (e.is(Tables.VIRTUAL_SERVER) || e.is(Tables.REAL_SERVER)
        || e.is(Tables.VIRTUAL_SERVER_GROUP) || e.is(Tables.VIRTUAL_SERVER_GROUP_MEMBER));
  }

  /**
   * The VRRP rows ha_suspend and lvs_sync_daemon follow: virtual addresses, and an instance's
   * state (not its counters, which change with every advert) or config (its name).
   */
  static boolean vrrpEvent(StoreEvent e) {
    if (e.is(Tables.VRRP_ADDRESS) || e.is(Tables.VRRP_INSTANCE, Part.CONFIG)) {
      return true;
    }
    return e.is(Tables.VRRP_INSTANCE, Part.STATE)
        && !Objects.equals(e.stateBefore(Tables.VRRP_INSTANCE).map(s -> s.state()),
            e.stateAfter(Tables.VRRP_INSTANCE).map(s -> s.state()));
  }

  /** Makes the running virtual servers match the store's rows now. */
  void sync() {
    sync(Map.of());
  }

  private void sync(Map<IpvsServiceKey, IpvsService> kernel) {
    if (stopped) {
      return;
    }
    StoreSnapshot snap = store.snapshot();
    // one batch: the services and destinations go to the kernel many per netlink datagram
    writer.batch(() -> reconciler.reconcile(VsRows.read(snap), kernel));
    byRealServer.clear();
    List<CheckSpec> specs = new ArrayList<>();
    for (VirtualServerRuntime vs : running.values()) {
      for (RealServerRuntime rs : vs.realServers().values()) {
        byRealServer.put(rs.key(), vs);
        specs.addAll(specs(vs, rs));
      }
    }
    checks.run(specs);
    followSuspend(snap);
    publisher.markDirty();
  }

  private static List<CheckSpec> specs(VirtualServerRuntime vs, RealServerRuntime rs) {
    List<CheckSpec> out = new ArrayList<>();
    List<CheckerConfig> configs = rs.checkers();
    String host = rs.row().config().virtualhost() != null ? rs.row().config().virtualhost()
        : vs.config().virtualhost();
    for (int i = 0; i < configs.size(); i++) {
      out.add(new CheckSpec(new CheckId(rs.key(), i), vs.key(), vs.name(),
          vs.config().protocol(), rs.row().address(), rs.row().port(), host,
          vs.config().virtualhost(), configs.get(i)));
    }
    return out;
  }

  private void followVrrp() {
    if (stopped) {
      return;
    }
    StoreSnapshot snap = store.snapshot();
    followSuspend(snap);
    syncDaemon.follow(snap);
  }

  private void followSuspend(StoreSnapshot snap) {
    var addresses = HaSuspend.vrrpAddresses(snap);
    for (VirtualServerRuntime vs : running.values()) {
      boolean s = HaSuspend.suspended(vs.config(), addresses);
      if (suspended.changed(vs.key(), s)) {
        LOG.info("{} healthchecks of VS {}", s ? "Suspending" : "Resuming",
            vs.name());
        checks.suspend(vs.key(), s);
      }
    }
  }

  /** A checker's verdict (already on the loop). */
  public void verdict(CheckId id, CheckVerdict v) {
    VirtualServerRuntime vs = byRealServer.get(id.realServer());
    if (stopped || vs == null) {
      return; // a verdict of a check a reload has just removed
    }
    RealServerRuntime rs = vs.realServers().get(id.realServer());
    int weight = rs.effectiveWeight();
    boolean aliveChanged = rs.verdict(id.ordinal(), v);
    if (aliveChanged) {
      VirtualServerHandler.logTransition(vs, rs);
      notifies.realServer(rs);
    } else if (weight != rs.effectiveWeight()) {
      VirtualServerHandler.logWeight(vs, rs, weight);
    }
    handler.updateQuorum(vs, false);
    vs.syncKernel(writer);
    publisher.markDirty();
  }

  /**
   * A probe of a checker ended after {@code took} (already on the loop): its time reaches the
   * store with the next counters.
   */
  public void probed(CheckId id, Duration took) {
    VirtualServerRuntime vs = byRealServer.get(id.realServer());
    if (stopped || vs == null) {
      return;
    }
    if (vs.realServers().get(id.realServer()).probed(id.ordinal(), took)) {
      publisher.markCountersDirty();
    }
  }

  /** The probes of a checker since the last batch (on the loop), as {@link #probed}. */
  void probed(CheckId id, CheckDurations batch) {
    VirtualServerRuntime vs = byRealServer.get(id.realServer());
    if (stopped || vs == null) {
      return;
    }
    if (vs.realServers().get(id.realServer()).probed(id.ordinal(), batch)) {
      publisher.markCountersDirty();
    }
  }

  /** A reload's engine-wide settings (the rows follow as store events). */
  public void reloaded(LvsSettings next) {
    if (stopped) {
      return;
    }
    handler.rsInitNotifies(next.rsInitNotifies());
    if (!Objects.equals(next.timeouts(), settings.timeouts())) {
      timeouts.apply(next.timeouts());
    }
    settings = next;
    syncDaemon.configure(next.syncDaemon(), store.snapshot());
    publisher.markDirty();
  }

  void pollStats() {
    if (stopped) {
      return;
    }
    Instant begun = loop.now();
    if (stats.poll(running.values())) {
      publisher.markCountersDirty();
    }
    probeTimes.drain(this::probed);
    statsTask = loop.schedule(nextStatsPoll(Duration.between(begun, loop.now())), this::pollStats);
  }

  /** When the next statistics poll comes after one that took {@code took} ({@link #STATS_DUTY}). */
  static Duration nextStatsPoll(Duration took) {
    Duration bounded = took.multipliedBy(STATS_DUTY);
    return bounded.compareTo(STATS_INTERVAL) > 0 ? bounded : STATS_INTERVAL;
  }

  /**
   * The loop failed and the engine is closed to be started again: everything stops, but the
   * kernel is left as it is (no release, timeouts and sync daemons kept) for the next engine to
   * take over ({@link #start(boolean)}), as keepalived's table outlives a crashed checker.
   */
  public void abandon() {
    if (stopped) {
      return;
    }
    stopped = true;
    stopFollowing();
    removeCheckerRow();
  }

  private void stopFollowing() {
    if (statsTask != null) {
      statsTask.cancel();
    }
    followers.forEach(f -> {
      try {
        f.close();
      } catch (Exception e) {
        LOG.debug("closing follower", e);
      }
    });
    checks.close();
    publisher.stop();
  }

  private void removeCheckerRow() {
    try {
      store.begin(Origin.ENGINE).removeState(Tables.CHECKER, CHECKER_ROW).commit();
    } catch (RuntimeException e) {
      LOG.warn("removing the checker's row failed: {}", e.getMessage());
    }
  }

  /**
   * SIGTERM (keepalived's clear_services): stops the checkers, then, unless {@code -I}, removes
   * what the engine programmed: one FLUSH with lvs_flush_on_stop, else each service
   * with its destinations in one DEL_SERVICE (keepalived deletes the destinations one by one
   * first unless lvs_flush_on_stop VS; the table ends the same). Live real servers go down
   * and quorums to shutdown (traps follow from the store); with {@code omega} their notify_down
   * (not with lvs_flush_on_stop, as keepalived) and quorum_down scripts run too. The timeouts
   * are restored and a last state published.
   */
  public void shutdown() {
    if (stopped) {
      return;
    }
    stopped = true;
    stopFollowing();
    if (!keepIpvsOnStop) {
      release();
    }
    timeouts.apply(null);
    publisher.publish();
    removeCheckerRow();
  }

  private void release() {
    if (fullFlushOnStop()) {
      writer.flush();
    }
    writer.batch(this::releaseVirtualServers);
    syncDaemon.stopAll();
  }

  private void releaseVirtualServers() {
    for (VirtualServerRuntime vs : running.values()) {
      for (RealServerRuntime rs : vs.realServers().values()) {
        // keepalived's clear_service_rs names every real server, dead ones too, and only when
        // it deletes them one by one (neither lvs_flush_on_stop form does)
        if (!settings.flushOnStop()) {
          LOG.info("Shutting down {}service {} from VS {}",
              rs.inhibit() && !rs.alive() ? "(inhibited) " : "",
              VirtualServerHandler.rsName(vs, rs), vs.name());
        }
        if (rs.alive()) {
          rs.markDown();
          if (vs.config().omega() && !settings.flushOnStop()) {
            notifies.realServer(rs);
          }
        }
      }
      if (fullFlushOnStop()) {
        vs.forgetKernel();
      } else {
        // the services alone: the kernel's DEL_SERVICE unlinks every destination of the
        // service (ip_vs_ctl.c __ip_vs_del_service), so the table ends as after keepalived's
        // DEL_DEST of each real server then DEL_SERVICE (clear_service_vs), in one command
        // instead of eleven for a virtual server of ten real servers
        vs.clear(writer, false);
      }
      vs.quorumUp(false);
      vs.shutdown();
      if (vs.config().omega()) {
        notifies.quorum(vs);
      }
    }
  }

  /**
   * lvs_flush_on_stop without VS: one FLUSH of the whole table. With VS only the services go
   * (keepalived's LVS_FLUSH_VS), so those another tool programmed stay.
   */
  private boolean fullFlushOnStop() {
    return settings.flushOnStop() && !settings.flushOnStopVsOnly();
  }

  /** The running virtual servers, for tests and the health line. */
  int virtualServers() {
    return running.size();
  }
}
