package org.jkeepalived.vrrp.packet;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * The IP-level facts about a received VRRP message that the VRRP codec needs: from the IPv4
 * header for raw IPv4 sockets, from ancillary data (IPV6_RECVHOPLIMIT, IPV6_RECVPKTINFO) for IPv6.
 *
 * @param source IP source address
 * @param destination IP destination address (224.0.0.18, ff02::12 or a unicast address)
 * @param ttl IPv4 TTL or IPv6 Hop Limit
 * @param protocol IPv4 protocol / IPv6 next header of the IP packet: 112, or 51 when AH wraps it
 */
public record PacketContext(InetAddress source, InetAddress destination, int ttl, int protocol) {
  /** IP protocol number of the IPsec Authentication Header. */
  public static final int PROTO_AH = 51;

  public PacketContext {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    if ((source instanceof Inet4Address) != (destination instanceof Inet4Address)) {
      throw new IllegalArgumentException("source and destination families differ");
    }
  }

  /** True for an IPv6 packet. */
  public boolean isIpv6() {
    return !(source instanceof Inet4Address);
  }
}
