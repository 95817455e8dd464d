package org.jkeepalived.lvs.check.run;

/**
 * The pending timers of one delay on one loop. Armed from a monotonic clock with the same delay,
 * they fall due in the order they were armed, so a ring of (deadline, task) pairs keeps them
 * sorted with no heap and no object per timer. A check re-arms its delay_loop timer after every
 * probe; a timer object per probe (Netty's ScheduledFutureTask and its lambdas) lives a whole
 * delay_loop, outlives several young collections at bench/checkers' size and was promoted, which
 * filled the old generation and brought full collections (measured/2026-12-07-session6.md).
 * Not thread-safe: one loop's thread only.
 */
final class DelayFifo {
  private final long delayNanos;
  private long[] deadlines = new long[16];
  private Runnable[] tasks = new Runnable[16];
  private int head;
  private int size;

  DelayFifo(long delayNanos) {
    this.delayNanos = delayNanos;
  }

  long delayNanos() {
    return delayNanos;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** When the first pending timer falls due (undefined when empty). */
  long headDeadline() {
    return deadlines[head];
  }

  /** Arms {@code task} for {@code now} plus this queue's delay. */
  void add(long now, Runnable task) {
    if (size == tasks.length) {
      grow();
    }
    int tail = (head + size) % tasks.length;
    deadlines[tail] = now + delayNanos;
    tasks[tail] = task;
    size++;
  }

  /**
   * Runs, in order, every task due by {@code now}; a task may arm more (they fall due later).
   *
   * @return how many ran
   */
  int runDue(long now) {
    int ran = 0;
    while (size > 0 && deadlines[head] - now <= 0) {
      Runnable t = tasks[head];
      tasks[head] = null;
      head = (head + 1) % tasks.length;
      size--;
      if (t != null) {
        t.run();
        ran++;
      }
    }
    return ran;
  }

  /** Cancels every pending run of {@code task} (a scan: a check stops rarely, it fires often). */
  void cancel(Runnable task) {
    for (int i = 0; i < size; i++) {
      int at = (head + i) % tasks.length;
      if (tasks[at] == task) {
        tasks[at] = null;
      }
    }
  }

  private void grow() {
    int n = tasks.length;
    long[] d = new long[n * 2];
    Runnable[] t = new Runnable[n * 2];
    for (int i = 0; i < size; i++) {
      d[i] = deadlines[(head + i) % n];
      t[i] = tasks[(head + i) % n];
    }
    deadlines = d;
    tasks = t;
    head = 0;
  }
}
