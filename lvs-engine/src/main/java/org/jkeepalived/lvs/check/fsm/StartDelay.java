package org.jkeepalived.lvs.check.fsm;

import java.time.Duration;

/**
 * When a check first runs (check_api.c {@code register_checkers_thread}): one second after start
 * (keepalived's BOOTSTRAP_DELAY) plus a random part of {@code warmup}, so that many checks of
 * the same server do not all fire at once.
 */
public final class StartDelay {
  /** keepalived's BOOTSTRAP_DELAY (scheduler.h: TIMER_HZ). */
  public static final Duration BOOTSTRAP = Duration.ofSeconds(1);

  private StartDelay() {}

  /**
   * @param fraction a random number in [0, 1]
   */
  public static Duration of(Duration warmup, double fraction) {
    if (fraction < 0 || fraction > 1) {
      throw new IllegalArgumentException("fraction must be in [0, 1]: " + fraction);
    }
    long micros = warmup.toNanos() / 1000;
    return BOOTSTRAP.plusNanos((long) (micros * fraction) * 1000);
  }
}
