package org.jkeepalived.lvs.check.run;

import java.time.Duration;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckListener;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.lvs.check.fsm.PolledStateMachine;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.fsm.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one polled check on its scheduler: first probe after the start delay, then whatever
 * delay the state machine says, one probe at a time. While suspended ({@code ha_suspend}) the
 * timer keeps ticking every {@code delay_loop} but no probe runs, as keepalived's disabled
 * checkers do. Every method runs on the scheduler's loop; a probe's result hops back to it.
 */
public final class CheckRunner {
  private static final Logger LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");

  private final CheckId id;
  private final Scheduler loop;
  private final PolledStateMachine machine;
  private final Probe probe;
  private final CheckListener listener;
  private final Duration delayLoop;
  /** The one timer task, re-armed after every probe (no method reference made per probe). */
  private final Runnable fireTask = this::fire;
  private Scheduler.Cancellable timer;
  private boolean suspended;
  private boolean stopped;
  private long generation;
  private boolean fromProbeStart;
  /**
   * When the probe in flight started, as seconds and nanoseconds: an Instant kept from one probe
   * to the next would live a whole delay_loop and be promoted, like a timer object per probe.
   */
  private long startedSecond;
  private int startedNano;

  public CheckRunner(CheckId id, Scheduler loop, PolledStateMachine machine, Probe probe,
      CheckListener listener, Duration delayLoop) {
    this.id = id;
    this.loop = loop;
    this.machine = machine;
    this.probe = probe;
    this.listener = listener;
    this.delayLoop = delayLoop;
  }

  /**
   * Measures the next delay from when the last probe started rather than when it ended, as
   * keepalived schedules MISC_CHECK ({@code last_ran + delay}).
   */
  public CheckRunner fromProbeStart() {
    fromProbeStart = true;
    return this;
  }

  /** Arms the first probe {@code delay} from now. */
  public void start(Duration delay) {
    arm(delay);
  }

  public void suspend(boolean on) {
    suspended = on;
  }

  /** Stops the check: no further probe, and a probe in flight is ignored when it ends. */
  public void stop() {
    stopped = true;
    if (timer != null) {
      timer.cancel();
    }
  }

  /** The verdict as it stands. */
  public CheckVerdict verdict() {
    return machine.current();
  }

  private void arm(Duration delay) {
    if (!stopped) {
      timer = loop.schedule(delay, fireTask);
    }
  }

  private void fire() {
    if (stopped) {
      return;
    }
    if (suspended) {
      arm(delayLoop);
      return;
    }
    long gen = ++generation;
    java.time.Instant started = loop.now();
    startedSecond = started.getEpochSecond();
    startedNano = started.getNano();
    try {
      probe.run(machine.target(), r -> loop.execute(() -> done(gen, r)));
    } catch (RuntimeException e) {
      LOG.warn("check {} could not start a probe: {}", id, e.toString());
      done(gen, ProbeResult.failed("probe error: " + e));
    }
  }

  private Duration sinceProbeStart() {
    return Duration.between(java.time.Instant.ofEpochSecond(startedSecond, startedNano),
        loop.now());
  }

  private void done(long gen, ProbeResult r) {
    if (stopped || gen != generation) {
      return;
    }
    generation++; // a second call of the same probe's done counts for nothing
    if (r == ProbeResult.NO_RESULT) {
      arm(delayLoop);
      return;
    }
    try {
      listener.probed(id, sinceProbeStart());
    } catch (RuntimeException e) {
      LOG.warn("check listener failed on {}", id, e);
    }
    Step step = machine.onResult(r);
    for (String line : step.log()) {
      LOG.info(line);
    }
    if (step.verdict() != null) {
      try {
        listener.verdict(id, step.verdict());
      } catch (RuntimeException e) {
        LOG.warn("check listener failed on {}", id, e);
      }
    }
    Duration delay = step.delay();
    if (fromProbeStart) {
      Duration spent = sinceProbeStart();
      delay = spent.compareTo(delay) >= 0 ? Duration.ZERO : delay.minus(spent);
    }
    arm(delay);
  }
}
