package org.jkeepalived.linux.udp;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One received UDP datagram with what the IP header said of it.
 *
 * @param payload the UDP payload
 * @param source the sender's address
 * @param sourcePort the sender's UDP port
 * @param destination the address it was sent to (IP_PKTINFO / IPV6_PKTINFO), null if unknown
 * @param hopLimit the received TTL or Hop Limit (IP_RECVTTL / IPV6_RECVHOPLIMIT), -1 if unknown
 * @param ifindex the interface it came in on, 0 if unknown
 */
public record UdpDatagram(byte[] payload, InetAddress source, int sourcePort,
    InetAddress destination, int hopLimit, int ifindex) {
  public UdpDatagram {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(source, "source");
  }
}
