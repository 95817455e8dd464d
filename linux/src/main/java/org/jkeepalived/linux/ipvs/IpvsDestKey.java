package org.jkeepalived.linux.ipvs;

import java.net.InetAddress;
import java.util.Objects;

/** What identifies a destination within its service: its address and port. */
public record IpvsDestKey(InetAddress address, int port) {
  public IpvsDestKey {
    Objects.requireNonNull(address);
    if (port < 0 || port > 0xFFFF) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
