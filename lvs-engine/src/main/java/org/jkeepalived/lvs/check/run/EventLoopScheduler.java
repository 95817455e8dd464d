package org.jkeepalived.lvs.check.run;

import io.netty.channel.EventLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.engine.loop.Scheduler;

/**
 * The kit's {@link Scheduler} on one Netty event loop: the checks pinned to that loop run their
 * timers and I/O on its thread. Time is monotonic (nanoTime) from an instant taken at creation.
 * Timers of whole milliseconds wait in the loop's shared {@link LoopTimers}; there, cancelling a
 * timer cancels every pending run of the same task object, and scheduling the same task again
 * returns the same {@link Cancellable} (a check re-arms one task, so its timers allocate nothing).
 */
public final class EventLoopScheduler implements Scheduler {
  private final EventLoop loop;
  private final LoopTimers timers;
  private final Instant origin = Instant.now();
  private final long originNanos = System.nanoTime();
  private Runnable lastTask;
  private LoopTimers.Queue lastQueue;
  private Cancellable lastCancel;

  /** With timers of its own (a loop's checks share theirs through the other constructor). */
  public EventLoopScheduler(EventLoop loop) {
    this(new LoopTimers(loop));
  }

  public EventLoopScheduler(LoopTimers timers) {
    this.loop = timers.eventLoop();
    this.timers = timers;
  }

  public EventLoop eventLoop() {
    return loop;
  }

  @Override
  public Instant now() {
    return origin.plusNanos(System.nanoTime() - originNanos);
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    if (delay.isZero() || delay.isNegative()) {
      loop.execute(task);
      return () -> { };
    }
    long nanos = delay.toNanos();
    LoopTimers.Queue q = timers.queue(nanos);
    if (q == null) {
      var f = loop.schedule(task, nanos, TimeUnit.NANOSECONDS);
      return () -> f.cancel(false);
    }
    q.add(task);
    if (task != lastTask || q != lastQueue) {
      lastTask = task;
      lastQueue = q;
      lastCancel = () -> q.cancel(task);
    }
    return lastCancel;
  }

  @Override
  public void execute(Runnable task) {
    if (loop.inEventLoop()) {
      task.run();
    } else {
      loop.execute(task);
    }
  }
}
