package org.jkeepalived.linux.raw;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * One datagram from a raw IP socket.
 *
 * <p>For IPv4 the kernel delivers the IP header with the payload: {@link #packet()} holds the
 * header, {@link #payloadOffset()} points past it, and {@link #hopLimit()} and {@link
 * #destination()} are read from it. For IPv6 the kernel strips the header: hop limit and
 * destination come from the IPV6_HOPLIMIT and IPV6_PKTINFO control messages, and the payload
 * offset is 0.
 *
 * @param source source address
 * @param destination destination address (the group for multicast), or null when unknown
 * @param hopLimit received TTL / hop limit, or -1 when unknown; VRRP drops anything but 255
 *     (RFC 5798 section 7.1)
 * @param ifindex receiving interface index, or 0 when unknown
 * @param packet the bytes as received
 * @param payloadOffset where the upper-layer payload starts in {@code packet}
 */
public record RawDatagram(
    InetAddress source,
    InetAddress destination,
    int hopLimit,
    int ifindex,
    byte[] packet,
    int payloadOffset) {

  public RawDatagram {
    packet = packet.clone();
    if (payloadOffset < 0 || payloadOffset > packet.length) {
      throw new IllegalArgumentException("payload offset " + payloadOffset);
    }
  }

  @Override
  public byte[] packet() {
    return packet.clone();
  }

  /** The upper-layer payload (the VRRP or ICMPv6 message). */
  public byte[] payload() {
    return Arrays.copyOfRange(packet, payloadOffset, packet.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawDatagram d
        && d.source.equals(source)
        && java.util.Objects.equals(d.destination, destination)
        && d.hopLimit == hopLimit
        && d.ifindex == ifindex
        && d.payloadOffset == payloadOffset
        && Arrays.equals(d.packet, packet);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(source, destination, hopLimit, ifindex, payloadOffset)
        + Arrays.hashCode(packet);
  }

  @Override
  public String toString() {
    return "RawDatagram{" + source + " -> " + destination + " hops=" + hopLimit + " if=" + ifindex
        + " payload=" + (packet.length - payloadOffset) + "B}";
  }
}
