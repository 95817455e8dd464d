package org.jkeepalived.vrrp.service;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.AuthErrorType;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpAuthError;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.vrrp.fsm.VrrpFsmInstanceState;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.instance.InstanceObserver;
import org.jkeepalived.vrrp.instance.ReceivePolicy;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.vrrp.instance.VrrpInstanceEngine;
import org.jkeepalived.vrrp.io.ChannelKey;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.route.InstanceRouting;
import org.jkeepalived.vrrp.track.TrackedObject;
import org.jkeepalived.vrrp.vip.GarpAnnouncer;
import org.jkeepalived.vrrp.vip.VipManager;

/**
 * One running instance: its engine, channel, VIPs, announcements and counters, and the row it
 * publishes. It observes its engine and turns what happens into address changes, GARPs and
 * counter increments. Loop only.
 */
final class InstanceRuntime implements InstanceObserver {
  private final Index index;
  private final Scheduler loop;
  private final Runnable dirty;
  private VrrpInstanceConfig row;
  private ChannelKey channel;
  private VrrpInstanceEngine engine;
  private final VipManager vips;
  private final GarpAnnouncer garp;
  /** virtual_routes and virtual_rules: set after the VIPs, removed before them. */
  private InstanceRouting routes;
  private final StatsCounter stats = new StatsCounter();
  private final LowerPriorityAdverts lowerPriority = new LowerPriorityAdverts();
  private Instant upSince;
  private VrrpAuthError lastAuthError;
  private NewMasterReason reason = NewMasterReason.NOT_MASTER;
  private final List<VrrpFsmState> history = new ArrayList<>();
  /** The objects this instance tracks (its own and its sync group's), resolved. */
  private List<TrackedObject> tracked = List.of();
  /** Whether the engine has been told the instance is held in FAULT (InterfaceDown sent). */
  private boolean faultApplied;
  /** Whether Startup has been sent: it waits for weight-0 scripts' first results. */
  private boolean started;
  /** Shown as BACKUP while vrrp_startup_delay runs (its engine {@code hold()}s). */
  private boolean held;
  /**
   * A master's sent-advert count reaches the store at most this often by itself (any other
   * publication carries it too): a publication per advert would wake the store's threads on
   * every advert of an idle master, for a counter that only an exporter scrape reads.
   */
  static final Duration SENT_COUNT_PUBLISH_INTERVAL = Duration.ofSeconds(5);
  /** When a sent-advert count last asked for a publication. */
  private Instant sentCountPublished = Instant.MIN;
  /**
   * Asks for a publication of counters that no notification depends on; the engine may batch
   * them (defaults to an immediate publication).
   */
  private Runnable countersDirty;
  /** Told of every state entered, after this runtime has handled it (sync groups). */
  private Consumer<VrrpFsmState> stateListener = s -> {};
  /** Also counts the router-wide kinds of decode error (checksum, version) for the engine. */
  private Predicate<VrrpDecodeError.Reason> routerErrors = r -> false;

  InstanceRuntime(Index index, VrrpInstanceConfig row, Scheduler loop, VipManager vips,
      GarpAnnouncer garp, Runnable dirty) {
    this.index = index;
    this.row = row;
    this.loop = loop;
    this.vips = vips;
    this.garp = garp;
    this.dirty = dirty;
    this.countersDirty = dirty;
    this.routes = InstanceRouting.none(row.name());
  }

  Index index() {
    return index;
  }

  /** The configured row this instance runs. */
  VrrpInstanceConfig row() {
    return row;
  }

  /** Runs the instance from {@code next} from now on (a reload that keeps its state). */
  void replaceRow(VrrpInstanceConfig next) {
    this.row = next;
  }

  /** The channel the instance sends and receives on, null while it has none. */
  ChannelKey channel() {
    return channel;
  }

  /** The instance now sends and receives on {@code key}. */
  void useChannel(ChannelKey key) {
    this.channel = key;
  }

  /** The instance's channel was released (its interface is gone). */
  void dropChannel() {
    this.channel = null;
  }

  /** The instance's engine, null while its interface is missing. */
  VrrpInstanceEngine engine() {
    return engine;
  }

