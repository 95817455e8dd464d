package org.jkeepalived.mibs.model;

import java.util.Objects;

/**
 * What the LVS engine observes of a virtual server (state part of virtualServerTable).
 *
 * @param quorumStatus virtualServerQuorumStatus
 * @param realServersUp live real servers (virtualServerRealServersUp)
 * @param realServersTotal configured real servers (virtualServerRealServersTotal)
 * @param stats IPVS counters
 */
public record VirtualServerState(
    QuorumStatus quorumStatus, int realServersUp, int realServersTotal, IpvsStats stats) {
  public VirtualServerState {
    Objects.requireNonNull(quorumStatus);
    Objects.requireNonNull(stats);
    if (realServersUp < 0 || realServersUp > realServersTotal) {
      throw new IllegalArgumentException("up must be within 0..total");
    }
  }
}
