package org.jkeepalived.mibs.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the BFD engine observes of one session (state part of bfdSessTable and bfdSessPerfTable,
 * RFC 7331). Times are null when the event has not happened.
 */
public record BfdSessState(
    BfdState state,
    long remoteDiscr,
    boolean remoteHeard,
    BfdDiag diag,
    Duration negotiatedInterval,
    Duration negotiatedEchoInterval,
    int negotiatedDetectMult,
    Instant upSince,
    Instant lastDownAt,
    BfdDiag lastCommLostDiag,
    long upCount,
    long ctrlPktIn,
    long ctrlPktOut,
    long ctrlPktDrop,
    Instant ctrlPktDropLastAt) {

  public BfdSessState {
    Objects.requireNonNull(state);
    Objects.requireNonNull(diag);
    Objects.requireNonNull(negotiatedInterval);
    Objects.requireNonNull(negotiatedEchoInterval);
    Objects.requireNonNull(lastCommLostDiag);
    if (remoteDiscr < 0 || remoteDiscr > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("discriminators are unsigned 32-bit");
    }
  }
}
