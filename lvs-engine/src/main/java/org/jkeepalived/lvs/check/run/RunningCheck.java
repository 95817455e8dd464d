package org.jkeepalived.lvs.check.run;

/** One check while it runs: polled on a timer, or following a file or a store row. */
public interface RunningCheck {
  void start();

  /** {@code ha_suspend}: a suspended check does not probe (event-driven checks ignore it). */
  void suspend(boolean suspended);

  void stop();

  /**
   * Whether keepalived would launch this check on a timer (and log "Activating healthchecker"
   * for it); false for a checker it removed at load, such as an insecure MISC_CHECK.
   */
  default boolean launched() {
    return true;
  }
}
