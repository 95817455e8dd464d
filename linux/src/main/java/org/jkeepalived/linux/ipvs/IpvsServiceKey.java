package org.jkeepalived.linux.ipvs;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * What identifies an IPVS service: (family, protocol, address, port) or (family, fwmark).
 *
 * @param family AF_INET (2) or AF_INET6 (10)
 * @param protocol IPPROTO_TCP (6), IPPROTO_UDP (17) or IPPROTO_SCTP (132); 0 for a fwmark service
 * @param address the virtual address; null for a fwmark service
 * @param port the virtual port (0 for fwmark services and port-less persistent services)
 * @param fwmark the firewall mark; 0 for an address service
 */
public record IpvsServiceKey(int family, int protocol, InetAddress address, int port, long fwmark) {
  public static final int AF_INET = 2;
  public static final int AF_INET6 = 10;

  public IpvsServiceKey {
    if (family != AF_INET && family != AF_INET6) {
      throw new IllegalArgumentException("family must be AF_INET or AF_INET6: " + family);
    }
    if ((fwmark == 0) == (address == null)) {
      throw new IllegalArgumentException("a service has either an address or a fwmark");
    }
    if (port < 0 || port > 0xFFFF || fwmark < 0 || fwmark > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("port or fwmark out of range");
    }
  }

  /** An address service. */
  public static IpvsServiceKey of(int protocol, InetAddress address, int port) {
    Objects.requireNonNull(address);
    return new IpvsServiceKey(
        address instanceof Inet4Address ? AF_INET : AF_INET6, protocol, address, port, 0);
  }

  /** A fwmark service of {@code family}. */
  public static IpvsServiceKey fwmark(int family, long mark) {
    return new IpvsServiceKey(family, 0, null, 0, mark);
  }

  public boolean isFwmark() {
    return fwmark != 0;
  }
}
