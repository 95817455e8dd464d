package org.jkeepalived.vrrp.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The 16-bit one's complement Internet checksum (RFC 1071) and the IPv4 / IPv6 pseudo-headers
 * that VRRPv3 adds to it (RFC 5798 section 5.2.8).
 */
public final class InternetChecksum {
  /** IP protocol number of VRRP (RFC 5798 section 5.1.1.4). */
  public static final int PROTO_VRRP = 112;

  private InternetChecksum() {}

  /**
   * Adds {@code len} octets of {@code data} from {@code off} to a running 32-bit sum, as 16-bit
   * big-endian words (an odd last octet is padded with zero).
   */
  public static long add(long sum, byte[] data, int off, int len) {
    int i = off;
    int end = off + len;
    for (; i + 1 < end; i += 2) {
      sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
    }
    if (i < end) {
      sum += (data[i] & 0xff) << 8;
    }
    return sum;
  }

  /** Folds a running sum to 16 bits and complements it: the value to put in a checksum field. */
  public static int finish(long sum) {
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    return (int) (~sum & 0xffff);
  }

  /** The checksum of {@code len} octets, no pseudo-header. */
  public static int of(byte[] data, int off, int len) {
    return finish(add(0, data, off, len));
  }

  /**
   * The running sum of the pseudo-header for an upper-layer packet of {@code length} octets and
   * protocol {@code proto}: RFC 768 style for IPv4 (src, dst, zero, proto, 16-bit length) and RFC
   * 2460 section 8.1 for IPv6 (src, dst, 32-bit length, three zeros, next header).
   */
  public static long pseudoHeaderSum(InetAddress src, InetAddress dst, int length, int proto) {
    byte[] s = src.getAddress();
    byte[] d = dst.getAddress();
    long sum = add(add(0, s, 0, s.length), d, 0, d.length);
    if (src instanceof Inet4Address && dst instanceof Inet4Address) {
      return sum + proto + length;
    }
    if (src instanceof Inet6Address && dst instanceof Inet6Address) {
      return sum + (length >>> 16) + (length & 0xffff) + proto;
    }
    throw new IllegalArgumentException("source and destination families differ");
  }
}
