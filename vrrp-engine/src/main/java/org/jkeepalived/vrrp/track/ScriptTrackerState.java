package org.jkeepalived.vrrp.track;

import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.mibs.model.ScriptResult;

/**
 * The rise/fall counter of one vrrp_script, as keepalived keeps it (vrrp_scheduler.c
 * vrrp_script_child_thread): {@code counter} runs from 0 to rise + fall - 1 and the script is good
 * while it is at least {@code rise}. A success while good jumps to the top; {@code fall}
 * consecutive failures from the top make it bad and reset it to 0; {@code rise} consecutive
 * successes from 0 make it good. Before the first result the counter is rise - 1, so the first
 * run decides either way (one success is enough, one failure is a failure); with {@code
 * init_fail} it starts at 0, failed, and needs {@code rise} successes.
 *
 * @param counter keepalived's vscript->result
 * @param phase whether the script has reported yet
 */
public record ScriptTrackerState(int rise, int fall, int counter, Phase phase) {
  /** keepalived's init_state. */
  public enum Phase {
    /** No run has finished yet. */
    INIT,
    /** No run has finished yet, and init_fail says to assume failure. */
    INIT_FAILED,
    /** At least one run has finished. */
    DONE
  }

  public ScriptTrackerState {
    if (rise < 1 || fall < 1) {
      throw new IllegalArgumentException("rise and fall must be >= 1: " + rise + "/" + fall);
    }
  }

  /** The state before the first run. */
  public static ScriptTrackerState initial(int rise, int fall, boolean initFail) {
    return initFail
        ? new ScriptTrackerState(rise, fall, 0, Phase.INIT_FAILED)
        : new ScriptTrackerState(rise, fall, rise - 1, Phase.INIT);
  }

  /** Whether the counter says good. */
  public boolean good() {
    return counter >= rise;
  }

  /** vrrpScriptResult: init, initfailed, good or bad. */
  public ScriptResult result() {
    return switch (phase) {
      case INIT -> ScriptResult.INIT;
      case INIT_FAILED -> ScriptResult.INIT_FAILED;
      case DONE -> good() ? ScriptResult.GOOD : ScriptResult.BAD;
    };
  }

  /** What the priority maths sees: pending before the first result, then up or down. */
  public Observation observation() {
    return switch (phase) {
      case INIT -> Observation.PENDING;
      case INIT_FAILED -> Observation.DOWN;
      case DONE -> Observation.of(good());
    };
  }

  /** Counts one finished run. */
  public ScriptTrackerState step(ScriptOutcome outcome) {
    if (outcome.kind() == ScriptOutcome.Kind.NOT_RUN) {
      return this;
    }
    int top = rise + fall - 1;
    int next;
    if (outcome.succeeded()) {
      next = counter < rise - 1 ? counter + 1 : top;
    } else {
      next = counter > rise ? counter - 1 : 0;
    }
    return new ScriptTrackerState(rise, fall, next, Phase.DONE);
  }
}