  /** Runs the instance on {@code next} from now on (the previous one disposed by the caller). */
  void replaceEngine(VrrpInstanceEngine next) {
    this.engine = next;
  }

  /** The engine was disposed (the interface is gone); {@link #engine()} is null until a new one. */
  void dropEngine() {
    this.engine = null;
  }

  VipManager vips() {
    return vips;
  }

  GarpAnnouncer garp() {
    return garp;
  }

  InstanceRouting routes() {
    return routes;
  }

  /** Installs {@code next} as the instance's virtual_routes and virtual_rules. */
  void useRouting(InstanceRouting next) {
    this.routes = next;
  }

  /** The objects this instance tracks (its own and its sync group's), resolved. */
  List<TrackedObject> tracked() {
    return tracked;
  }

  /** Records what tracking resolved for this instance. */
  void markTracked(List<TrackedObject> objects) {
    this.tracked = objects;
  }

  /** Whether the engine has been told the instance is held in FAULT (InterfaceDown sent). */
  boolean faultApplied() {
    return faultApplied;
  }

  /** Records that the engine was told to enter ({@code true}) or leave FAULT. */
  void markFaultApplied(boolean fault) {
    this.faultApplied = fault;
  }

  /** Whether Startup has been sent. */
  boolean started() {
    return started;
  }

  /** Records that Startup was sent. */
  void markStarted() {
    this.started = true;
  }

  /** Whether the engine was held in BACKUP for vrrp_startup_delay. */
  boolean held() {
    return held;
  }

  /** Records that the engine was held for vrrp_startup_delay. */
  void markHeld() {
    this.held = true;
  }

  /** Adverts sent so far (a reload tells which masters already announced themselves). */
  long advertsSent() {
    return stats.advertiseSent;
  }

  /** Counter publications no notification depends on go through {@code batched} from now on. */
  void batchCountersWith(Runnable batched) {
    this.countersDirty = batched;
  }

  /**
   * Decode errors go to {@code counter} too, which counts the router-wide kinds (VRRP-MIB
   * vrrpRouterChecksumErrors, vrrpRouterVersionErrors) across every instance.
   */
  void countRouterErrorsWith(Predicate<VrrpDecodeError.Reason> counter) {
    this.routerErrors = counter;
  }

  /** {@code listener} is told of every state entered, after this runtime has handled it. */
  void onStateEntered(Consumer<VrrpFsmState> listener) {
    this.stateListener = listener;
  }

  /** The states entered so far, oldest first (for tests and the data dump). */
  List<VrrpFsmState> history() {
    return List.copyOf(history);
  }

  @Override
  public void stateChanged(String instance, VrrpFsmState state) {
    if (!history.isEmpty() && history.get(history.size() - 1) == VrrpFsmState.MASTER
        && state != VrrpFsmState.MASTER) {
      stats.releaseMaster++; // keepalived's release_master: MASTER left for any other state
    }
    history.add(state);
    if (state == VrrpFsmState.MASTER) {
      stats.becomeMaster++;
      reason = engine == null ? NewMasterReason.PRIORITY : newMasterReason(engine.state());
    } else {
      // RFC 6527: the reason of the last transition to master stays once master is left
      garp.stop();
    }
    if (upSince == null && state != VrrpFsmState.INITIALIZE) {
      upSince = loop.now();
    }
    dirty.run();
    stateListener.accept(state);
  }

  /** RFC 6527 vrrpv3StatisticsNewMasterReason of an instance that has just become master. */
  static NewMasterReason newMasterReason(VrrpFsmInstanceState s) {
    return switch (s.masterReason()) {
      case PRIORITY -> NewMasterReason.PRIORITY;
      case PREEMPTED -> NewMasterReason.PREEMPTED;
      case MASTER_NO_RESPONSE -> NewMasterReason.MASTER_NO_RESPONSE;
    };
  }

  @Override
  public void vipsAdded(String instance) {
    vips.addAll();
    routes.install();
    dirty.run();
  }

  @Override
  public void vipsRemoved(String instance) {
    garp.stop();
    routes.remove();
    vips.removeAll();
    dirty.run();
  }

