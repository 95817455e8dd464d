package org.jkeepalived.test.vrrp;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Bounded polling. */
public final class Waits {
  /** The poll period of every lab wait. */
  public static final Duration POLL = Duration.ofMillis(10);

  private Waits() {}

  /**
   * Polls {@code condition} every {@link #POLL} until it holds or {@code timeout} passes. Returns
   * the time from the call to the first poll that saw it true, empty on timeout.
   */
  public static Optional<Duration> until(BooleanSupplier condition, Duration timeout) {
    return until(condition, timeout, POLL);
  }

  /**
   * As {@link #until(BooleanSupplier, Duration)}, polling every {@code poll}: for conditions
   * that start a process each time they are asked.
   */
  public static Optional<Duration> until(BooleanSupplier condition, Duration timeout,
      Duration poll) {
    long t0 = System.nanoTime();
    long deadline = t0 + timeout.toNanos();
    while (true) {
      if (condition.getAsBoolean()) {
        return Optional.of(Duration.ofNanos(System.nanoTime() - t0));
      }
      if (System.nanoTime() - deadline > 0) {
        return Optional.empty();
      }
      sleep(poll);
    }
  }

  /** Whether {@code condition} holds at every poll during {@code period}. */
  public static boolean holdsFor(BooleanSupplier condition, Duration period) {
    return until(() -> !condition.getAsBoolean(), period).isEmpty();
  }

  /** Sleeps, keeping the interrupt flag. */
  public static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
