package org.jkeepalived.vrrp.packet;

import java.net.Inet4Address;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whole IPv4 VRRP packets, as a raw {@code IPPROTO_VRRP} / {@code IPPROTO_AH} socket receives
 * them and as keepalived sends them with {@code IP_HDRINCL}: IPv4 header, keepalived's AH header
 * when {@code auth_type AH}, VRRP message.
 */
public final class VrrpIpv4PacketCodec {
  private VrrpIpv4PacketCodec() {}

  /**
   * Decodes a received IPv4 packet.
   *
   * @return a {@link DecodedAdvert} carrying the IPv4 header (and AH header), or the error; never
   *     throws
   */
  public static VrrpDecodeResult decode(byte[] packet, VrrpCodecOptions options) {
    Ipv4DecodeResult ipResult = Ipv4HeaderCodec.decode(packet);
    if (ipResult instanceof VrrpDecodeError e) {
      return e;
    }
    Ipv4Header ip = (Ipv4Header) ipResult;
    int off = ip.headerLength();
    Optional<AuthenticationHeader> ah = Optional.empty();
    if (ip.protocol() == PacketContext.PROTO_AH) {
      if (packet.length < off + AuthenticationHeader.LENGTH) {
        return new VrrpDecodeError(VrrpDecodeError.Reason.PACKET_LENGTH, "truncated AH header");
      }
      AuthenticationHeader h = decodeAh(packet, off);
      if (h.nextHeader() != InternetChecksum.PROTO_VRRP) {
        return new VrrpDecodeError(VrrpDecodeError.Reason.NOT_VRRP,
            "AH protects protocol " + h.nextHeader());
      }
      ah = Optional.of(h);
      off += AuthenticationHeader.LENGTH;
    } else if (ip.protocol() != InternetChecksum.PROTO_VRRP) {
      return new VrrpDecodeError(VrrpDecodeError.Reason.NOT_VRRP, "IP protocol " + ip.protocol());
    }
    VrrpDecodeResult vrrp =
        VrrpCodec.decode(Arrays.copyOfRange(packet, off, packet.length), ip.context(), options);
    if (!(vrrp instanceof DecodedAdvert d)) {
      return vrrp;
    }
    if (ah.isPresent()) {
      Optional<VrrpDecodeError> bad = verifyAh(packet, ip, ah.get(), options);
      if (bad.isPresent()) {
        return bad.get();
      }
    }
    return new DecodedAdvert(d.advert(), d.checksum(), Optional.of(ip), ah);
  }

  /**
   * Encodes a whole IPv4 packet as keepalived sends it: TOS 0xc0, no fragmentation, the given
   * identification and TTL; with an AH header (SPI = source, the given sequence number, the
   * ICV computed with the options' key) when the advert's auth type is AH.
   */
  public static byte[] encode(VrrpAdvertisement advert, Inet4Address source,
      Inet4Address destination, int identification, int ttl, long ahSequence,
      VrrpCodecOptions options) {
    byte[] vrrp = VrrpCodec.encode(advert, source, destination, options);
    return advert.authType() == AuthType.AH
        ? wrapAh(vrrp, source, destination, identification, ttl, ahSequence,
            options.auth().key())
        : wrap(vrrp, source, destination, identification, ttl, InternetChecksum.PROTO_VRRP);
  }

  /**
   * Puts an encoded VRRP message (auth type AH, auth data zero) behind an IPv4 header and
   * keepalived's AH header, for sending with IP_HDRINCL: the ICV covers the IP header, so the
   * kernel must not build it.
   *
   * @param key the 8-octet {@code auth_pass}
   */
  public static byte[] wrapAh(byte[] vrrp, Inet4Address source, Inet4Address destination,
      int identification, int ttl, long ahSequence, byte[] key) {
    int ahLen = AuthenticationHeader.LENGTH;
    byte[] out = wrap(new byte[ahLen + vrrp.length], source, destination, identification, ttl,
        PacketContext.PROTO_AH);
    int a = out.length - ahLen - vrrp.length;
    System.arraycopy(vrrp, 0, out, a + ahLen, vrrp.length);
    out[a] = (byte) InternetChecksum.PROTO_VRRP;
    out[a + 1] = (byte) AuthenticationHeader.PAYLOAD_LENGTH;
    System.arraycopy(source.getAddress(), 0, out, a + 4, 4); // SPI: keepalived's choice
    put32(out, a + 8, ahSequence);
    byte[] icv = IpsecAh.icv(out, a, key, !destination.isMulticastAddress());
    System.arraycopy(icv, 0, out, a + 12, icv.length);
    return out;
  }

  /** Puts {@code payload} behind a keepalived-style IPv4 header of the given protocol. */
  private static byte[] wrap(byte[] payload, Inet4Address source, Inet4Address destination,
      int identification, int ttl, int protocol) {
    byte[] ipHdr = Ipv4HeaderCodec.encode(Ipv4Header.forAdvert(source, destination,
        identification, ttl, protocol, payload.length));
    byte[] out = new byte[ipHdr.length + payload.length];
    System.arraycopy(ipHdr, 0, out, 0, ipHdr.length);
    System.arraycopy(payload, 0, out, ipHdr.length, payload.length);
    return out;
  }

  /**
   * The VRRP message inside a decoded AH packet (what follows the AH header); the packet must be
   * one {@link #decode} accepted with an AH header.
   */
  public static byte[] vrrpMessage(byte[] packet) {
    int ihl = (packet[0] & 0xf) * 4;
    int ah = (packet[9] & 0xff) == PacketContext.PROTO_AH ? AuthenticationHeader.LENGTH : 0;
    return Arrays.copyOfRange(packet, ihl + ah, packet.length);
  }

  private static Optional<VrrpDecodeError> verifyAh(byte[] packet, Ipv4Header ip,
      AuthenticationHeader ah, VrrpCodecOptions options) {
    byte[] expected = IpsecAh.icv(packet, ip.headerLength(), options.auth().key(),
        !ip.destination().isMulticastAddress());
    if (!MessageDigest.isEqual(expected, ah.icv())) {
      return Optional.of(new VrrpDecodeError(VrrpDecodeError.Reason.AUTH_FAILURE,
          "AH ICV does not verify (fields changed or wrong password)"));
    }
    long srcAsSpi = get32(ip.source().getAddress(), 0);
    if (ah.spi() != srcAsSpi) {
      return Optional.of(new VrrpDecodeError(VrrpDecodeError.Reason.AUTH_FAILURE,
          "AH SPI 0x" + Long.toHexString(ah.spi()) + " is not the source address"));
    }
    return Optional.empty();
  }

  private static AuthenticationHeader decodeAh(byte[] p, int off) {
    return new AuthenticationHeader(p[off] & 0xff, p[off + 1] & 0xff, get32(p, off + 4),
        get32(p, off + 8), Arrays.copyOfRange(p, off + 12, off + AuthenticationHeader.LENGTH));
  }

  private static long get32(byte[] b, int off) {
    return ((long) Ipv4HeaderCodec.u16(b, off) << 16) | Ipv4HeaderCodec.u16(b, off + 2);
  }

  private static void put32(byte[] b, int off, long v) {
    Ipv4HeaderCodec.put16(b, off, (int) (v >>> 16) & 0xffff);
    Ipv4HeaderCodec.put16(b, off + 2, (int) v & 0xffff);
  }
}
