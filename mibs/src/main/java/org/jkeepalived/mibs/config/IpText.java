package org.jkeepalived.mibs.config;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Addresses as keepalived prints them (inet_ntop): IPv4 dotted quad, IPv6 in the RFC 5952
 * canonical form (lower-case hex, the longest run of two or more zero groups as "::"), and
 * IPv4-compatible or IPv4-mapped IPv6 addresses with a dotted quad tail, as inet_ntop writes them.
 */
public final class IpText {
  private IpText() {}

  public static String format(InetAddress a) {
    if (!(a instanceof Inet6Address)) {
      return a.getHostAddress();
    }
    byte[] b = a.getAddress();
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    if (bestLen < 2) {
      bestStart = -1;
    }
    if (bestStart == 0 && (bestLen == 6 || (bestLen == 5 && g[5] == 0xffff))) {
      // IPv4-compatible and IPv4-mapped forms, as inet_ntop writes them.
      String v4 = (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
      return bestLen == 6 ? "::" + v4 : "::ffff:" + v4;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
