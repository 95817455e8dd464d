package org.jkeepalived.lvs.check.run;

import io.netty.channel.EventLoop;
import java.util.concurrent.TimeUnit;

/**
 * The checks' timers on one Netty event loop, shared by every check pinned to it: timers of a
 * whole number of milliseconds (delay_loop, delay_before_retry: what checks re-arm after every
 * probe) wait in one {@link DelayFifo} per delay, which wakes the loop once for its first timer
 * and runs every timer due by then; any other delay (a start delay with its random warm-up, a
 * MISC_CHECK's remainder) and timers beyond {@link #MAX_DELAYS} distinct delays go to Netty's
 * own scheduler. Loop thread only; a caller elsewhere gets false and uses Netty's scheduler.
 */
public final class LoopTimers {
  /** Distinct delays kept in queues of their own; a configuration has a handful. */
  static final int MAX_DELAYS = 16;
  private static final long MILLI = 1_000_000L;

  private final EventLoop loop;
  private final Queue[] queues = new Queue[MAX_DELAYS];
  private int count;

  public LoopTimers(EventLoop loop) {
    this.loop = loop;
  }

  public EventLoop eventLoop() {
    return loop;
  }

  /**
   * The queue that arms {@code delayNanos} on this loop, or null when that delay goes to
   * Netty's scheduler (not whole milliseconds, too many delays, or not on the loop's thread).
   */
  Queue queue(long delayNanos) {
    if (delayNanos <= 0 || delayNanos % MILLI != 0 || !loop.inEventLoop()) {
      return null;
    }
    for (int i = 0; i < count; i++) {
      if (queues[i].fifo.delayNanos() == delayNanos) {
        return queues[i];
      }
    }
    if (count == MAX_DELAYS) {
      return null;
    }
    Queue q = new Queue(new DelayFifo(delayNanos));
    queues[count++] = q;
    return q;
  }

  /** One delay's FIFO and the single Netty task that wakes it. */
  final class Queue implements Runnable {
    private final DelayFifo fifo;
    private boolean armed;

    private Queue(DelayFifo fifo) {
      this.fifo = fifo;
    }

    void add(Runnable task) {
      fifo.add(System.nanoTime(), task);
      if (!armed) {
        arm();
      }
    }

    void cancel(Runnable task) {
      fifo.cancel(task);
    }

    private void arm() {
      armed = true;
      loop.schedule(this, Math.max(0, fifo.headDeadline() - System.nanoTime()),
          TimeUnit.NANOSECONDS);
    }

    /** The wake-up: every timer due; the next wake-up at the new first one. */
    @Override
    public void run() {
      // armed stays true while the due tasks run, so that one re-arming does not schedule a
      // second wake-up
      try {
        fifo.runDue(System.nanoTime());
      } finally { // a task that threw leaves the rest due: they run at the next wake-up, now
        armed = false;
        if (!fifo.isEmpty()) {
          arm();
        }
      }
    }
  }
}
