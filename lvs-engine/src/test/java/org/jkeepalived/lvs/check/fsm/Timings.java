package org.jkeepalived.lvs.check.fsm;

import java.time.Duration;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;

/** Check timings for the state machine tests. */
final class Timings {
  private Timings() {}

  static CheckerTiming of(int retry, boolean alpha) {
    return new CheckerTiming(Duration.ofSeconds(6), Duration.ZERO, retry, Duration.ofSeconds(1),
        alpha, false);
  }
}
