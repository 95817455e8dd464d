package org.jkeepalived.vrrp.io;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;
import org.jkeepalived.vrrp.packet.AhSequence;
import org.jkeepalived.vrrp.packet.AuthType;
import org.jkeepalived.vrrp.packet.DecodedAdvert;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.packet.VrrpDecodeResult;
import org.jkeepalived.vrrp.packet.VrrpIpv4PacketCodec;

/**
 * The IPsec AH side of one VRRPv2 instance with {@code auth_type AH}: wraps outgoing messages
 * into whole IPv4 packets (keepalived's IP identification and AH sequence counters) and checks
 * incoming ones (ICV, SPI, then the replay check of {@link AhSequence}) before the instance sees
 * their VRRP message. Used on the engine loop only.
 */
final class AhEndpoint {
  private final VrrpCodecOptions options;
  private final AhSequence sequence = new AhSequence();
  private int ipId;

  /**
   * @param options the instance's codec options; their auth must be AH
   * @param firstIpId the first IP identification (keepalived starts from a random one)
   */
  AhEndpoint(VrrpCodecOptions options, int firstIpId) {
    if (options.auth().type() != AuthType.AH) {
      throw new IllegalArgumentException("not an AH instance");
    }
    this.options = options;
    this.ipId = firstIpId & 0xffff;
  }

  /** The whole packet for an encoded VRRP message, with the next sequence number. */
  byte[] wrap(byte[] vrrpMessage, InetAddress source, InetAddress destination, int ttl) {
    ipId = (ipId + 1) & 0xffff;
    return VrrpIpv4PacketCodec.wrapAh(vrrpMessage, (Inet4Address) source,
        (Inet4Address) destination, ipId, ttl, sequence.next(), options.auth().key());
  }

  /**
   * Checks a received whole IPv4 packet.
   *
   * @return empty when it may go on to the instance, else why it must be dropped (counted as an
   *     authentication failure when the ICV, SPI or sequence number is wrong)
   */
  Optional<VrrpDecodeError> check(byte[] packet) {
    VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(packet, options);
    if (r instanceof VrrpDecodeError e) {
      return Optional.of(e);
    }
    long seq = ((DecodedAdvert) r).ah().map(a -> a.sequenceNumber()).orElse(-1L);
    if (seq < 0) {
      return Optional.empty(); // no AH header: the instance counts the auth type mismatch
    }
    if (!sequence.accept(seq)) {
      // keepalived: "IPSEC-AH : sequence number %u already processed. Packet dropped."
      return Optional.of(new VrrpDecodeError(VrrpDecodeError.Reason.AUTH_FAILURE,
          "AH sequence number " + seq + " already processed (local " + sequence.current() + ")"));
    }
    return Optional.empty();
  }

  /** The AH sequence counter (last sent or accepted). */
  long sequence() {
    return sequence.current();
  }
}
