package org.jkeepalived.mibs.model;

import java.util.Objects;
import org.jkeepalived.mibs.config.lvs.CheckerKind;

/**
 * What one checker of a real server last concluded (the realServerTable row counts failing
 * checkers; this says which, and why, for keepalived's per-checker mail bodies), and how long its
 * probes take.
 *
 * @param kind the checker's keyword
 * @param up whether it passes now
 * @param reason the checker's wording of its last verdict (keepalived's, such as "Connection
 *     timeout to server [198.18.1.2]:25"); empty before the first
 * @param durations its probes' times (watch checkers, FILE_CHECK and BFD_CHECK, measure none)
 */
public record CheckerState(CheckerKind kind, boolean up, String reason,
    CheckDurations durations) {
  public CheckerState {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(reason);
    Objects.requireNonNull(durations);
  }
}
