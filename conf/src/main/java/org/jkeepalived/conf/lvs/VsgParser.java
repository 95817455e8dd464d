package org.jkeepalived.conf.lvs;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.lvs.IpFamily;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.config.lvs.VsgFwmark;
import org.jkeepalived.mibs.config.lvs.VsgRange;

/**
 * A virtual_server_group block: each line is {@code ADDR [PORT]}, a range ({@code A.B.C.D-E},
 * {@code A-B} with full addresses, {@code ADDR/LEN}) with an optional port, or {@code fwmark N
 * [inet|inet6]}. A group with no usable entry is removed.
 */
final class VsgParser {
  private VsgParser() {}

  static void read(ConfNode n, LvsBuilder lvs, ParseContext c) {
    String name = LvsArgs.required(n, 0, c);
    if (name == null) {
      return;
    }
    List<VsgRange> ranges = new ArrayList<>();
    List<VsgFwmark> marks = new ArrayList<>();
    for (ConfNode e : n.children()) {
      if (e.keyword().equals("fwmark")) {
        VsgFwmark m = fwmark(e, name, c);
        if (m != null) {
          marks.add(m);
        }
      } else {
        VsgRange r = range(e, c);
        if (r != null) {
          ranges.add(r);
        }
      }
    }
    if (ranges.isEmpty() && marks.isEmpty()) {
      c.diagnostics().error(LvsArgs.blockEnd(n),
          "virtual server group " + name + " has no entries - removing");
      lvs.groups.remove(name);
      return;
    }
    lvs.groups.put(name, new VirtualServerGroup(name, ranges, marks));
  }

  private static VsgFwmark fwmark(ConfNode e, String group, ParseContext c) {
    Long v = LvsArgs.unsigned(e, 0, 0, LvsArgs.UINT_MAX, c);
    if (v == null) {
      if (e.arg(0) != null) {
        c.error(e, "(" + group + "): fwmark '" + e.arg(0) + "' must be in [0, 4294967295] - ignoring");
      }
      return null;
    }
    IpFamily f = null;
    String fam = e.arg(1);
    if ("inet".equals(fam)) {
      f = IpFamily.INET;
    } else if ("inet6".equals(fam)) {
      f = IpFamily.INET6;
    } else if (fam != null) {
      c.error(e, "(" + group + "): fwmark '" + e.arg(0) + "' family " + fam + " unknown - ignoring");
      return null;
    }
    return new VsgFwmark(v, f);
  }

  private static VsgRange range(ConfNode e, ParseContext c) {
    String text = e.keyword();
    String portText = e.arg(0);
    int port = 0;
    boolean portOk = true;
    if (portText != null) {
      Long p = Values.parseLong(portText);
      if (p == null || p != 0) {
        Integer v = LvsArgs.port(e, 0, c);
        portOk = v != null;
        port = portOk ? v : 0;
      }
    }
    InetAddress[] ends = ends(text);
    if (ends == null || !portOk) {
      String addr = ends == null ? text : text;
      c.error(e, "Invalid virtual server group IP address " + addr + " /port/"
          + (portText == null ? "" : portText) + " - skipping");
      return null;
    }
    if (ends.length == 3) {
      c.error(e, "Address range end is not greater than address range start - " + text
          + " - skipping");
      return null;
    }
    return new VsgRange(ends[0], ends[1], port);
  }

  /**
   * The first and last address; null when unparsable; a three-element array when the end is
   * not after the start.
   */
  static InetAddress[] ends(String text) {
    int slash = text.indexOf('/');
    if (slash >= 0) {
      var p = Addresses.prefix(text);
      if (p == null) {
        return null;
      }
      BigInteger a = new BigInteger(1, p.address().getAddress());
      int bits = p.maxLength() - p.prefixLength();
      BigInteger low = a.shiftRight(bits).shiftLeft(bits);
      BigInteger high = low.add(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
      return new InetAddress[] {toAddress(low, p.maxLength() / 8), toAddress(high, p.maxLength() / 8)};
    }
    int dash = text.indexOf('-');
    if (dash < 0) {
      InetAddress a = Addresses.literal(text);
      return a == null ? null : new InetAddress[] {a, a};
    }
    InetAddress first = Addresses.literal(text.substring(0, dash));
    if (first == null) {
      return null;
    }
    String endText = text.substring(dash + 1);
    InetAddress last = Addresses.literal(endText);
    if (last == null) {
      last = lastPart(first, endText);
    }
    if (last == null || last.getAddress().length != first.getAddress().length) {
      return null;
    }
    BigInteger lo = new BigInteger(1, first.getAddress());
    BigInteger hi = new BigInteger(1, last.getAddress());
    if (hi.compareTo(lo) <= 0) {
      return new InetAddress[] {first, last, null};
    }
    return new InetAddress[] {first, last};
  }

  /** {@code A.B.C.D-E}: E replaces the last byte; for IPv6 the last 16-bit group (hex). */
  private static InetAddress lastPart(InetAddress first, String endText) {
    byte[] b = first.getAddress().clone();
    boolean v4 = first instanceof Inet4Address;
    Long v = v4 ? Values.parseLong(endText) : parseHex(endText);
    if (v == null || v < 0 || v > (v4 ? 255 : 0xffff)) {
      return null;
    }
    if (v4) {
      b[3] = (byte) (long) v;
    } else {
      b[14] = (byte) (v >> 8);
      b[15] = (byte) (long) v;
    }
    try {
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException ex) {
      return null;
    }
  }

  private static Long parseHex(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return null;
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        return null;
      }
      v = v * 16 + d;
    }
    return v;
  }

  private static InetAddress toAddress(BigInteger v, int bytes) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[bytes];
    int copy = Math.min(raw.length, bytes);
    System.arraycopy(raw, raw.length - copy, out, bytes - copy, copy);
    try {
      return InetAddress.getByAddress(out);
    } catch (UnknownHostException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
