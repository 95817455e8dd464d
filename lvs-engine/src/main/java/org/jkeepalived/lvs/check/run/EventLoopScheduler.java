package org.jkeepalived.lvs.check.run;

import io.netty.channel.EventLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.engine.loop.Scheduler;

/**
 * The kit's {@link Scheduler} on one Netty event loop: the checks pinned to that loop run their
 * timers and I/O on its thread. Time is monotonic (nanoTime) from an instant taken at creation.
 */
public final class EventLoopScheduler implements Scheduler {
  private final EventLoop loop;
  private final Instant origin = Instant.now();
  private final long originNanos = System.nanoTime();

  public EventLoopScheduler(EventLoop loop) {
    this.loop = loop;
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
    var f = loop.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    return () -> f.cancel(false);
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
