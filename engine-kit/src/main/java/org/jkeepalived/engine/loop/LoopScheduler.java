package org.jkeepalived.engine.loop;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link Scheduler}: one daemon thread running every task of an engine in order.
 *
 * <p>Time is monotonic: {@link #now()} is a fixed origin plus {@link System#nanoTime()} elapsed,
 * so a wall-clock step never moves a protocol timer, and {@link ScheduledExecutorService} waits on
 * the same nanoTime clock. A task may run late (a GC pause, a busy loop) but never before its
 * delay has passed: a paused VRRP backup sees its Master_Down_Timer late, never early.
 *
 * <p>A task that throws anything, an {@link Error} included, is logged with the loop's thread
 * name and handed to the failure hook; the loop itself goes on. The catch sits inside each task
 * because the executor's FutureTask would otherwise keep the throwable to itself, unseen.
 */
public final class LoopScheduler implements Scheduler, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LoopScheduler.class);

  private final ScheduledExecutorService executor;
  private final String name;
  private final TaskGuard guard;
  private final Instant origin = Instant.now();
  private final long originNanos = System.nanoTime();
  private volatile Thread loopThread;

  /** Starts a loop whose thread has the given name; a failing task is logged and forgotten. */
  public LoopScheduler(String threadName) {
    this(threadName, t -> { });
  }

  /**
   * Starts a loop whose thread has the given name.
   *
   * @param onTaskFailure called on the loop's thread with whatever escaped a task, after it was
   *     logged: an engine hands it to its {@code EngineContext} when a failure means the engine's
   *     state can no longer be trusted. What it throws is logged and dropped.
   */
  public LoopScheduler(String threadName, Consumer<Throwable> onTaskFailure) {
    this.name = Objects.requireNonNull(threadName);
    this.guard = new TaskGuard(threadName, onTaskFailure);
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      loopThread = t;
      return t;
    });
    // A cancelled timer leaves the queue at once: kept (the default), every cancelled protocol
    // timer stayed queued until its due time, woke the loop then for nothing, and made every
    // later schedule sift a longer queue.
    pool.setRemoveOnCancelPolicy(true);
    executor = pool;
  }

  @Override
  public Instant now() {
    return origin.plusNanos(System.nanoTime() - originNanos);
  }

  /** {@inheritDoc} After {@link #close()} the task is dropped and the handle does nothing. */
  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    long nanos = Math.max(0, delay.toNanos());
    try {
      ScheduledFuture<?> f = executor.schedule(guarded(task), nanos, TimeUnit.NANOSECONDS);
      return () -> f.cancel(false);
    } catch (RejectedExecutionException e) {
      droppedAfterClose(e);
      return () -> { };
    }
  }

  /** {@inheritDoc} After {@link #close()} the task is dropped. */
  @Override
  public void execute(Runnable task) {
    try {
      executor.execute(guarded(task));
    } catch (RejectedExecutionException e) {
      droppedAfterClose(e);
    }
  }

  /**
   * Work offered to a closed loop (a counter batch scheduled by the task that was running when
   * the engine stopped, a datagram a reader hands over as it is being closed) is dropped: the
   * engine is gone and its last publish has been made. A rejection by a loop still open cannot
   * happen (the queue is unbounded) and would be a bug: it is thrown.
   */
  private void droppedAfterClose(RejectedExecutionException e) {
    if (!executor.isShutdown()) {
      throw e;
    }
    LOG.debug("{} loop closed: late task dropped", name);
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
    } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
      return false;
    }
  }

  private Runnable guarded(Runnable task) {
    return guard.wrap(task);
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
