package org.jkeepalived.bfd.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.engine.loop.Scheduler.Cancellable;

/**
 * A session's one timer on the loop: armed at the time its state machine asks to be woken, left
 * alone when that time has not changed (most received packets), re-armed when it has.
 */
final class SessionTimer {
  private Cancellable task;
  private Instant at;

  /** Runs {@code tick} at {@code when} (nothing when empty), replacing a different earlier arm. */
  void arm(Scheduler loop, Optional<Instant> when, Runnable tick) {
    if (when.isPresent() && when.get().equals(at)) {
      return;
    }
    cancel();
    if (when.isPresent()) {
      at = when.get();
      task = loop.schedule(Duration.between(loop.now(), at), () -> {
        task = null;
        at = null;
        tick.run();
      });
    }
  }

  void cancel() {
    if (task != null) {
      task.cancel();
    }
    task = null;
    at = null;
  }
}
