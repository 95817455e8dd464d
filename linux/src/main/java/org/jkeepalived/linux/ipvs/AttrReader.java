package org.jkeepalived.linux.ipvs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jkeepalived.linux.netlink.Attributes;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;

/**
 * Reads one level of IPVS attributes with the checks the codec owes its callers: every value has
 * exactly the size ip_vs.h gives it, and a bad one is an {@link IpvsException} naming the object
 * and the attribute, never an unchecked exception. Attributes it is not asked for are ignored, so
 * a newer kernel's additions are skipped. Host byte order, except ports and IPv4 netmasks and
 * groups, which the kernel keeps in network order.
 */
final class AttrReader {
  private final Attributes attributes;
  private final String what;

  private AttrReader(Attributes attributes, String what) {
    this.attributes = attributes;
    this.what = what;
  }

  /** Parses {@code bytes} as attributes of {@code what} ("service", "destination"...). */
  static AttrReader parse(byte[] bytes, String what) throws IpvsException {
    try {
      return new AttrReader(Attributes.parse(ByteBuffer.wrap(bytes)), what);
    } catch (MalformedNetlinkException e) {
      throw new IpvsException("malformed IPVS " + what + " attributes: " + e.getMessage(), e);
    }
  }

  boolean has(int type) {
    return attributes.has(type);
  }

  /** The attributes nested in {@code type}, or null when absent (the kernel does not flag them). */
  AttrReader nested(int type, String nestedWhat) throws IpvsException {
    byte[] v = attributes.bytes(type);
    return v == null ? null : parse(v, nestedWhat);
  }

  /** A nested attribute that must be there. */
  AttrReader requireNested(int type, String nestedWhat) throws IpvsException {
    AttrReader r = nested(type, nestedWhat);
    if (r == null) {
      throw missing(type, nestedWhat);
    }
    return r;
  }

  int u8(int type, int absent) throws IpvsException {
    byte[] v = sized(type, 1);
    return v == null ? absent : v[0] & 0xff;
  }

  int u16(int type, int absent) throws IpvsException {
    byte[] v = sized(type, 2);
    return v == null ? absent : host(v).getShort() & 0xffff;
  }

  int requireU16(int type, String name) throws IpvsException {
    if (!has(type)) {
      throw missing(type, name);
    }
    return u16(type, 0);
  }

  /** A 16-bit value in network byte order (ports). */
  int be16(int type, int absent) throws IpvsException {
    byte[] v = sized(type, 2);
    return v == null ? absent : ByteBuffer.wrap(v).getShort() & 0xffff;
  }

  long u32(int type, long absent) throws IpvsException {
    byte[] v = sized(type, 4);
    return v == null ? absent : host(v).getInt() & 0xffffffffL;
  }

  /** A 32-bit value in network byte order (an IPv4 netmask or group). */
  long be32(int type, long absent) throws IpvsException {
    byte[] v = sized(type, 4);
    return v == null ? absent : ByteBuffer.wrap(v).getInt() & 0xffffffffL;
  }

  /** struct ip_vs_flags: the flags and the mask of the bits they set. */
  record Flags(int flags, int mask) {}

  Flags flags(int type) throws IpvsException {
    byte[] v = sized(type, 8);
    if (v == null) {
      return null;
    }
    ByteBuffer b = host(v);
    return new Flags(b.getInt(), b.getInt());
  }

  /** A counter sent as u32 or u64 (the 32-bit statistics mix both). */
  long counter(int type) throws IpvsException {
    byte[] v = attributes.bytes(type);
    if (v == null) {
      return 0;
    }
    if (v.length == 4) {
      return host(v).getInt() & 0xffffffffL;
    }
    if (v.length == 8) {
      return host(v).getLong();
    }
    throw new IpvsException("IPVS " + what + " counter attribute " + type + " has " + v.length
        + " bytes, expected 4 or 8", 0);
  }

  /** A NUL-terminated name of at most {@code max} bytes with the NUL; null when absent. */
  String name(int type, int max) throws IpvsException {
    byte[] v = attributes.bytes(type);
    if (v == null) {
      return null;
    }
    int n = 0;
    while (n < v.length && v[n] != 0) {
      n++;
    }
    if (n >= max) {
      throw new IpvsException("IPVS " + what + " name attribute " + type + " is " + n
          + " bytes long, longer than the kernel's " + (max - 1), 0);
    }
    return new String(v, 0, n, StandardCharsets.UTF_8);
  }

  /**
   * An address of {@code family}: 16 bytes (an IPv4 address first, then zeros, as the kernel's
   * union nf_inet_addr) or, for IPv4, 4 bytes. Null when absent.
   */
  InetAddress address(int type, int family) throws IpvsException {
    byte[] v = attributes.bytes(type);
    if (v == null) {
      return null;
    }
    int want = family == IpvsServiceKey.AF_INET ? 4 : 16;
    if (v.length != 16 && v.length != want) {
      throw new IpvsException("IPVS " + what + " address attribute " + type + " has " + v.length
          + " bytes for address family " + family, 0);
    }
    try {
      return InetAddress.getByAddress(Arrays.copyOf(v, want));
    } catch (UnknownHostException e) {
      throw new IpvsException("IPVS " + what + " address attribute " + type, e);
    }
  }

  IpvsException missing(int type, String name) {
    return new IpvsException("IPVS " + what + " without its " + name + " (attribute " + type + ")",
        0);
  }

  private byte[] sized(int type, int size) throws IpvsException {
    byte[] v = attributes.bytes(type);
    if (v != null && v.length != size) {
      throw new IpvsException("IPVS " + what + " attribute " + type + " has " + v.length
          + " bytes, expected " + size, 0);
    }
    return v;
  }

  private static ByteBuffer host(byte[] v) {
    return ByteBuffer.wrap(v).order(ByteOrder.nativeOrder());
  }
}
