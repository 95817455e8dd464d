package org.jkeepalived.vrrp.fsm;

import java.time.Duration;
import java.util.Objects;

/**
 * What the engine must do after a step, in order. An instance has one protocol timer: each
 * {@link ArmAdverTimer} or {@link ArmMasterDownTimer} replaces whatever was armed.
 */
public sealed interface VrrpAction {
  /** Send an advertisement with this priority. */
  record SendAdvert(int priority) implements VrrpAction {}

  /** (Re)arm the Adver_Timer. */
  record ArmAdverTimer(Duration after) implements VrrpAction {
    public ArmAdverTimer {
      Objects.requireNonNull(after, "after");
    }
  }

  /** (Re)arm the Master_Down_Timer. */
  record ArmMasterDownTimer(Duration after) implements VrrpAction {
    public ArmMasterDownTimer {
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * The running Master_Down_Timer, if any, runs out {@code by} later (earlier when negative)
   * than it was set to; it is not restarted. A no-op when no Master_Down_Timer runs.
   */
  record MoveMasterDownTimer(Duration by) implements VrrpAction {
    public MoveMasterDownTimer {
      Objects.requireNonNull(by, "by");
    }
  }

  /** Cancel the protocol timer. */
  record CancelTimers() implements VrrpAction {}

  /** Add the virtual addresses (and routes, rules) to the system. */
  record AddVips() implements VrrpAction {}

  /** Remove the virtual addresses (and routes, rules). */
  record RemoveVips() implements VrrpAction {}

  /** Send gratuitous ARPs / unsolicited neighbour advertisements for the virtual addresses. */
  record SendGratuitous() implements VrrpAction {}

  /** The instance entered a new state: notify scripts, traps, the store. */
  record Notify(VrrpFsmState state) implements VrrpAction {}
}
