package org.jkeepalived.engine.loop;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * A {@link Scheduler} for tests: time stands still until {@link #advanceBy} moves it, and the
 * tasks due on the way run in time order (ties in submission order), each seeing {@link #now()}
 * at its own due time. Not thread-safe: tests drive it from one thread.
 */
public final class FakeScheduler implements Scheduler {
  private final PriorityQueue<Task> queue =
      new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::seq));
  private Instant now;
  private long seq;

  public FakeScheduler(Instant start) {
    this.now = start;
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    Task t = new Task(now.plus(delay.isNegative() ? Duration.ZERO : delay), seq++, task);
    queue.add(t);
    return () -> queue.remove(t);
  }

  /** Moves time forward by {@code d}, running every task that falls due, including new ones. */
  public void advanceBy(Duration d) {
    Instant target = now.plus(d);
    while (!queue.isEmpty() && !queue.peek().due().isAfter(target)) {
      Task t = queue.poll();
      if (t.due().isAfter(now)) {
        now = t.due(); // after a stall, late tasks run at the time they finally run
      }
      t.task().run();
    }
    now = target;
  }

  /**
   * A stall of the loop (a GC pause, a descheduled thread): time moves forward by {@code d} and
   * nothing runs; the next {@link #runPending()} runs what fell due meanwhile, in due order, each
   * seeing the time after the stall, as a real loop catching up does.
   */
  public void stall(Duration d) {
    now = now.plus(d);
  }

  /** Runs the tasks due now. */
  public void runPending() {
    advanceBy(Duration.ZERO);
  }

  private record Task(Instant due, long seq, Runnable task) {}
}
