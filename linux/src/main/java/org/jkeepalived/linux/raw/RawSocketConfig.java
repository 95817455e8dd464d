package org.jkeepalived.linux.raw;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Objects;
import org.jkeepalived.linux.ffi.LinuxConstants;

/**
 * How to open a raw IP socket.
 *
 * @param ipv6 false for AF_INET, true for AF_INET6
 * @param protocol IP protocol (112 for VRRP, 58 for ICMPv6)
 * @param ifname interface to bind to (SO_BINDTODEVICE) and send multicast on
 * @param source source address to bind, or null to let the kernel choose
 * @param multicastHops TTL / hop limit for multicast sends (255 for VRRP, RFC 5798 section 5.1.1.3)
 * @param unicastHops TTL / hop limit for unicast sends (keepalived uses 255 for unicast peers too)
 * @param nonBlocking set O_NONBLOCK (required before handing the fd to Netty's epoll)
 */
public record RawSocketConfig(
    boolean ipv6,
    int protocol,
    String ifname,
    InetAddress source,
    int multicastHops,
    int unicastHops,
    boolean nonBlocking) {

  public RawSocketConfig {
    Objects.requireNonNull(ifname, "ifname");
    if (source != null && (source instanceof Inet4Address) == ipv6) {
      throw new IllegalArgumentException("source " + source + " does not match family");
    }
    checkHops(multicastHops);
    checkHops(unicastHops);
  }

  /** A VRRP socket (protocol 112, hops 255, blocking) on the interface. */
  public static RawSocketConfig vrrp(boolean ipv6, String ifname) {
    return new RawSocketConfig(ipv6, LinuxConstants.IPPROTO_VRRP, ifname, null, 255, 255, false);
  }

  public RawSocketConfig withSource(InetAddress newSource) {
    return new RawSocketConfig(ipv6, protocol, ifname, newSource, multicastHops, unicastHops,
        nonBlocking);
  }

  public RawSocketConfig withHops(int multicast, int unicast) {
    return new RawSocketConfig(ipv6, protocol, ifname, source, multicast, unicast, nonBlocking);
  }

  public RawSocketConfig withProtocol(int newProtocol) {
    return new RawSocketConfig(ipv6, newProtocol, ifname, source, multicastHops, unicastHops,
        nonBlocking);
  }

  public RawSocketConfig withNonBlocking(boolean on) {
    return new RawSocketConfig(ipv6, protocol, ifname, source, multicastHops, unicastHops, on);
  }

  private static void checkHops(int hops) {
    if (hops < 1 || hops > 255) {
      throw new IllegalArgumentException("hop limit " + hops + " not in 1..255");
    }
  }
}
