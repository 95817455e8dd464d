package org.jkeepalived.bfd.packet;

import java.util.Objects;

/**
 * Why a received packet is discarded: one reason per reception check of RFC 5880 section 6.8.6
 * (and the TTL rule of RFC 5881 section 5 / RFC 5883 section 5). Every discard counts in
 * bfdSessPerfCtrlPktDrop of the session it was meant for, when one is found (RFC 7331).
 * Decoders and the session return this, they never throw.
 *
 * @param reason the rule that failed
 * @param detail a line for the log
 */
public record BfdDiscard(Reason reason, String detail) implements BfdDecodeResult {
  public BfdDiscard {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** The reception rules, in the order section 6.8.6 lists them. */
  public enum Reason {
    /** Version is not 1. */
    VERSION,
    /** Length below 24 (26 with the A bit), above the payload, or a truncated payload. */
    LENGTH,
    /** Detect Mult is zero. */
    DETECT_MULT,
    /** The Multipoint bit is set. */
    MULTIPOINT,
    /** My Discriminator is zero. */
    MY_DISCRIMINATOR,
    /** Your Discriminator is zero while State is neither Down nor AdminDown. */
    YOUR_DISCRIMINATOR,
    /** Your Discriminator is not the local discriminator of any session. */
    NO_SESSION,
    /** No session has this packet's addresses (Your Discriminator zero). */
    NO_SESSION_FOR_ADDRESS,
    /** The A bit is set and no authentication is in use, or the reverse. */
    AUTH_MISMATCH,
    /** The authentication section is malformed (type, length) or does not verify. */
    AUTH_FAILURE,
    /** Received TTL / Hop Limit below what the session requires (RFC 5881 section 5, 5883). */
    TTL
  }

  static BfdDiscard of(Reason reason, String detail) {
    return new BfdDiscard(reason, detail);
  }
}
