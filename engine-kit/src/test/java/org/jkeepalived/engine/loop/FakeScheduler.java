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
      now = t.due();
      t.task().run();
    }
    now = target;
  }

  /** Runs the tasks due now. */
  public void runPending() {
    advanceBy(Duration.ZERO);
  }

  private record Task(Instant due, long seq, Runnable task) {}
}
