package org.jkeepalived.vrrp.packet;

import java.net.Inet4Address;
import java.util.Objects;

/**
 * An IPv4 header (RFC 791) as a raw IP socket delivers it in front of each received packet.
 * Options, when present, are kept as a length only.
 *
 * @param headerLength IHL x 4, 20..60 octets
 * @param tos type of service octet (keepalived sends 0xc0, internetwork control)
 * @param totalLength the Total Length field
 * @param identification the Identification field
 * @param flagsAndFragmentOffset the 16 bits of flags and fragment offset
 * @param ttl time to live
 * @param protocol 112 for VRRP, 51 when IPsec AH precedes it
 * @param headerChecksum the header checksum field
 * @param source source address
 * @param destination destination address
 */
public record Ipv4Header(
    int headerLength,
    int tos,
    int totalLength,
    int identification,
    int flagsAndFragmentOffset,
    int ttl,
    int protocol,
    int headerChecksum,
    Inet4Address source,
    Inet4Address destination)
    implements Ipv4DecodeResult {

  /** Length of a header without options. */
  public static final int MIN_LENGTH = 20;
  /** TOS keepalived puts on adverts: precedence 6, internetwork control. */
  public static final int TOS_INTERNETWORK_CONTROL = 0xc0;

  public Ipv4Header {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    if (headerLength < MIN_LENGTH || headerLength > 60 || headerLength % 4 != 0) {
      throw new IllegalArgumentException("header length " + headerLength);
    }
    check("tos", tos, 0xff);
    check("totalLength", totalLength, 0xffff);
    check("identification", identification, 0xffff);
    check("flagsAndFragmentOffset", flagsAndFragmentOffset, 0xffff);
    check("ttl", ttl, 0xff);
    check("protocol", protocol, 0xff);
    check("headerChecksum", headerChecksum, 0xffff);
  }

  /** A 20-octet header as keepalived builds it for an advert (checksum computed on encode). */
  public static Ipv4Header forAdvert(Inet4Address source, Inet4Address destination,
      int identification, int ttl, int protocol, int payloadLength) {
    return new Ipv4Header(MIN_LENGTH, TOS_INTERNETWORK_CONTROL, MIN_LENGTH + payloadLength,
        identification, 0, ttl, protocol, 0, source, destination);
  }

  /** The facts the VRRP codec needs from this header. */
  public PacketContext context() {
    return new PacketContext(source, destination, ttl, protocol);
  }

  private static void check(String what, int v, int max) {
    if (v < 0 || v > max) {
      throw new IllegalArgumentException(what + " " + v + " outside 0.." + max);
    }
  }
}
