package org.jkeepalived.test.snmp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One received SNMPv2c notification. {@code oid} is the value of snmpTrapOID.0 and {@code
 * varbinds} are the bindings after sysUpTime.0 and snmpTrapOID.0 (RFC 3416 section 4.2.6), in
 * order; OIDs are numeric without a leading dot.
 *
 * @param oid the notification's OID, e.g. 1.3.6.1.4.1.9586.100.5.2.0.1
 * @param varbinds the payload bindings
 * @param uptime sysUpTime.0 in hundredths of a second, -1 if absent
 * @param source transport address as snmptrapd wrote it (%b)
 * @param received when this JVM read the line
 */
public record TrapRecord(
    String oid, List<Varbind> varbinds, long uptime, String source, Instant received) {
  /** First field of every line {@link TrapSink} asks snmptrapd to print. */
  public static final String TAG = "JKTRAP";

  static final String SYS_UPTIME = "1.3.6.1.2.1.1.3.0";
  static final String SNMP_TRAP_OID = "1.3.6.1.6.3.1.1.4.1.0";
  private static final Pattern VARBIND =
      Pattern.compile("^(?<oid>\\.?[0-9.]+) = (?:(?<type>[A-Za-z][A-Za-z0-9-]*): ?)?(?<value>.*)$");

  public TrapRecord {
    varbinds = List.copyOf(varbinds);
  }

  /** The binding whose OID is {@code oid} (numeric, dot optional). */
  public Optional<Varbind> varbind(String oid) {
    String want = stripDot(oid);
    return varbinds.stream().filter(v -> v.oid().equals(want)).findFirst();
  }

  /** The first binding whose OID starts with {@code prefix.} (a column, any row). */
  public Optional<Varbind> column(String prefix) {
    String want = stripDot(prefix) + ".";
    return varbinds.stream().filter(v -> v.oid().startsWith(want)).findFirst();
  }

  /**
   * Parses one line in the format {@code JKTRAP<TAB>%b<TAB>%v} (varbinds tab separated), or empty
   * if the line is not one (snmptrapd's own messages). A line without snmpTrapOID.0 is refused.
   */
  public static Optional<TrapRecord> parse(String line, Instant received) {
    String[] f = line.split("\t", -1);
    if (f.length < 2 || !f[0].equals(TAG)) {
      return Optional.empty();
    }
    List<Varbind> binds = new ArrayList<>();
    String trapOid = null;
    long uptime = -1;
    for (int i = 2; i < f.length; i++) {
      if (f[i].isBlank()) {
        continue;
      }
      Varbind v = parseVarbind(f[i]);
      if (v.oid().equals(SNMP_TRAP_OID)) {
        trapOid = v.text();
      } else if (v.oid().equals(SYS_UPTIME)) {
        uptime = v.asLong();
      } else {
        binds.add(v);
      }
    }
    if (trapOid == null) {
      throw new IllegalArgumentException("trap without snmpTrapOID.0: " + line);
    }
    return Optional.of(new TrapRecord(trapOid, binds, uptime, f[1], received));
  }

  private static Varbind parseVarbind(String text) {
    Matcher m = VARBIND.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a varbind: " + text);
    }
    String type = m.group("type");
    String value = m.group("value").strip();
    if (type == null) {
      // snmptrapd prints an empty OCTET STRING as just ""
      type = "STRING";
    }
    return new Varbind(stripDot(m.group("oid")), type, value);
  }

  static String stripDot(String oid) {
    return oid.startsWith(".") ? oid.substring(1) : oid;
  }
}
