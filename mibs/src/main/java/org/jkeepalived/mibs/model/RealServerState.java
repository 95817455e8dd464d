package org.jkeepalived.mibs.model;

import java.util.List;
import java.util.Objects;

/**
 * What the LVS engine observes of a real server (state part of realServerTable).
 *
 * @param status health by its checkers (realServerStatus)
 * @param failedChecks checkers currently failing (realServerFailedChecks)
 * @param stats IPVS counters
 * @param checkers each checker's state, in the order of the real server's checker blocks; empty
 *     until the LVS engine runs them (the configuration loader's first row)
 */
public record RealServerState(RealServerStatus status, long failedChecks, IpvsStats stats,
    List<CheckerState> checkers) {
  public RealServerState {
    Objects.requireNonNull(status);
    Objects.requireNonNull(stats);
    checkers = List.copyOf(checkers);
  }

  /** A state that says nothing of the individual checkers. */
  public RealServerState(RealServerStatus status, long failedChecks, IpvsStats stats) {
    this(status, failedChecks, stats, List.of());
  }
}
