package org.jkeepalived.agent.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.EngineHealth;

/**
 * The host's slot for one factory: the engine now running (if any), its generation, and its
 * restart history. Guarded by the {@link EngineHost}'s lock, except {@link #claimFailure}, which an
 * engine's loop calls.
 */
final class HostedEngine {
  final EngineFactory factory;
  /**
   * The running engine, null before its first start, after a failure and once closed. Volatile:
   * {@link EngineHost#stopping()} reads it from a signal thread without the host's lock.
   */
  volatile Engine engine;
  /**
   * Bumped at each start and each scheduled restart: a failure report or a pending restart of an
   * older generation is stale and ignored.
   */
  long generation;
  int restarts;
  final List<Instant> restartTimes = new ArrayList<>();
  /** Why the engine is not running, when it is not (FAILED or STARTING), else null. */
  EngineHealth notRunning;
  private final AtomicLong failedGeneration = new AtomicLong(-1);

  HostedEngine(EngineFactory factory) {
    this.factory = factory;
  }

  /** "VRRP", "CHECKER", "BFD": the word today's log lines use. */
  String label() {
    return factory.subsystem().name();
  }

  /** True for the first failure report of {@code gen}, false for repeats and older ones. */
  boolean claimFailure(long gen) {
    return failedGeneration.getAndAccumulate(gen, Math::max) < gen;
  }

  EngineReport report() {
    EngineHealth health = engine != null ? engine.health()
        : notRunning != null ? notRunning : EngineHealth.stopped();
    return new EngineReport(factory.subsystem(), health, restarts);
  }
}
