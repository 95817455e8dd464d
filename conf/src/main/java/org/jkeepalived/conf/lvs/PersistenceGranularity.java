package org.jkeepalived.conf.lvs;

import java.net.Inet4Address;
import java.net.InetAddress;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.lvs.IpFamily;

/**
 * {@code persistence_granularity NETMASK|PREFIXLEN}: an IPv4 netmask, or for IPv6 services a
 * prefix length 1-128. The family is taken from the service, else from the value (a '.' means
 * IPv4); giving it makes the service persistent with the default timeout if none was set.
 * keepalived 2.2.7 silently ignores an IPv4 mask that is not a valid contiguous netmask.
 */
final class PersistenceGranularity {
  private PersistenceGranularity() {}

  static void handle(ConfNode n, VsBuilder b, ParseContext c) {
    String s = LvsArgs.required(n, 0, c);
    if (s == null) {
      return;
    }
    IpFamily family = b.family;
    if (family == null) {
      family = s.indexOf('.') >= 0 ? IpFamily.INET : IpFamily.INET6;
    }
    if (family == IpFamily.INET6) {
      Long v = LvsArgs.unsigned(n, 0, 1, 128, c);
      if (v == null) {
        c.error(n, "Invalid IPv6 persistence_granularity specified - " + s);
        return;
      }
      b.persistenceGranularity = v.intValue();
    } else {
      int len = maskLength(Addresses.literal(s));
      if (len < 0) {
        return;
      }
      b.persistenceGranularity = len;
    }
    if (b.family == null) {
      b.family = family;
    }
    if (b.persistenceTimeout == null) {
      b.persistenceTimeout = VirtualServerTable.DEFAULT_PERSISTENCE;
    }
  }

  /** The prefix length of a contiguous IPv4 netmask, or -1. */
  static int maskLength(InetAddress a) {
    if (!(a instanceof Inet4Address)) {
      return -1;
    }
    byte[] b = a.getAddress();
    int m = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    int len = Integer.bitCount(m);
    int expected = len == 0 ? 0 : (int) (0xffffffffL << (32 - len));
    return m == expected ? len : -1;
  }
}
