package org.jkeepalived.agent.snmp;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.jkeepalived.mibs.smi.SmiType;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;

/**
 * Converts between the plain Java values the store bindings use and SNMP4J variables, following
 * the mapping documented on {@link SmiType}: INTEGER as {@link Integer}; Unsigned32, Gauge32,
 * Counter32 and TimeTicks as {@link Long}; Counter64 as {@link Long} (unsigned); OCTET STRING as
 * {@code byte[]} or {@link String} (UTF-8); IpAddress as {@link Inet4Address}; OBJECT IDENTIFIER
 * as {@code int[]}. Values reaching a column writer from a SET use the same types, with OCTET
 * STRING always as {@code byte[]}.
 */
public final class SmiCodec {
  private SmiCodec() {}

  /** The BER syntax tag SNMP4J uses for a type (SET values must carry exactly this syntax). */
  public static int syntax(SmiType type) {
    return switch (type) {
      case INTEGER -> SMIConstants.SYNTAX_INTEGER;
      case OCTET_STRING -> SMIConstants.SYNTAX_OCTET_STRING;
      case OBJECT_IDENTIFIER -> SMIConstants.SYNTAX_OBJECT_IDENTIFIER;
      case IP_ADDRESS -> SMIConstants.SYNTAX_IPADDRESS;
      case COUNTER32 -> SMIConstants.SYNTAX_COUNTER32;
      // Gauge32 and Unsigned32 share one tag (RFC 2578 section 7.1.7).
      case GAUGE32, UNSIGNED32 -> SMIConstants.SYNTAX_GAUGE32;
      case TIMETICKS -> SMIConstants.SYNTAX_TIMETICKS;
      case COUNTER64 -> SMIConstants.SYNTAX_COUNTER64;
    };
  }

  /**
   * Encodes a Java value as the variable of the given type.
   *
   * @throws IllegalArgumentException if the Java type does not fit the SMI type (a binding bug)
   */
  public static Variable toVariable(SmiType type, Object value) {
    return switch (type) {
      case INTEGER -> new Integer32(asInt(value));
      case OCTET_STRING -> new OctetString(asBytes(value));
      case OBJECT_IDENTIFIER -> new OID(as(int[].class, value));
      case IP_ADDRESS -> new IpAddress(as(Inet4Address.class, value));
      case COUNTER32 -> new Counter32(asUnsigned32(value));
      case GAUGE32 -> new Gauge32(asUnsigned32(value));
      case UNSIGNED32 -> new UnsignedInteger32(asUnsigned32(value));
      case TIMETICKS -> new TimeTicks(asUnsigned32(value));
      case COUNTER64 -> new Counter64(as(Long.class, value));
    };
  }

  /**
   * Decodes a SET value into the Java value for a column writer, or null when the variable's
   * syntax is not the column's (the caller answers wrongType, RFC 3416 section 4.2.5).
   */
  public static Object fromVariable(SmiType type, Variable v) {
    if (v == null || v.getSyntax() != syntax(type)) {
      return null;
    }
    return switch (type) {
      case INTEGER -> ((Integer32) v).getValue();
      case OCTET_STRING -> ((OctetString) v).getValue();
      case OBJECT_IDENTIFIER -> ((OID) v).getValue();
      case IP_ADDRESS -> toInet4(((IpAddress) v).toByteArray());
      case COUNTER32, GAUGE32, UNSIGNED32, TIMETICKS -> ((UnsignedInteger32) v).getValue();
      case COUNTER64 -> ((Counter64) v).getValue();
    };
  }

  private static Inet4Address toInet4(byte[] bytes) {
    try {
      return (Inet4Address) InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("bad IpAddress length " + bytes.length, e);
    }
  }

  private static int asInt(Object value) {
    return as(Integer.class, value);
  }

  private static long asUnsigned32(Object value) {
    long v = as(Long.class, value);
    if (v < 0 || v > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("unsigned 32-bit value out of range: " + v);
    }
    return v;
  }

  private static byte[] asBytes(Object value) {
    if (value instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    return as(byte[].class, value);
  }

  private static <T> T as(Class<T> type, Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "expected " + type.getSimpleName() + " but got "
              + (value == null ? "null" : value.getClass().getSimpleName()));
    }
    return type.cast(value);
  }
}
