package org.jkeepalived.linux.netlink;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed netlink attributes (rtattr / nlattr share a layout). Types are stored with the
 * NLA_F_NESTED and NLA_F_NET_BYTEORDER bits masked off, since the kernel does not always set them
 * (STACK.md: nested IPVS attributes come back unflagged). A repeated type keeps every value.
 */
public final class Attributes {
  private final Map<Integer, List<byte[]>> values;

  private Attributes(Map<Integer, List<byte[]>> values) {
    this.values = values;
  }

  /** Parses attributes from {@code b}'s position to its limit. */
  public static Attributes parse(ByteBuffer b) {
    ByteBuffer in = b.slice().order(ByteOrder.nativeOrder());
    Map<Integer, List<byte[]>> map = new LinkedHashMap<>();
    while (in.remaining() >= Netlink.ATTR_HEADER_LEN) {
      int start = in.position();
      int len = in.getShort() & 0xffff;
      int type = (in.getShort() & 0xffff) & Netlink.NLA_TYPE_MASK;
      if (len < Netlink.ATTR_HEADER_LEN || len > in.limit() - start) {
        throw new MalformedNetlinkException("attribute type " + type + " length " + len
            + " at offset " + start + " exceeds " + (in.limit() - start) + " bytes left");
      }
      byte[] v = new byte[len - Netlink.ATTR_HEADER_LEN];
      in.get(v);
      map.computeIfAbsent(type, k -> new ArrayList<>()).add(v);
      in.position(Math.min(in.limit(), start + Netlink.align(len)));
    }
    if (in.remaining() != 0) {
      throw new MalformedNetlinkException(in.remaining() + " trailing bytes after attributes");
    }
    return new Attributes(map);
  }

  public static Attributes parse(byte[] data) {
    return parse(ByteBuffer.wrap(data));
  }

  public boolean has(int type) {
    return values.containsKey(type);
  }

  public Set<Integer> types() {
    return Collections.unmodifiableSet(values.keySet());
  }

  /** The first value of the type, or null. */
  public byte[] bytes(int type) {
    List<byte[]> l = values.get(type);
    return l == null ? null : l.get(0).clone();
  }

  public List<byte[]> all(int type) {
    List<byte[]> l = values.getOrDefault(type, List.of());
    List<byte[]> copy = new ArrayList<>(l.size());
    l.forEach(v -> copy.add(v.clone()));
    return copy;
  }

  public Integer u8(int type) {
    byte[] v = sized(type, 1);
    return v == null ? null : v[0] & 0xff;
  }

  public Integer u16(int type) {
    byte[] v = sized(type, 2);
    return v == null ? null : ByteBuffer.wrap(v).order(ByteOrder.nativeOrder()).getShort() & 0xffff;
  }

  public Integer u32(int type) {
    byte[] v = sized(type, 4);
    return v == null ? null : ByteBuffer.wrap(v).order(ByteOrder.nativeOrder()).getInt();
  }

  public Long u64(int type) {
    byte[] v = sized(type, 8);
    return v == null ? null : ByteBuffer.wrap(v).order(ByteOrder.nativeOrder()).getLong();
  }

  /** A string attribute, up to its first NUL. */
  public String string(int type) {
    byte[] v = bytes(type);
    if (v == null) {
      return null;
    }
    int n = 0;
    while (n < v.length && v[n] != 0) {
      n++;
    }
    return new String(v, 0, n, StandardCharsets.UTF_8);
  }

  /** A 4- or 16-byte address attribute (IPv4-in-16 bytes stays an IPv6 address). */
  public InetAddress address(int type) {
    byte[] v = bytes(type);
    if (v == null) {
      return null;
    }
    if (v.length != 4 && v.length != 16) {
      throw new MalformedNetlinkException("address attribute " + type + " of " + v.length + " bytes");
    }
    try {
      return InetAddress.getByAddress(v);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The attributes nested in the value of {@code type}, or null when absent. */
  public Attributes nested(int type) {
    byte[] v = values.containsKey(type) ? values.get(type).get(0) : null;
    return v == null ? null : parse(ByteBuffer.wrap(v));
  }

  private byte[] sized(int type, int size) {
    List<byte[]> l = values.get(type);
    if (l == null) {
      return null;
    }
    byte[] v = l.get(0);
    if (v.length < size) {
      throw new MalformedNetlinkException("attribute " + type + " has " + v.length
          + " bytes, expected " + size);
    }
    return v;
  }
}
