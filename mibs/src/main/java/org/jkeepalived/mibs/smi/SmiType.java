package org.jkeepalived.mibs.smi;

/**
 * The SMI base types our MIBs use. Values travel as plain Java objects between the store bindings
 * and the agent: INTEGER, Integer32 and enumerations as {@link Integer}; Unsigned32, Gauge32,
 * Counter32 and TimeTicks as {@link Long}; Counter64 as {@link Long} (unsigned); OCTET STRING as
 * {@code byte[]} or {@link String} (UTF-8); IpAddress as {@link java.net.Inet4Address}; OBJECT
 * IDENTIFIER as {@code int[]}.
 */
public enum SmiType {
  INTEGER,
  OCTET_STRING,
  OBJECT_IDENTIFIER,
  IP_ADDRESS,
  COUNTER32,
  GAUGE32,
  UNSIGNED32,
  TIMETICKS,
  COUNTER64
}
