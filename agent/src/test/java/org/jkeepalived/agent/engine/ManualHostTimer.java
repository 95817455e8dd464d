package org.jkeepalived.agent.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link HostTimer} whose time moves only when the test says; tasks run on the test's thread. */
final class ManualHostTimer implements HostTimer {
  private record Task(Instant due, long seq, Runnable run) {}

  private final List<Task> tasks = new ArrayList<>();
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private long seq;
  boolean closed;

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public void schedule(Duration delay, Runnable task) {
    if (!closed) {
      tasks.add(new Task(now.plus(delay), seq++, task));
    }
  }

  /** Moves time on by {@code step}, running every task due by then in time order. */
  void advance(Duration step) {
    Instant until = now.plus(step);
    while (true) {
      Task next = tasks.stream().filter(t -> !t.due().isAfter(until))
          .min(Comparator.comparing(Task::due).thenComparing(Task::seq)).orElse(null);
      if (next == null) {
        break;
      }
      tasks.remove(next);
      if (next.due().isAfter(now)) {
        now = next.due();
      }
      next.run().run();
    }
    now = until;
  }

  /** Runs what is due now. */
  void runDue() {
    advance(Duration.ZERO);
  }

  int pending() {
    return tasks.size();
  }

  @Override
  public void close() {
    closed = true;
    tasks.clear();
  }
}
