package org.jkeepalived.mibs.tables;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.model.MibEnum;

/**
 * Unit conversions at the MIB edge: Java values to the plain values {@link
 * org.jkeepalived.mibs.smi.SmiType} documents (INTEGER as Integer, unsigned types as Long,
 * OCTET STRING as byte[] or String). Null in gives null out (the cell is absent).
 */
public final class MibValues {
  private MibValues() {}

  /** TruthValue (RFC 2579): true(1), false(2); also keepalived's enabled(1)/disabled(2). */
  public static Integer truth(boolean b) {
    return b ? 1 : 2;
  }

  /** An enumerated INTEGER from its MIB code. */
  public static Integer code(MibEnum e) {
    return e == null ? null : e.code();
  }

  /** InetAddressType (RFC 4001): ipv4(1), ipv6(2); null for no address. */
  public static Integer inetType(InetAddress a) {
    return a == null ? null : (a instanceof Inet6Address ? 2 : 1);
  }

  /** InetAddress (RFC 4001) octets in network order. */
  public static byte[] octets(InetAddress a) {
    return a == null ? null : a.getAddress();
  }

  /** Unsigned32/Gauge32 from an int. */
  public static Long unsigned(long v) {
    return v;
  }

  /** Whole seconds of a duration, as Unsigned32. */
  public static Long seconds(Duration d) {
    return d == null ? null : d.toSeconds();
  }

  /** Centiseconds of a duration, as Unsigned32. */
  public static Long centis(Duration d) {
    return d == null ? null : d.toMillis() / 10;
  }

  /** Microseconds of a duration, as Unsigned32. */
  public static Long micros(Duration d) {
    return d == null ? null : d.toNanos() / 1000;
  }

  /** A DisplayString, UTF-8. */
  public static byte[] string(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  /** A script's command as keepalived shows it: each word single-quoted where it has no quote. */
  public static String command(ScriptSpec script) {
    if (script == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    List<String> words = script.command();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append('\'').append(words.get(i)).append('\'');
    }
    return sb.toString();
  }

  /** Index sub-identifiers of an address's octets (each 0..255), as MIB indexes carry them. */
  public static int[] addressSubIds(InetAddress a) {
    byte[] b = a.getAddress();
    int[] out = new int[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[i] & 0xff;
    }
    return out;
  }
}
