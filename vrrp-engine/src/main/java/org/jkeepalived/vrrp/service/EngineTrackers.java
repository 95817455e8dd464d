package org.jkeepalived.vrrp.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jkeepalived.mibs.config.TrackFileConfig;
import org.jkeepalived.mibs.config.TrackProcessConfig;
import org.jkeepalived.mibs.config.VrrpScriptConfig;
import org.jkeepalived.mibs.model.ScriptResult;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.vrrp.track.BfdTracker;
import org.jkeepalived.vrrp.track.FileTracker;
import org.jkeepalived.vrrp.track.Observation;
import org.jkeepalived.vrrp.track.ProcessTracker;
import org.jkeepalived.vrrp.track.ScriptTracker;
import org.jkeepalived.vrrp.track.StoreTrackerSink;
import org.jkeepalived.vrrp.track.TrackerDefaults;
import org.jkeepalived.vrrp.track.TrackerKey;
import org.jkeepalived.vrrp.track.TrackerKind;
import org.jkeepalived.vrrp.track.TrackerPorts;
import org.jkeepalived.vrrp.track.TrackerSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trackers the running configuration needs: one {@link ScriptTracker} per referenced
 * vrrp_script, one {@link FileTracker} per referenced track_file, one {@link ProcessTracker} for
 * the referenced vrrp_track_process blocks, and a {@link BfdTracker} (fed from the bfdSessTable
 * rows by {@link BfdSessionFeed}). As keepalived does, objects no instance or sync group references are not run.
 *
 * <p>It keeps the latest observation of every object, publishes the vrrpScriptTable,
 * vrrpFileTable and vrrpProcessTable state columns, and tells the engine which object changed.
 * Interfaces are not tracked here: the engine reads them from its own link table. Loop only.
 */
