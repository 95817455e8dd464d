package org.jkeepalived.vrrp.io;

import java.net.InetAddress;
import java.util.Objects;

/**
 * What one VRRP socket serves: an interface, a family and the source address adverts carry (the
 * VRRPv3 checksum covers it, so instances with different sources need different sockets).
 */
public record ChannelKey(String ifname, boolean ipv6, InetAddress source) {
  public ChannelKey {
    Objects.requireNonNull(ifname, "ifname");
    Objects.requireNonNull(source, "source");
  }
}
