package org.jkeepalived.engine.loop;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a loop does with a task that throws: log it with the loop's name, hand it to the loop's
 * failure hook, and go on. Shared by the loops ({@link LoopScheduler}, {@link PollLoop}).
 */
final class TaskGuard {
  private static final Logger LOG = LoggerFactory.getLogger(TaskGuard.class);

  private final String name;
  private final Consumer<Throwable> onTaskFailure;

  TaskGuard(String name, Consumer<Throwable> onTaskFailure) {
    this.name = Objects.requireNonNull(name);
    this.onTaskFailure = Objects.requireNonNull(onTaskFailure);
  }

  /** Runs {@code task}; whatever it throws, an {@link Error} included, goes to the hook. */
  void run(Runnable task) {
    try {
      task.run();
    } catch (Throwable t) { // NOPMD: an Error must reach the hook, not die unseen
      failed(t);
    }
  }

  /** {@code task} wrapped in {@link #run}, for an executor that would keep the throwable. */
  Runnable wrap(Runnable task) {
    return () -> run(task);
  }

  private void failed(Throwable t) {
    LOG.error("{} loop task failed", name, t);
    try {
      onTaskFailure.accept(t);
    } catch (RuntimeException e) {
      LOG.error("{} loop failure hook failed", name, e);
    }
  }
}
