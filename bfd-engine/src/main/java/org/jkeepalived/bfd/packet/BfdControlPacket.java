package org.jkeepalived.bfd.packet;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdState;

/**
 * A BFD control packet (RFC 5880 section 4.1), version 1. Intervals are carried as {@link
 * Duration}s of whole microseconds (the wire's unit); discriminators are unsigned 32-bit.
 *
 * @param diag the Diagnostic code, 0-31 (codes above 9 are reserved and kept as received)
 * @param state Sta: AdminDown, Down, Init or Up (never {@link BfdState#FAILING})
 * @param poll P
 * @param fin F (Final)
 * @param controlPlaneIndependent C
 * @param demand D
 * @param multipoint M, always clear in a packet the codec accepts (section 6.8.6)
 * @param detectMult Detect Mult, 0-255
 * @param myDiscriminator My Discriminator
 * @param yourDiscriminator Your Discriminator
 * @param desiredMinTx Desired Min TX Interval
 * @param requiredMinRx Required Min RX Interval
 * @param requiredMinEchoRx Required Min Echo RX Interval
 * @param auth the authentication section, present iff the A bit is set
 */
public record BfdControlPacket(
    int diag,
    BfdState state,
    boolean poll,
    boolean fin,
    boolean controlPlaneIndependent,
    boolean demand,
    boolean multipoint,
    int detectMult,
    long myDiscriminator,
    long yourDiscriminator,
    Duration desiredMinTx,
    Duration requiredMinRx,
    Duration requiredMinEchoRx,
    Optional<BfdAuthSection> auth) implements BfdDecodeResult {

  /** The largest interval the 32-bit microsecond fields hold. */
  public static final Duration MAX_INTERVAL = Duration.ofNanos(0xFFFFFFFFL * 1000);

  public BfdControlPacket {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(auth, "auth");
    if (state == BfdState.FAILING) {
      throw new IllegalArgumentException("failing is a MIB state, not a wire state");
    }
    if (diag < 0 || diag > 31) {
      throw new IllegalArgumentException("diag " + diag);
    }
    if (detectMult < 0 || detectMult > 255) {
      throw new IllegalArgumentException("detect mult " + detectMult);
    }
    unsigned32("my discriminator", myDiscriminator);
    unsigned32("your discriminator", yourDiscriminator);
    micros("desired min tx", desiredMinTx);
    micros("required min rx", requiredMinRx);
    micros("required min echo rx", requiredMinEchoRx);
  }

  /** The diagnostic as the MIB names it, or empty for a reserved code. */
  public Optional<BfdDiag> diagnostic() {
    for (BfdDiag d : BfdDiag.values()) {
      if (d.code() == diag) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The A bit. */
  public boolean authPresent() {
    return auth.isPresent();
  }

  /** The Length field: 24 plus the authentication section. */
  public int length() {
    return BfdControlCodec.MANDATORY_LENGTH + auth.map(BfdAuthSection::length).orElse(0);
  }

  public BfdControlPacket withAuth(Optional<BfdAuthSection> a) {
    return new BfdControlPacket(diag, state, poll, fin, controlPlaneIndependent, demand,
        multipoint, detectMult, myDiscriminator, yourDiscriminator, desiredMinTx, requiredMinRx,
        requiredMinEchoRx, a);
  }

  private static void unsigned32(String what, long v) {
    if (v < 0 || v > 0xFFFFFFFFL) {
      throw new IllegalArgumentException(what + " " + v + " is not unsigned 32-bit");
    }
  }

  private static void micros(String what, Duration d) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.compareTo(MAX_INTERVAL) > 0 || d.toNanos() % 1000 != 0) {
      throw new IllegalArgumentException(what + " " + d + " is not 0-2^32-1 whole microseconds");
    }
  }
}