  @Override
  public void gratuitousRequested(String instance) {
    garp.start(vips::installed);
  }

  @Override
  public void packetRejected(String instance, VrrpDecodeError error) {
    stats.rejected(error.reason());
    routerErrors.test(error.reason());
    dirty.run();
  }

  /** Also remembers the last authentication error with its source, for vrrpTrapAuthFailure. */
  @Override
  public void packetRejected(String instance, VrrpDecodeError error, InetAddress source) {
    AuthErrorType type = switch (error.reason()) {
      case INVALID_AUTH_TYPE -> AuthErrorType.INVALID_AUTH_TYPE;
      case AUTH_TYPE_MISMATCH -> AuthErrorType.AUTH_TYPE_MISMATCH;
      case AUTH_FAILURE -> AuthErrorType.AUTH_FAILURE;
      default -> null;
    };
    if (type != null) {
      lastAuthError = new VrrpAuthError(type, source);
    }
    packetRejected(instance, error);
  }

  /** Received (RFC 2787 vrrpStatsAdvertiseRcvd) and an error. */
  @Override
  public void advertRefused(String instance, VrrpAdvertisement advert, VrrpDecodeError error,
      InetAddress source) {
    stats.advertiseRcvd++;
    packetRejected(instance, error, source);
  }

  @Override
  public void unicastRejected(String instance, ReceivePolicy.Rejection r) {
    if (r == ReceivePolicy.Rejection.TTL) {
      stats.ipTtlErrors++;
      dirty.run();
    }
  }

  @Override
  public void advertReceived(String instance, VrrpAdvertisement advert, PacketContext ctx) {
    stats.advertiseRcvd++;
    long lowerBefore = lowerPriority.count();
    if (engine != null && engine.isMaster() && channel != null) { // notify_master_rx_lower_pri
      lowerPriority.received(instance, advert.priority(), ctx.source(), engine.state().priority(),
          channel.source(), row.behaviour() == null || !row.behaviour().lowerPrioNoAdvert());
    }
    if (advert.priority() == 0) {
      stats.priorityZeroRcvd++;
    }
    // The hot path: a backup hears every master advert. A plain count only needs to reach the
    // store soon (countersDirty batches it); what notifications follow from is published now.
    if (advert.priority() == 0 || lowerPriority.count() != lowerBefore) {
      dirty.run();
    } else {
      countersDirty.run();
    }
  }

  @Override
  public void advertSent(String instance, int priority) {
    stats.advertiseSent++;
    if (priority == 0) {
      stats.priorityZeroSent++;
      dirty.run();
      return;
    }
    Instant now = loop.now();
    if (Duration.between(sentCountPublished, now).compareTo(SENT_COUNT_PUBLISH_INTERVAL) >= 0) {
      sentCountPublished = now;
      countersDirty.run();
    }
  }

  /** The row this instance publishes now. */
  VrrpInstanceState snapshot() {
    VrrpFsmInstanceState s = engine == null ? null : engine.state();
    VrrpState st = s == null ? VrrpState.FAULT : mib(s.state());
    VrrpState wanted = st == VrrpState.INIT
        ? (row.state() == InitialState.MASTER
            ? VrrpState.MASTER : VrrpState.BACKUP)
        : st;
    InetAddress master = s == null ? null : s.masterAddress().orElse(null);
    int priority = s == null ? row.priority() : s.priority();
    return new VrrpInstanceState(st, wanted, priority,
        vips.allSet() ? VipsStatus.ALL_SET : VipsStatus.NOT_ALL_SET, master, upSince, reason,
        stats.lastProtoError, stats.snapshot(), lastAuthError, lowerPriority.count());
  }

  /** The VIPs and excluded VIPs this instance holds when master. */
  List<InterfaceAddress> installedVips() {
    return vips.installed();
  }

  static VrrpState mib(VrrpFsmState s) {
    return switch (s) {
      case INITIALIZE -> VrrpState.INIT;
      case BACKUP -> VrrpState.BACKUP;
      case MASTER -> VrrpState.MASTER;
      case FAULT -> VrrpState.FAULT;
      case STOP -> VrrpState.SHUTDOWN;
    };
  }
}
