package org.jkeepalived.mibs.tables;

import java.util.Map;
import java.util.Optional;
import org.jkeepalived.mibs.smi.SmiType;

/**
 * The SMI base type behind a SYNTAX clause of our modules, textual conventions resolved: what a
 * column binding must declare so the agent encodes the value with the tag managers expect.
 */
public final class SyntaxTypes {
  private SyntaxTypes() {}

  private static final Map<String, SmiType> BY_NAME =
      Map.ofEntries(
          Map.entry("INTEGER", SmiType.INTEGER),
          Map.entry("Integer32", SmiType.INTEGER),
          Map.entry("TruthValue", SmiType.INTEGER),
          Map.entry("RowStatus", SmiType.INTEGER),
          Map.entry("StorageType", SmiType.INTEGER),
          Map.entry("InetAddressType", SmiType.INTEGER),
          Map.entry("InetScopeType", SmiType.INTEGER),
          Map.entry("InterfaceIndex", SmiType.INTEGER),
          Map.entry("InterfaceIndexOrZero", SmiType.INTEGER),
          Map.entry("TimeInterval", SmiType.INTEGER),
          Map.entry("VrrpState", SmiType.INTEGER),
          Map.entry("RouteType", SmiType.INTEGER),
          Map.entry("RuleAction", SmiType.INTEGER),
          Map.entry("PrefType", SmiType.INTEGER),
          Map.entry("EncapType", SmiType.INTEGER),
          Map.entry("VrId", SmiType.INTEGER),
          Map.entry("Vrrpv3VrIdTC", SmiType.UNSIGNED32),
          Map.entry("Gauge32", SmiType.GAUGE32),
          Map.entry("Unsigned32", SmiType.UNSIGNED32),
          Map.entry("InetPortNumber", SmiType.UNSIGNED32),
          Map.entry("InetAddressPrefixLength", SmiType.UNSIGNED32),
          Map.entry("Realm", SmiType.UNSIGNED32),
          Map.entry("IndexIntegerNextFree", SmiType.UNSIGNED32),
          Map.entry("Counter32", SmiType.COUNTER32),
          Map.entry("Counter64", SmiType.COUNTER64),
          Map.entry("TimeTicks", SmiType.TIMETICKS),
          Map.entry("TimeStamp", SmiType.TIMETICKS),
          Map.entry("IpAddress", SmiType.IP_ADDRESS),
          Map.entry("OBJECT", SmiType.OBJECT_IDENTIFIER),
          Map.entry("OCTET", SmiType.OCTET_STRING),
          Map.entry("DisplayString", SmiType.OCTET_STRING),
          Map.entry("InetAddress", SmiType.OCTET_STRING),
          Map.entry("MacAddress", SmiType.OCTET_STRING),
          Map.entry("PhysAddress", SmiType.OCTET_STRING),
          Map.entry("IANAbfdSessAuthenticationKeyTC", SmiType.OCTET_STRING));

  /**
   * The base type of a SYNTAX clause as written ({@code Integer32 (0..255)}, {@code INTEGER {
   * up(1) }}, {@code OCTET STRING (SIZE (6))}); BFD TCs ending in TC map by their base. Empty for
   * a syntax this mapping does not know.
   */
  public static Optional<SmiType> of(String syntax) {
    String head = syntax.trim().split("[\\s({]", 2)[0];
    SmiType t = BY_NAME.get(head);
    if (t == null && head.startsWith("IANAbfd")) {
      t = SmiType.INTEGER;
    } else if (t == null && head.startsWith("Bfd") && head.endsWith("TC")) {
      t = SmiType.UNSIGNED32;
    }
    return Optional.ofNullable(t);
  }

  /** Whether two types share a BER tag (Gauge32 and Unsigned32 are the same on the wire). */
  public static boolean sameOnTheWire(SmiType a, SmiType b) {
    return wire(a) == wire(b);
  }

  private static SmiType wire(SmiType t) {
    return t == SmiType.UNSIGNED32 ? SmiType.GAUGE32 : t;
  }
}
