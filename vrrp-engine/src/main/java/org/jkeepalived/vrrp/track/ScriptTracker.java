package org.jkeepalived.vrrp.track;

import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.engine.script.ScriptExecutor;
import java.time.Duration;
import org.jkeepalived.mibs.config.VrrpScriptConfig;
import org.jkeepalived.engine.loop.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one vrrp_script every {@code interval} on the engine's loop and counts its results through
 * {@link ScriptTrackerState}. As keepalived does: the first run starts at once, a run still going
 * when the next is due makes that next one be skipped ("Track script %s is already running"),
 * and the timeout defaults to the interval.
 */
public final class ScriptTracker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScriptTracker.class);

  private final VrrpScriptConfig config;
  private final Scheduler scheduler;
  private final ScriptExecutor executor;
  private final TrackerSink sink;
  private final TrackerKey key;
  private ScriptTrackerState state;
  private boolean running;
  private boolean closed;
  private Scheduler.Cancellable next;

  public ScriptTracker(
      VrrpScriptConfig config, Scheduler scheduler, ScriptExecutor executor, TrackerSink sink) {
    this.config = config;
    this.scheduler = scheduler;
    this.executor = executor;
    this.sink = sink;
    this.key = new TrackerKey(TrackerKind.SCRIPT, config.name());
    this.state = ScriptTrackerState.initial(config.rise(), config.fall(), config.initFail());
  }

  /** Publishes the initial state and starts the first run; call on the loop. */
  public void start() {
    publish();
    scheduler.execute(this::tick);
  }

  public ScriptTrackerState state() {
    return state;
  }

  private Duration timeout() {
    Duration t = config.timeout();
    return t == null || t.isZero() ? config.interval() : t;
  }

  private void tick() {
    if (closed) {
      return;
    }
    next = scheduler.schedule(config.interval(), this::tick);
    if (running) {
      LOG.info("Track script {} is already running, expect idle - skipping run", config.name());
      return;
    }
    running = true;
    executor.execute(config.script(), timeout(), outcome -> scheduler.execute(() -> finished(outcome)));
  }

  private void finished(ScriptOutcome outcome) {
    running = false;
    if (closed) {
      return;
    }
    ScriptTrackerState before = state;
    state = state.step(outcome);
    if (!outcome.succeeded()) {
      LOG.debug("VRRP_Script({}) run ended {}", config.name(), outcome);
    }
    if (before.result() != state.result()) {
      LOG.info("VRRP_Script({}) {}", config.name(), state.good() ? "succeeded" : "failed " + outcome);
    }
    if (before.result() != state.result()) {
      publish();
    }
  }

  private void publish() {
    sink.update(key, state.observation());
    sink.scriptResult(config.name(), state.result());
  }

  /** Stops scheduling runs; a run in progress is left to its executor's timeout. */
  @Override
  public void close() {
    closed = true;
    if (next != null) {
      next.cancel();
    }
  }
}
