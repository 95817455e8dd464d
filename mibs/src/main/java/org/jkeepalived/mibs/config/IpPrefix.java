package org.jkeepalived.mibs.config;

import java.net.Inet6Address;
import java.net.InetAddress;

/** An address with a prefix length (a host route or address has the full length). */
public record IpPrefix(InetAddress address, int prefixLength) {
  public boolean isIpv6() {
    return address instanceof Inet6Address;
  }

  /** The family's full prefix length: 32 or 128. */
  public int maxLength() {
    return isIpv6() ? 128 : 32;
  }

  @Override
  public String toString() {
    return IpText.format(address) + "/" + prefixLength;
  }
}
