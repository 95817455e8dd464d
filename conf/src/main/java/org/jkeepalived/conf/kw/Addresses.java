package org.jkeepalived.conf.kw;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jkeepalived.mibs.config.IpPrefix;

/**
 * Address literals without name resolution: a configuration check must never wait on DNS, and
 * keepalived accepts only numeric addresses where these are used.
 */
public final class Addresses {
  private Addresses() {}

  /** Parses an IPv4 dotted quad or an IPv6 literal; null when it is neither. */
  public static InetAddress literal(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.indexOf(':') >= 0) {
      return ipv6(s);
    }
    byte[] b = ipv4(s);
    if (b == null) {
      return null;
    }
    try {
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static InetAddress ipv6(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == ':' || c == '.' || c == '%' || Character.digit(c, 16) >= 0;
      if (!ok && !(s.indexOf('%') >= 0 && i > s.indexOf('%'))) {
        return null;
      }
    }
    try {
      // A string containing ':' is parsed as an IPv6 literal only; no lookup is made.
      return InetAddress.getByName(s);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static byte[] ipv4(String s) {
    byte[] out = new byte[4];
    int part = 0;
    int value = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c == '.') {
        if (value < 0 || part > 3) {
          return null;
        }
        out[part++] = (byte) value;
        value = -1;
      } else if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 255) {
          return null;
        }
      } else {
        return null;
      }
    }
    return part == 4 ? out : null;
  }

  /**
   * Parses {@code ADDR[/LEN]}; without a length the prefix is the full host length. Null when
   * the address or the length is invalid.
   */
  public static IpPrefix prefix(String s) {
    int slash = s.indexOf('/');
    InetAddress a = literal(slash < 0 ? s : s.substring(0, slash));
    if (a == null) {
      return null;
    }
    int max = a.getAddress().length * 8;
    if (slash < 0) {
      return new IpPrefix(a, max);
    }
    Long len = Values.parseLong(s.substring(slash + 1));
    if (len == null || len < 0 || len > max) {
      return null;
    }
    return new IpPrefix(a, len.intValue());
  }
}
