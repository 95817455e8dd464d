package org.jkeepalived.vrrp.packet;

import java.net.Inet4Address;
import java.util.Arrays;

/**
 * Decodes the IPv4 header of a raw-socket packet and encodes a header without options. The
 * kernel has already verified the header checksum and reassembled fragments before a raw socket
 * sees the packet, so decoding checks only that the lengths are consistent.
 */
public final class Ipv4HeaderCodec {
  private Ipv4HeaderCodec() {}

  /**
   * Decodes the header at the start of {@code packet}.
   *
   * @return the header, or a {@link VrrpDecodeError} (IP_HEADER, PACKET_LENGTH); never throws
   */
  public static Ipv4DecodeResult decode(byte[] packet) {
    if (packet.length < Ipv4Header.MIN_LENGTH) {
      return new VrrpDecodeError(VrrpDecodeError.Reason.PACKET_LENGTH,
          packet.length + " octets, shorter than an IPv4 header");
    }
    int version = (packet[0] & 0xff) >>> 4;
    int ihl = (packet[0] & 0x0f) * 4;
    if (version != 4 || ihl < Ipv4Header.MIN_LENGTH) {
      return new VrrpDecodeError(VrrpDecodeError.Reason.IP_HEADER,
          "IP version " + version + ", header length " + ihl);
    }
    int total = u16(packet, 2);
    if (ihl > packet.length || total != packet.length) {
      // keepalived: "ip_tot_len mismatch against received length"
      return new VrrpDecodeError(VrrpDecodeError.Reason.PACKET_LENGTH, "total length " + total
          + ", header length " + ihl + ", received " + packet.length);
    }
    return new Ipv4Header(ihl, packet[1] & 0xff, total, u16(packet, 4), u16(packet, 6),
        packet[8] & 0xff, packet[9] & 0xff, u16(packet, 10),
        (Inet4Address) VrrpCodec.address(Arrays.copyOfRange(packet, 12, 16)),
        (Inet4Address) VrrpCodec.address(Arrays.copyOfRange(packet, 16, 20)));
  }

  /**
   * Encodes a 20-octet header with its checksum computed (the record's checksum is ignored).
   *
   * @throws IllegalArgumentException if the header has options
   */
  public static byte[] encode(Ipv4Header h) {
    if (h.headerLength() != Ipv4Header.MIN_LENGTH) {
      throw new IllegalArgumentException("headers with options are not encoded");
    }
    byte[] out = new byte[Ipv4Header.MIN_LENGTH];
    out[0] = 0x45;
    out[1] = (byte) h.tos();
    put16(out, 2, h.totalLength());
    put16(out, 4, h.identification());
    put16(out, 6, h.flagsAndFragmentOffset());
    out[8] = (byte) h.ttl();
    out[9] = (byte) h.protocol();
    System.arraycopy(h.source().getAddress(), 0, out, 12, 4);
    System.arraycopy(h.destination().getAddress(), 0, out, 16, 4);
    put16(out, 10, InternetChecksum.of(out, 0, out.length));
    return out;
  }

  static int u16(byte[] b, int off) {
    return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
  }

  static void put16(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 8);
    b[off + 1] = (byte) v;
  }
}
