package org.jkeepalived.vrrp.vip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether IPv6 forwarding is on for an interface: keepalived sets the Router flag of its
 * unsolicited neighbour advertisements then (RFC 4861 section 4.4: R marks the sender as a
 * router, and hosts that see it cleared drop the address from their default router list).
 */
@FunctionalInterface
public interface Ipv6Forwarding {
  /** Forwarding never on (tests, or when the system cannot tell). */
  Ipv6Forwarding NEVER = ifname -> false;

  boolean enabled(String ifname);

  /**
   * Reads {@code net.ipv6.conf.<ifname>.forwarding} under {@code /proc/sys} (the network
   * namespace of the reading thread); an unreadable value counts as off.
   */
  static Ipv6Forwarding proc() {
    return proc(Path.of("/proc/sys/net/ipv6/conf"));
  }

  /** As {@link #proc()} under another directory (tests). */
  static Ipv6Forwarding proc(Path confDir) {
    return ifname -> {
      if (ifname.isEmpty() || ifname.contains("/") || ifname.startsWith(".")) {
        return false;
      }
      try {
        String v = Files.readString(confDir.resolve(ifname).resolve("forwarding"),
            StandardCharsets.US_ASCII).trim();
        return !v.isEmpty() && !v.equals("0");
      } catch (IOException e) {
        return false;
      }
    };
  }
}
