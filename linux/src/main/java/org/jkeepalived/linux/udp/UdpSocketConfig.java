package org.jkeepalived.linux.udp;

import java.net.InetAddress;

/**
 * How to open a UDP socket.
 *
 * @param ipv6 AF_INET6 (v6 only) or AF_INET
 * @param bindAddress the local address, or null for the wildcard
 * @param portLow the first port to try binding
 * @param portHigh the last port to try (equal to portLow for a fixed port); a port in use moves
 *     on to the next one (RFC 5881 section 4 source ports: 49152-65535)
 * @param sendHops the unicast TTL / Hop Limit to send with, or 0 for the kernel's default
 * @param receiveHops report the received TTL / Hop Limit and destination of each datagram
 * @param device SO_BINDTODEVICE, or null
 */
public record UdpSocketConfig(boolean ipv6, InetAddress bindAddress, int portLow, int portHigh,
    int sendHops, boolean receiveHops, String device) {
  public UdpSocketConfig {
    if (portLow < 0 || portHigh > 65535 || portLow > portHigh) {
      throw new IllegalArgumentException("ports " + portLow + "-" + portHigh);
    }
    if (sendHops < 0 || sendHops > 255) {
      throw new IllegalArgumentException("hops " + sendHops);
    }
    if (bindAddress != null && (bindAddress instanceof java.net.Inet6Address) != ipv6) {
      throw new IllegalArgumentException("bind address " + bindAddress + " is not of the family");
    }
  }

  /** A receiving socket on a fixed port of every address of the family. */
  public static UdpSocketConfig listen(boolean ipv6, int port) {
    return new UdpSocketConfig(ipv6, null, port, port, 0, true, null);
  }

  /** A sending socket from {@code source} (null: any) on the first free port of a range. */
  public static UdpSocketConfig send(boolean ipv6, InetAddress source, int portLow, int portHigh,
      int hops) {
    return new UdpSocketConfig(ipv6, source, portLow, portHigh, hops, true, null);
  }
}
