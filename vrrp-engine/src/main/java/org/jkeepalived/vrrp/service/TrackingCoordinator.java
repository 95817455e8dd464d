package org.jkeepalived.vrrp.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.vrrp.fsm.VrrpEvent;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.sync.SyncGroups;
import org.jkeepalived.vrrp.track.EffectivePriority;
import org.jkeepalived.vrrp.track.Observation;
import org.jkeepalived.vrrp.track.PriorityResult;
import org.jkeepalived.vrrp.track.StaticTrackGroups;
import org.jkeepalived.vrrp.track.TrackedObject;
import org.jkeepalived.vrrp.track.TrackerKey;
import org.jkeepalived.vrrp.track.TrackerKind;
import org.jkeepalived.vrrp.track.TrackerPorts;
import org.jkeepalived.vrrp.track.TrackingResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracking and sync groups for the engine's instances: resolves what each instance tracks (its own
 * and its sync group's objects, {@link TrackingResolver}), runs the trackers ({@link
 * EngineTrackers}), and on every change applies {@link EffectivePriority#evaluate} to every
 * instance (priority changes, FAULT entry and exit, the group's shared FAULT, a member following
 * another into MASTER or out of it into BACKUP) and publishes the sync groups' states. Loop only.
 */
final class TrackingCoordinator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VrrpEngine.class);

  private final LinkTable links;
  private final Map<String, InstanceRuntime> instances;
  private final Runnable dirty;
  private final EngineTrackers trackers;
  /** track_bfd: the bfdSessTable rows, fed to the trackers' BFD tracker. */
  private final BfdSessionFeed bfdFeed;
  /** bfd_fast_takeover: a session to the master going down makes its backup master at once. */
  private final BfdFastTakeover fastTakeover = new BfdFastTakeover();
  /** The bfd_instances some instance or sync group tracks (from the last retrack). */
  private Set<String> trackedBfds = Set.of();
  private final SyncGroupPublisher groupPublisher;
  private SyncGroups groups = new SyncGroups(List.of());
  /** The state each instance entered last, to tell MASTER -> BACKUP from other ways in. */
  private final Map<String, VrrpFsmState> lastState = new HashMap<>();
  private boolean reconciling;
  private StaticTrackGroups staticTracking = StaticTrackGroups.NONE;
  private boolean stopped;

  /**
   * @param instances the engine's running instances by name (read, never changed, here)
   * @param dirty asks the engine to publish its rows
   */
  private final java.util.function.BooleanSupplier startAllowed;

  TrackingCoordinator(ObjectStore store, TrackerPorts ports, Scheduler loop, LinkTable links,
      Map<String, InstanceRuntime> instances, Runnable dirty,
      java.util.function.BooleanSupplier startAllowed) {
    this.startAllowed = startAllowed;
    this.links = links;
    this.instances = instances;
    this.dirty = dirty;
    this.trackers = new EngineTrackers(store, ports, loop, key -> refresh());
    this.bfdFeed = new BfdSessionFeed(trackers.bfd());
    this.groupPublisher = new SyncGroupPublisher(store);
  }

  /** The interfaces static track_group entries add to their instances (from the next retrack). */
  void staticTracking(StaticTrackGroups groups) {
    this.staticTracking = java.util.Objects.requireNonNull(groups);
  }

  /** Resolves each instance's tracked objects and runs the trackers they need. */
  void retrack(StoreSnapshot snap) {
    reconciling = true;
    try {
      resolve(snap, name -> true);
    } finally {
      reconciling = false;
    }
  }

  /**
   * As {@link #retrack(StoreSnapshot)} after a change of the config rows of the named instances
   * only (the tracker and sync group rows unchanged): re-resolves those instances and the other
   * members of their sync groups (whether a group has an address owner changes what each member
   * tracks); every other instance keeps what it tracks.
   */
  void retrack(StoreSnapshot snap, Set<String> changed) {
    Set<String> affected = new HashSet<>(changed);
    for (String name : changed) {
      groups.groupOf(name).ifPresent(g -> affected.addAll(g.members()));
    }
    reconciling = true;
    try {
      resolve(snap, affected::contains);
    } finally {
      reconciling = false;
    }
  }

  private void resolve(StoreSnapshot snap, java.util.function.Predicate<String> which) {
    NavigableMap<Index, VrrpSyncGroupConfig> groupRows = snap.configs(Tables.VRRP_SYNC_GROUP);
    groups = new SyncGroups(groupRows.values());
    groupPublisher.setGroups(groupRows);
    trackers.readDefaults(snap);
    TrackingResolver resolver = new TrackingResolver(trackers.defaults());
    Set<TrackerKey> used = new HashSet<>();
    for (InstanceRuntime r : instances.values()) {
      if (which.test(r.row().name())) {
        VrrpSyncGroupConfig group = groups.groupOf(r.row().name()).orElse(null);
        boolean owner = group != null && SyncGroups.hasOwner(group,
            m -> Optional.ofNullable(instances.get(m)).map(x -> x.row().priority()).orElse(null));
        r.markTracked(staticTracking.addTo(r.row().name(),
            resolver.resolve(withTracking(r.row()), group, owner)));
      }
      r.tracked().forEach(t -> used.add(t.key()));
    }
    trackers.reconcile(snap, used);
    trackedBfds = used.stream().filter(k -> k.kind() == TrackerKind.BFD)
        .map(TrackerKey::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    bfdFeed.feed(snap, trackedBfds); // before the refresh that follows: startup sees them
    fastTakeover.sessions(snap, List.of()); // the states now, so a later Down is an edge
  }

  /**
   * The BFD engine's bfdSessTable rows changed: reports the tracked sessions' states; a change
   * re-applies tracking at once.
   */
  void bfdSessions(StoreSnapshot snap) {
    if (!stopped) {
      if (fastTakeover.sessions(snap, instances.values())) { // first: it waits for nothing
        dirty.run();
      }
      bfdFeed.feed(snap, trackedBfds);
    }
  }

  private static VrrpInstanceConfig withTracking(VrrpInstanceConfig c) {
    if (c.tracking() != null) {
      return c;
    }
    return new VrrpInstanceConfig(c.name(), c.state(), c.interfaceName(), c.virtualRouterId(),
        c.priority(), c.advertInterval(), c.version(), c.ipv6(), c.authentication(),
        c.virtualAddresses(), c.excludedAddresses(), c.virtualRoutes(), c.virtualRules(),
        new VrrpInstanceConfig.Tracking(List.of(), List.of(), List.of(), List.of(), List.of(),
            false, false),
        c.transport(), c.vmac(), c.behaviour(), c.garp(), c.notifyScripts());
  }

  /**
   * Applies tracking to every instance (keepalived vrrp_set_effective_priority, down_instance /
   * try_up_instance, and the sync group's fault rule): the effective priority, FAULT entry and
   * exit, and the deferred Startup of instances that waited for their weight-0 scripts.
   */
  void refresh() {
    if (stopped || reconciling) {
      return;
    }
    Map<String, PriorityResult> results = new HashMap<>();
    for (InstanceRuntime r : instances.values()) {
      results.put(r.row().name(), EffectivePriority.evaluate(r.row().priority(), r.tracked(),
          observations(r.tracked())));
    }
    for (InstanceRuntime r : instances.values()) {
      if (r.engine() == null) {
        continue; // waiting in FAULT for its interface to appear
      }
      PriorityResult res = results.get(r.row().name());
      if (res.effectivePriority() != r.engine().state().priority()) {
        r.engine().changePriority(res.effectivePriority());
      }
      boolean fault = groups.faulted(r.row().name(),
          n -> results.containsKey(n) && results.get(n).fault());
      if (fault != r.faultApplied()) {
        r.markFaultApplied(fault);
        if (fault) {
          LOG.info("({}) tracked {} down: entering FAULT", r.row().name(), res.faultedBy());
        }
        r.engine().handle(fault ? new VrrpEvent.InterfaceDown() : new VrrpEvent.InterfaceUp());
      }
      if (!r.started() && !res.pending()) {
        if (startAllowed.getAsBoolean()) {
          r.markStarted();
          r.engine().start();
        } else if (!r.held()) { // vrrp_startup_delay: BACKUP (init) now, running at its end
          r.markHeld();
          r.engine().hold();
        }
      }
    }
    dirty.run();
  }

  /** The trackers' observations, with interfaces read from the link table (up and running). */
  private Map<TrackerKey, Observation> observations(List<TrackedObject> tracked) {
    Map<TrackerKey, Observation> out = new HashMap<>(trackers.observations());
    for (TrackedObject t : tracked) {
      if (t.kind() == TrackerKind.INTERFACE) {
        LinkInfo l = links.byName(t.name());
        out.put(t.key(), Observation.of(l != null && l.isRunning()));
      }
    }
    return out;
  }

  /**
   * keepalived vrrp_sync_master and vrrp_sync_backup: the members in BACKUP follow a member into
   * MASTER; the members in MASTER follow a member that leaves MASTER for BACKUP.
   */
  void stateEntered(InstanceRuntime r, VrrpFsmState state) {
    VrrpFsmState before = lastState.put(r.row().name(), state);
    if (stopped) {
      return;
    }
    if (state == VrrpFsmState.MASTER) {
      List<String> followers = groups.followersIntoMaster(r.row().name(), this::mibStateOf);
      logSyncing(r, followers, "MASTER");
      for (String m : followers) {
        follow(m, new VrrpEvent.MasterDownTimerExpired());
      }
    } else if (state == VrrpFsmState.BACKUP
        && before == VrrpFsmState.MASTER) {
      // keepalived sends no priority 0 for the followers (measured): they leave as on an advert
      List<String> followers = groups.followersIntoBackup(r.row().name(), this::mibStateOf);
      logSyncing(r, followers, "BACKUP");
      for (String m : followers) {
        follow(m, new VrrpEvent.SyncBackup());
      }
    }
  }

  /** keepalived's line when a member takes the rest of its group along. */
  private void logSyncing(InstanceRuntime r, List<String> followers, String state) {
    if (!followers.isEmpty()) {
      groups.groupOf(r.row().name()).ifPresent(g ->
          LOG.info("VRRP_Group({}) Syncing instances to {} state", g.name(), state));
    }
  }

  /** Hands {@code event} to member {@code name}, if it runs (it may still wait for its link). */
  private void follow(String name, VrrpEvent event) {
    InstanceRuntime follower = instances.get(name);
    if (follower != null && follower.engine() != null) {
      follower.engine().handle(event);
    }
  }

  /** The sync group gate of an instance's engine (see {@link SyncGroups#mayBecomeMaster}). */
  boolean mayBecomeMaster(InstanceRuntime r) {
    return groups.mayBecomeMaster(r.row().name(), m -> {
      InstanceRuntime x = instances.get(m);
      return x != null && x.engine() != null && (x.engine().isMaster() || x.engine().wantsMaster());
    });
  }

  private VrrpState mibStateOf(String name) {
    InstanceRuntime r = instances.get(name);
    return r == null || r.engine() == null ? null : InstanceRuntime.mib(r.engine().state().state());
  }

  /** Publishes the sync groups' states that changed. */
  void publishGroups() {
    groupPublisher.publish(this::mibStateOf);
  }

  /** Stops the trackers; nothing is applied any more. */
  @Override
  public void close() {
    stopped = true;
    trackers.close();
  }
}
