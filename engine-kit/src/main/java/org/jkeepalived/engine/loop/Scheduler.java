package org.jkeepalived.engine.loop;

import java.time.Duration;
import java.time.Instant;

/**
 * The single-threaded event loop an engine runs on, with its clock. Every task runs on the loop,
 * one at a time, so engine code needs no locks. Implementations: a real event loop, and {@code
 * FakeScheduler} (in the test-jar) whose time only moves when a test says so.
 */
public interface Scheduler {
  /** The loop's current time. */
  Instant now();

  /** Runs {@code task} on the loop after {@code delay}. */
  Cancellable schedule(Duration delay, Runnable task);

  /** Runs {@code task} on the loop as soon as possible, after tasks already due. */
  default void execute(Runnable task) {
    schedule(Duration.ZERO, task);
  }

  /** A scheduled task that can be cancelled; cancelling a finished task does nothing. */
  interface Cancellable {
    void cancel();
  }
}
