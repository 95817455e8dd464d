package org.jkeepalived.lvs.check.fsm;

import java.time.Duration;
import java.util.List;
import org.jkeepalived.lvs.check.CheckVerdict;

/**
 * What a check does after a probe: wait {@code delay} before the next one, report {@code verdict}
 * when it changed (null otherwise), and log {@code log} (keepalived's lines, in order).
 */
public record Step(Duration delay, CheckVerdict verdict, List<String> log) {
  public Step {
    log = List.copyOf(log);
  }
}
