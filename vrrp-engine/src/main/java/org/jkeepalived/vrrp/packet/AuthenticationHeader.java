package org.jkeepalived.vrrp.packet;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The IPsec Authentication Header keepalived puts between the IPv4 header and a VRRPv2 message
 * for {@code auth_type AH} (RFC 2402 section 2 layout, 24 octets): next header 112, payload
 * length 4, the sender's IPv4 address as SPI, a sequence number and a 96-bit HMAC-MD5 ICV.
 *
 * @param nextHeader protocol of what follows (112)
 * @param payloadLength AH length in 32-bit words minus 2 (4 for a 96-bit ICV)
 * @param spi security parameters index; keepalived uses the source address
 * @param sequenceNumber unsigned 32-bit, grows by one per advert
 * @param icv the 12-octet integrity check value
 */
public record AuthenticationHeader(
    int nextHeader, int payloadLength, long spi, long sequenceNumber, byte[] icv) {

  /** Length of keepalived's AH header. */
  public static final int LENGTH = 24;
  /** Length of the HMAC-MD5-96 ICV. */
  public static final int ICV_LENGTH = 12;
  /** Payload length of a 24-octet AH header (RFC 2402 section 2.2). */
  public static final int PAYLOAD_LENGTH = LENGTH / 4 - 2;

  public AuthenticationHeader {
    if (nextHeader < 0 || nextHeader > 255 || payloadLength < 0 || payloadLength > 255) {
      throw new IllegalArgumentException("next header / payload length out of range");
    }
    if (spi < 0 || spi > 0xffffffffL || sequenceNumber < 0 || sequenceNumber > 0xffffffffL) {
      throw new IllegalArgumentException("spi / sequence number out of range");
    }
    if (icv.length != ICV_LENGTH) {
      throw new IllegalArgumentException("ICV must be 12 octets");
    }
    icv = icv.clone();
  }

  @Override
  public byte[] icv() {
    return icv.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthenticationHeader a && nextHeader == a.nextHeader
        && payloadLength == a.payloadLength && spi == a.spi
        && sequenceNumber == a.sequenceNumber && Arrays.equals(icv, a.icv);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(spi) * 31 + Long.hashCode(sequenceNumber) * 17 + Arrays.hashCode(icv);
  }

  @Override
  public String toString() {
    return "AuthenticationHeader[next=" + nextHeader + " len=" + payloadLength + " spi=0x"
        + Long.toHexString(spi) + " seq=" + sequenceNumber + " icv="
        + HexFormat.of().formatHex(icv) + "]";
  }
}
