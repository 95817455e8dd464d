package org.jkeepalived.agent.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link HostTimer} on one daemon thread, timed by {@link System#nanoTime()}. */
final class ExecutorHostTimer implements HostTimer {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorHostTimer.class);

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "engine-host");
        t.setDaemon(true);
        return t;
      });
  private final Instant origin = Instant.now();
  private final long originNanos = System.nanoTime();

  @Override
  public Instant now() {
    return origin.plusNanos(System.nanoTime() - originNanos);
  }

  @Override
  public void schedule(Duration delay, Runnable task) {
    try {
      executor.schedule(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          // a restart task that throws would otherwise vanish in its future
          LOG.error("Engine host task failed", e);
        }
      }, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("Engine host closed: task dropped");
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
