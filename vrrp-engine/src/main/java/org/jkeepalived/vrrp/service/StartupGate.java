package org.jkeepalived.vrrp.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Objects;
import org.jkeepalived.engine.loop.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * keepalived's {@code vrrp_startup_delay}: the instances are created at once but none starts
 * running VRRP (sends Startup to its state machine) until the delay after the daemon started has
 * passed, so that e.g. bonds still settling at boot cannot make a backup miss the master's
 * adverts. keepalived logs {@code Delaying startup for N seconds} (N printed with {@code %g}).
 * With no delay the gate is open from the start. Loop only.
 */
final class StartupGate {
  private static final Logger LOG = LoggerFactory.getLogger(StartupGate.class);

  private final Duration delay;
  private final Scheduler loop;
  private boolean open;
  private Scheduler.Cancellable timer;

  /** @param delay global vrrp_startup_delay; null or zero for none */
  StartupGate(Duration delay, Scheduler loop) {
    this.delay = delay == null || delay.isNegative() ? Duration.ZERO : delay;
    this.loop = Objects.requireNonNull(loop);
    this.open = this.delay.isZero();
  }

  /** Starts the delay (once); {@code opened} runs on the loop when it has passed. */
  void begin(Runnable opened) {
    if (open || timer != null) {
      return;
    }
    LOG.info("Delaying startup for {} seconds", seconds(delay));
    timer = loop.schedule(delay, () -> {
      open = true;
      opened.run();
    });
  }

  /** Whether instances may start now. */
  boolean isOpen() {
    return open;
  }

  /** Stops waiting (shutdown): the gate stays closed. */
  void close() {
    if (timer != null) {
      timer.cancel();
    }
  }

  /** Seconds as C's {@code %g} prints them: six significant digits, no trailing zeros. */
  static String seconds(Duration d) {
    BigDecimal s = BigDecimal.valueOf(d.toNanos(), 9).round(new MathContext(6));
    s = s.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }
}
