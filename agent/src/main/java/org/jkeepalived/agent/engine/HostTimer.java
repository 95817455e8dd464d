package org.jkeepalived.agent.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * The engine host's time and its one thread for restarts: a failed engine is closed and started
 * again off the engine's own loop (an engine cannot close the loop it runs on). Tests drive a manual
 * one.
 */
public interface HostTimer extends AutoCloseable {
  /** Now, on a clock that only moves forward. */
  Instant now();

  /** Runs {@code task} on the host's thread once {@code delay} has passed; ignored once closed. */
  void schedule(Duration delay, Runnable task);

  /** Drops the tasks not yet run. */
  @Override
  void close();

  /** The real one: a daemon thread named "engine-host". */
  static HostTimer system() {
    return new ExecutorHostTimer();
  }
}
