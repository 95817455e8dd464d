package org.jkeepalived.vrrp.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link Scheduler}: one daemon thread running every task of an engine in order.
 *
 * <p>Time is monotonic: {@link #now()} is a fixed origin plus {@link System#nanoTime()} elapsed,
 * so a wall-clock step never moves a VRRP timer, and {@link ScheduledExecutorService} waits on the
 * same nanoTime clock. A task may run late (a GC pause, a busy loop) but never before its delay
 * has passed: a paused backup sees its Master_Down_Timer late, never early. A task that throws
 * (anything, an {@link Error} included) is logged and handed to the failure consumer; the loop goes
 * on, and the consumer decides whether its engine must be restarted.
 */
public final class LoopScheduler implements Scheduler, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LoopScheduler.class);

  private final ScheduledExecutorService executor;
  private final Instant origin = Instant.now();
  private final long originNanos = System.nanoTime();
  private final Consumer<Throwable> onTaskFailure;
  private volatile Thread loopThread;

  /** Starts a loop whose thread has the given name; a failing task is logged and the loop goes on. */
  public LoopScheduler(String threadName) {
    this(threadName, t -> {});
  }

  /**
   * Starts a loop whose thread has the given name.
   *
   * @param onTaskFailure gets every {@link Throwable} escaping a task, after it is logged, on the
   *     loop's thread (an engine hands it to its host: {@code EngineContext.loopFailed})
   */
  public LoopScheduler(String threadName, Consumer<Throwable> onTaskFailure) {
    this.onTaskFailure = onTaskFailure;
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      loopThread = t;
      return t;
    });
  }

  @Override
  public Instant now() {
    return origin.plusNanos(System.nanoTime() - originNanos);
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    long nanos = Math.max(0, delay.toNanos());
    ScheduledFuture<?> f = executor.schedule(guarded(task), nanos, TimeUnit.NANOSECONDS);
    return () -> f.cancel(false);
  }

  @Override
  public void execute(Runnable task) {
    executor.execute(guarded(task));
  }

  /** True when called on the loop's thread. */
  public boolean inLoop() {
    return Thread.currentThread() == loopThread;
  }

  /**
   * Runs {@code task} on the loop and waits at most {@code timeout} for it (runs it directly when
   * already on the loop).
   *
   * @return false when it did not finish in time
   */
  public boolean runAndWait(Runnable task, Duration timeout) {
    if (inLoop()) {
      task.run();
      return true;
    }
    try {
      executor.submit(guarded(task)).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
      return false;
    }
  }

  /**
   * Catches Throwable, not only RuntimeException: an Error escaping a task would otherwise vanish
   * into a scheduled task's future unseen, or kill the loop's thread, and the engine would stall
   * with nobody told.
   */
  private Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (Throwable t) {
        LOG.error("VRRP loop task failed", t);
        onTaskFailure.accept(t);
      }
    };
  }

  /** Stops the loop; tasks not yet run are dropped. Waits up to 2 s for a running task. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
