package org.jkeepalived.agent.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineContext;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.EngineFactory.Subsystem;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the daemon's engines through the {@link Engine} contract alone, knowing no protocol. An
 * engine starts once the command line selects its subsystem and the configuration has work for it
 * (at start, or on the reload that brings its first row); a reload reaches the running ones; they
 * close in the reverse order of their starts.
 *
 * <p>An engine whose loop fails is closed and started again from the store, as keepalived's parent
 * respawns a child process that died; the others run on. Restarts are counted per engine and
 * bounded by a {@link RestartPolicy}: past the bound the engine stays FAILED, and says why.
 *
 * <p>start, reloaded and close come from the daemon's thread; restarts run on the {@link
 * HostTimer}'s thread. One lock keeps them apart; an engine's failure report takes no lock.
 */
public final class EngineHost implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EngineHost.class);

  private final List<HostedEngine> slots = new ArrayList<>();
  private final List<HostedEngine> startOrder = new ArrayList<>();
  private final Set<Subsystem> selected;
  private final ObjectStore store;
  private final HostTimer timer;
  private final RestartPolicy policy;
  private KeepalivedConfig config;
  private boolean closed;

  /**
   * @param factories the engines the daemon knows, in start order
   * @param selected the subsystems the command line lets run ({@link EngineSelection})
   */
  public EngineHost(List<EngineFactory> factories, Set<Subsystem> selected, ObjectStore store,
      HostTimer timer, RestartPolicy policy) {
    factories.forEach(f -> slots.add(new HostedEngine(f)));
    this.selected = Set.copyOf(selected);
    this.store = store;
    this.timer = timer;
    this.policy = policy;
  }

  /**
   * Starts every selected and configured engine on the rows already in the store.
   *
   * @throws EngineStartException a fatal start failure, its message naming the subsystem ("VRRP
   *     cannot start: ..."); the daemon stops, as keepalived does. The engines already started
   *     stay for {@link #close()}. A failure that is not fatal is logged and the daemon runs on.
   */
  public synchronized void start(KeepalivedConfig initial) throws EngineStartException {
    config = initial;
    for (HostedEngine slot : slots) {
      try {
        startIfWanted(slot);
      } catch (EngineStartException e) {
        if (e.fatal()) {
          throw new EngineStartException(slot.label() + " cannot start: " + e.getMessage(), true,
              e);
        }
        LOG.error("{} engine not started: {}", slot.label(), e.getMessage());
      }
    }
  }

  /**
   * A reload has been committed to the store: running engines take it, and engines it newly
   * configures start. A start failure here, fatal or not, is logged and the daemon runs on. An
   * engine whose configuration the reload empties runs on, following its now empty rows.
   */
  public synchronized void reloaded(KeepalivedConfig next) {
    config = next;
    for (HostedEngine slot : slots) {
      if (slot.engine != null) {
        slot.engine.reloaded(next);
        continue;
      }
      try {
        startIfWanted(slot); // also gives a failed engine a new try: the reload may be its fix
      } catch (EngineStartException e) {
        LOG.error("{} engine not started: {}", slot.label(), e.getMessage());
      }
    }
  }

  /**
   * SIGTERM: every running engine starts its stop on its own loop now ({@link Engine#stopping()}),
   * ahead of {@link #close()}, which the daemon's thread reaches only after its own steps. Takes
   * no lock (a start or restart may hold it for long): the slot list never changes after
   * construction and each slot's engine is volatile.
   */
  public void stopping() {
    for (HostedEngine slot : slots) {
      Engine e = slot.engine;
      if (e != null) {
        try {
          e.stopping();
        } catch (RuntimeException ex) {
          LOG.warn("{} engine: early stop failed, close() does it: {}", slot.label(),
              ex.toString());
        }
      }
    }
  }

  /** Every engine the host has tried to start, in start order. */
  public synchronized List<EngineReport> health() {
    return startOrder.stream().map(HostedEngine::report).toList();
  }

  private void startIfWanted(HostedEngine slot) throws EngineStartException {
    if (selected.contains(slot.factory.subsystem()) && slot.factory.configured(config)) {
      if (!startOrder.contains(slot)) {
        startOrder.add(slot); // from its first try on, so that health shows a failed start too
      }
      startEngine(slot);
    }
  }

  /** A new engine from the store; on failure nothing of it is left running. */
  private void startEngine(HostedEngine slot) throws EngineStartException {
    long gen = ++slot.generation;
    Engine engine = slot.factory.create(store, config);
    try {
      engine.start(contextFor(slot, gen));
    } catch (EngineStartException | RuntimeException e) {
      closeQuietly(slot, engine);
      slot.notRunning = new EngineHealth(EngineHealth.Status.FAILED, "start: " + e.getMessage());
      throw e;
    }
    slot.engine = engine;
    slot.notRunning = null;
  }

  /** The failure report of one generation of an engine: off its loop, onto the host's thread. */
  private EngineContext contextFor(HostedEngine slot, long gen) {
    return cause -> {
      if (slot.claimFailure(gen)) {
        timer.schedule(Duration.ZERO, () -> loopFailed(slot, gen, cause));
      }
    };
  }

  private synchronized void loopFailed(HostedEngine slot, long gen, Throwable cause) {
    if (closed || slot.generation != gen || slot.engine == null) {
      return; // stale: that engine was already replaced or closed
    }
    LOG.error("{} engine loop failed: {}", slot.label(), cause.toString(), cause);
    Engine failed = slot.engine;
    slot.engine = null;
    closeQuietly(slot, failed);
    scheduleRestart(slot, cause.toString());
  }

  private void scheduleRestart(HostedEngine slot, String why) {
    Optional<Duration> delay = policy.nextDelay(slot.restartTimes, timer.now());
    if (delay.isEmpty()) {
      String reason = policy.maxRestarts() == 0 ? "restarts are off (--dont-respawn)"
          : policy.maxRestarts() + " restarts within " + policy.window().toSeconds() + " s";
      slot.notRunning = new EngineHealth(EngineHealth.Status.FAILED,
          "not restarted: " + reason + "; last failure: " + why);
      LOG.error("{} engine FAILED, not restarted after {} restart(s): {}; last failure: {}",
          slot.label(), slot.restarts, reason, why);
      return;
    }
    slot.restartTimes.add(timer.now());
    long gen = ++slot.generation;
    slot.notRunning = new EngineHealth(EngineHealth.Status.STARTING,
        "restart " + (slot.restarts + 1) + " in " + delay.get().toMillis() + " ms after: " + why);
    timer.schedule(delay.get(), () -> restart(slot, gen));
  }

  private synchronized void restart(HostedEngine slot, long gen) {
    if (closed || slot.generation != gen || slot.engine != null) {
      return; // a reload started it meanwhile, or the daemon is stopping
    }
    slot.restarts++;
    LOG.warn("{} engine restarting from the store (restart {} since the daemon started)",
        slot.label(), slot.restarts);
    try {
      startEngine(slot);
    } catch (EngineStartException | RuntimeException e) {
      LOG.error("{} engine restart failed: {}", slot.label(), e.getMessage());
      scheduleRestart(slot, "restart failed: " + e.getMessage());
    }
  }

  private static void closeQuietly(HostedEngine slot, Engine engine) {
    try {
      engine.close();
    } catch (RuntimeException e) {
      LOG.warn("{} engine did not close cleanly: {}", slot.label(), e.toString());
    }
  }

  /** Closes the engines in the reverse order of their starts, then the host's thread. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<HostedEngine> reversed = new ArrayList<>(startOrder);
    Collections.reverse(reversed);
    for (HostedEngine slot : reversed) {
      if (slot.engine != null) {
        closeQuietly(slot, slot.engine);
        slot.engine = null;
      }
      slot.notRunning = EngineHealth.stopped();
    }
    timer.close();
  }
}
