package org.jkeepalived.test.snmp;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * One variable binding as snmptrapd printed it with {@code -On -Ox}: numeric OID (no leading dot),
 * the type word ({@code INTEGER}, {@code Hex-STRING}, {@code OID}, {@code IpAddress}, {@code
 * Timeticks}, {@code Gauge32} ...; {@code STRING} for the empty string) and the value text.
 */
public record Varbind(String oid, String type, String value) {
  /** A string value decoded (Hex-STRING bytes as UTF-8), an OID without its dot, else the text. */
  public String text() {
    if ("Hex-STRING".equals(type)) {
      return new String(bytes(), StandardCharsets.UTF_8);
    }
    if ("OID".equals(type)) {
      return TrapRecord.stripDot(value);
    }
    if ("STRING".equals(type) && value.length() >= 2 && value.startsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** The bytes of a Hex-STRING value ({@code 56 49 20 31}). */
  public byte[] bytes() {
    if (!"Hex-STRING".equals(type)) {
      throw new IllegalStateException(oid + " is not a Hex-STRING but " + type);
    }
    return HexFormat.of().parseHex(value.replace(" ", ""));
  }

  /** An INTEGER, Gauge32, Counter32/64 or Unsigned32 value; Timeticks gives the tick count. */
  public long asLong() {
    String v = value;
    if ("Timeticks".equals(type)) {
      v = value.substring(value.indexOf('(') + 1, value.indexOf(')'));
    }
    return Long.parseLong(v.strip());
  }
}
