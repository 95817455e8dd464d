package org.jkeepalived.vrrp.io;

import java.net.InetAddress;
import java.util.Objects;

/**
 * What one VRRP socket serves: an interface, a family and the source address adverts carry (the
 * VRRPv3 checksum covers it, so instances with different sources need different sockets), and
 * whether it carries IPsec AH ({@code auth_type AH}: IP protocol 51 and IP_HDRINCL sends, as
 * keepalived opens its AH sockets).
 */
public record ChannelKey(String ifname, boolean ipv6, InetAddress source, boolean ah) {
  public ChannelKey {
    Objects.requireNonNull(ifname, "ifname");
    Objects.requireNonNull(source, "source");
    if (ah && ipv6) {
      throw new IllegalArgumentException("AH authentication is VRRPv2 over IPv4 only");
    }
  }

  /** A plain (protocol 112) channel. */
  public ChannelKey(String ifname, boolean ipv6, InetAddress source) {
    this(ifname, ipv6, source, false);
  }
}