final class EngineTrackers implements TrackerSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EngineTrackers.class);

  private final ObjectStore store;
  private final TrackerPorts ports;
  private final Scheduler loop;
  private final Consumer<TrackerKey> changed;
  private final Map<TrackerKey, Observation> observations = new HashMap<>();
  private final Map<String, ScriptTracker> scripts = new HashMap<>();
  private final Map<String, VrrpScriptConfig> scriptConfigs = new HashMap<>();
  private final Map<String, FileTracker> files = new HashMap<>();
  private final Map<String, TrackFileConfig> fileConfigs = new HashMap<>();
  private final BfdTracker bfd = new BfdTracker(this);
  private ProcessTracker processes;
  private List<TrackProcessConfig> processConfigs = List.of();
  private StoreTrackerSink publisher;
  private TrackerDefaults defaults = new TrackerDefaults(Map.of());

  EngineTrackers(ObjectStore store, TrackerPorts ports, Scheduler loop,
      Consumer<TrackerKey> changed) {
    this.store = store;
    this.ports = ports;
    this.loop = loop;
    this.changed = changed;
  }

  /** The declared objects' default weights, from the last {@link #readDefaults}. */
  TrackerDefaults defaults() {
    return defaults;
  }

  /** What each object last reported (objects not reported yet are absent). */
  Map<TrackerKey, Observation> observations() {
    return observations;
  }

  /** The BFD tracker, for whoever feeds it session states. */
  BfdTracker bfd() {
    return bfd;
  }

  /** Reads the declared objects' default weights and MIB indexes from the store's rows. */
  void readDefaults(StoreSnapshot snap) {
    Map<TrackerKey, TrackerDefaults.Default> d = new HashMap<>();
    Map<TrackerKey, Index> indexes = new HashMap<>();
    snap.configs(Tables.VRRP_SCRIPT).forEach((i, c) -> declare(d, indexes,
        new TrackerKey(TrackerKind.SCRIPT, c.name()), i, c.weight(), c.reverse()));
    snap.configs(Tables.VRRP_FILE).forEach((i, c) -> declare(d, indexes,
        new TrackerKey(TrackerKind.FILE, c.name()), i, c.weight(), c.reverse()));
    snap.configs(Tables.VRRP_PROCESS).forEach((i, c) -> declare(d, indexes,
        new TrackerKey(TrackerKind.PROCESS, c.name()), i, c.weight(), c.reverse()));
    snap.configs(Tables.VRRP_BFD).forEach((i, c) -> declare(d, indexes,
        new TrackerKey(TrackerKind.BFD, c.name()), i, c.weight(), c.reverse()));
    defaults = new TrackerDefaults(d);
    // vrrpBfdTable is a view of bfdSessTable (Tables.VRRP_BFD): no BFD result is published here
    publisher = new StoreTrackerSink(store, Tables.VRRP_SCRIPT,
        Map.of(TrackerKind.FILE, Tables.VRRP_FILE, TrackerKind.PROCESS, Tables.VRRP_PROCESS),
        indexes);
  }

  private static void declare(Map<TrackerKey, TrackerDefaults.Default> d,
      Map<TrackerKey, Index> indexes, TrackerKey key, Index index, int weight, boolean reverse) {
    d.put(key, new TrackerDefaults.Default(weight, reverse));
    indexes.put(key, index);
  }

  /**
   * Runs exactly the trackers of {@code used}: starts new ones, restarts those whose declaration
   * changed, stops those no longer referenced. Unchanged trackers keep their state.
   */
  void reconcile(StoreSnapshot snap, Set<TrackerKey> used) {
    Map<String, VrrpScriptConfig> wantScripts = wanted(snap.configs(Tables.VRRP_SCRIPT),
        VrrpScriptConfig::name, TrackerKind.SCRIPT, used);
    Map<String, TrackFileConfig> wantFiles = wanted(snap.configs(Tables.VRRP_FILE),
        TrackFileConfig::name, TrackerKind.FILE, used);
    List<TrackProcessConfig> wantProcesses = List.copyOf(wanted(snap.configs(Tables.VRRP_PROCESS),
        TrackProcessConfig::name, TrackerKind.PROCESS, used).values());
    reconcileScripts(wantScripts);
    reconcileFiles(wantFiles);
    if (!wantProcesses.equals(processConfigs)) {
      closeQuietly(processes);
      processes = null;
      processConfigs = wantProcesses;
      wantProcesses.forEach(c -> observations.remove(key(TrackerKind.PROCESS, c.name())));
      if (!wantProcesses.isEmpty()) {
        processes = new ProcessTracker(wantProcesses, loop, ports.proc(), this);
        try {
          processes.start(ports.processes());
        } catch (java.io.IOException | RuntimeException e) {
          LOG.error("cannot track processes: {}", e.getMessage());
        }
      }
    }
  }

  private static <C> Map<String, C> wanted(NavigableMap<Index, C> rows, Function<C, String> name,
      TrackerKind kind, Set<TrackerKey> used) {
    Map<String, C> out = new LinkedHashMap<>();
    rows.values().forEach(c -> {
      if (used.contains(new TrackerKey(kind, name.apply(c)))) {
        out.put(name.apply(c), c);
      }
    });
    return out;
  }

  private void reconcileScripts(Map<String, VrrpScriptConfig> want) {
    for (String name : List.copyOf(scripts.keySet())) {
      if (!want.containsKey(name) || !want.get(name).equals(scriptConfigs.get(name))) {
        scripts.remove(name).close();
        scriptConfigs.remove(name);
        observations.remove(key(TrackerKind.SCRIPT, name));
      }
    }
    want.forEach((name, c) -> {
      if (!scripts.containsKey(name)) {
        ScriptTracker t = new ScriptTracker(c, loop, ports.scripts(), this);
        scripts.put(name, t);
        scriptConfigs.put(name, c);
        t.start();
      }
    });
  }

  private void reconcileFiles(Map<String, TrackFileConfig> want) {
    for (String name : List.copyOf(files.keySet())) {
      if (!want.containsKey(name) || !want.get(name).equals(fileConfigs.get(name))) {
        closeQuietly(files.remove(name));
        fileConfigs.remove(name);
        observations.remove(key(TrackerKind.FILE, name));
      }
    }
    want.forEach((name, c) -> {
      if (!files.containsKey(name)) {
        FileTracker t = new FileTracker(c, loop, this);
        files.put(name, t);
        fileConfigs.put(name, c);
        try {
          t.start(ports.files());
        } catch (java.io.IOException | RuntimeException e) {
          LOG.error("track_file {}: cannot watch {}: {}", name, c.file(), e.getMessage());
        }
      }
    });
  }

  private static TrackerKey key(TrackerKind kind, String name) {
    return new TrackerKey(kind, name);
  }

  @Override
  public void update(TrackerKey key, Observation observation) {
    Observation before = observations.put(key, observation);
    if (publisher != null) {
      publisher.update(key, observation);
    }
    if (!observation.equals(before)) {
      changed.accept(key);
    }
  }

  @Override
  public void scriptResult(String name, ScriptResult result) {
    if (publisher != null) {
      publisher.scriptResult(name, result);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      LOG.debug("closing tracker", e);
    }
  }

  /** Stops every tracker. */
  @Override
  public void close() {
    scripts.values().forEach(ScriptTracker::close);
    scripts.clear();
    files.values().forEach(EngineTrackers::closeQuietly);
    files.clear();
    closeQuietly(processes);
    processes = null;
  }
}
