package org.jkeepalived.bfd.service;

import java.util.Optional;
import org.jkeepalived.bfd.packet.BfdControlPacket;
import org.jkeepalived.bfd.packet.BfdDiscard;
import org.jkeepalived.bfd.packet.BfdDiscard.Reason;
import org.jkeepalived.linux.udp.UdpDatagram;

/**
 * The reception checks of RFC 5880 section 6.8.6 that need the session (after the codec's and the
 * demultiplexing), and the TTL rule of RFC 5881 section 5 / RFC 5883 section 5.
 */
final class BfdReception {
  private BfdReception() {}

  /** Why {@code p} from {@code d} must be discarded for session {@code s}, or empty. */
  static Optional<BfdDiscard> check(BfdSession s, BfdControlPacket p, UdpDatagram d,
      boolean multihop) {
    if (s.row().multihop() != multihop) {
      return Optional.of(new BfdDiscard(Reason.NO_SESSION, "a "
          + (multihop ? "multihop" : "single hop") + " packet for a session of the other kind"));
    }
    if (!s.ttlAcceptable(d.hopLimit())) {
      return Optional.of(new BfdDiscard(Reason.TTL, "received TTL/hop limit " + d.hopLimit()
          + ", at least " + (s.sendHops() - s.row().maxHops()) + " required"));
    }
    if (s.auth == null) {
      // section 6.8.6: the A bit set and no authentication in use for the session
      return p.authPresent() ? Optional.of(new BfdDiscard(Reason.AUTH_MISMATCH,
          "authentication present but not configured")) : Optional.empty();
    }
    // section 6.8.6: the A bit clear while authentication is in use, or a section that fails
    return s.auth.verify(d.payload(), p, p.detectMult());
  }
}
