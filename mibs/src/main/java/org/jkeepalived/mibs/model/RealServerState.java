package org.jkeepalived.mibs.model;

import java.util.Objects;

/**
 * What the LVS engine observes of a real server (state part of realServerTable).
 *
 * @param status health by its checkers (realServerStatus)
 * @param failedChecks checkers currently failing (realServerFailedChecks)
 * @param stats IPVS counters
 */
public record RealServerState(RealServerStatus status, long failedChecks, IpvsStats stats) {
  public RealServerState {
    Objects.requireNonNull(status);
    Objects.requireNonNull(stats);
  }
}
