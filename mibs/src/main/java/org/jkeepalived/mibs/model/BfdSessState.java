package org.jkeepalived.mibs.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the BFD engine observes of one session (state part of bfdSessTable and bfdSessPerfTable,
 * RFC 7331). Times are null when the event has not happened. {@code localDiscr}
 * (bfdSessDiscriminator) and {@code sourceUdpPort} (bfdSessSourceUdpPort) are 0 until the engine
 * has given the session one.
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
    Instant ctrlPktDropLastAt,
    long localDiscr,
    int sourceUdpPort) {

  /** A state without a local discriminator or source port (a session not yet running). */
  public BfdSessState(BfdState state, long remoteDiscr, boolean remoteHeard, BfdDiag diag,
      Duration negotiatedInterval, Duration negotiatedEchoInterval, int negotiatedDetectMult,
      Instant upSince, Instant lastDownAt, BfdDiag lastCommLostDiag, long upCount, long ctrlPktIn,
      long ctrlPktOut, long ctrlPktDrop, Instant ctrlPktDropLastAt) {
    this(state, remoteDiscr, remoteHeard, diag, negotiatedInterval, negotiatedEchoInterval,
        negotiatedDetectMult, upSince, lastDownAt, lastCommLostDiag, upCount, ctrlPktIn,
        ctrlPktOut, ctrlPktDrop, ctrlPktDropLastAt, 0, 0);
  }

  public BfdSessState {
    Objects.requireNonNull(state);
    Objects.requireNonNull(diag);
    Objects.requireNonNull(negotiatedInterval);
    Objects.requireNonNull(negotiatedEchoInterval);
    Objects.requireNonNull(lastCommLostDiag);
    if (remoteDiscr < 0 || remoteDiscr > 0xFFFFFFFFL || localDiscr < 0
        || localDiscr > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("discriminators are unsigned 32-bit");
    }
  }
}
