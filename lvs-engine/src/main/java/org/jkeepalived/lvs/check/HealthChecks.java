package org.jkeepalived.lvs.check;

import java.util.Collection;

/**
 * The health checkers of every real server, all on one event loop group (no thread per check).
 * The LVS engine owns one and tells it which checks exist; verdicts come back through the {@link
 * CheckListener} given at construction.
 */
public interface HealthChecks extends AutoCloseable {
  /**
   * From now on run exactly {@code checks}: new ids start (after their {@code warmup}), ids no
   * longer present stop, and ids whose spec is unchanged keep running with their state and timers
   * (a reload that does not touch a real server does not re-check it from scratch). A changed
   * spec restarts that check from its initial state.
   */
  void run(Collection<CheckSpec> checks);

  /**
   * {@code ha_suspend}: while suspended, the checks of {@code virtualServer} do not run (its
   * address is not local, the VRRP instance is BACKUP); resumed, they start again.
   */
  void suspend(String virtualServer, boolean suspended);

  /** Stops every check and releases the event loops. Idempotent. */
  @Override
  void close();
}
