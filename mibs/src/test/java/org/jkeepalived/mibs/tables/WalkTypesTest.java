package org.jkeepalived.mibs.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jkeepalived.mibs.oid.MibText;
import org.jkeepalived.mibs.smi.SmiType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every variable in keepalived 2.2.7's saved walks (shared/conformance/snmp) names an object of our
 * modules, and the SMI type our SYNTAX gives it is the type keepalived answered with.
 */
class WalkTypesTest {

  static Optional<Path> shared() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolveSibling("shared").resolve("conformance/snmp");
      if (Files.isDirectory(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  static SmiType walkType(String value) {
    if (value.startsWith("\"") || value.startsWith("STRING") || value.startsWith("Hex-STRING")) {
      return SmiType.OCTET_STRING;
    }
    String tag = value.substring(0, value.indexOf(':'));
    return switch (tag) {
      case "INTEGER" -> SmiType.INTEGER;
      case "Gauge32" -> SmiType.GAUGE32;
      case "Counter32" -> SmiType.COUNTER32;
      case "Counter64" -> SmiType.COUNTER64;
      case "Timeticks" -> SmiType.TIMETICKS;
      case "IpAddress" -> SmiType.IP_ADDRESS;
      case "OID" -> SmiType.OBJECT_IDENTIFIER;
      default -> throw new IllegalArgumentException("unknown walk type " + tag);
    };
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "snmpwalk-keepalived-KEEPALIVED-MIB-master.numeric.txt",
        "snmpwalk-keepalived-KEEPALIVED-MIB-backup.numeric.txt",
        "snmpwalk-keepalived-VRRP-MIB-master.numeric.txt",
        "snmpwalk-keepalived-VRRPv3-MIB-backup.numeric.txt"
      })
  void ourSyntaxGivesKeepalivedsTypes(String walk) throws Exception {
    Optional<Path> dir = shared();
    assumeTrue(dir.isPresent(), "shared/conformance/snmp is not beside the project");
    MibText mibs = MibText.load();
    Map<String, MibText.Definition> byOid = new HashMap<>();
    for (String module : List.of("KEEPALIVED-MIB", "VRRP-MIB", "VRRPV3-MIB")) {
      for (MibText.Definition d : mibs.module(module)) {
        if (d.kind().equals("OBJECT-TYPE") && d.syntax() != null) {
          byOid.put(mibs.oid(d.name()), d);
        }
      }
    }
    List<String> lines = Files.readAllLines(dir.get().resolve(walk));
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      String oid = line.substring(1, line.indexOf(" = "));
      String value = line.substring(line.indexOf(" = ") + 3);
      MibText.Definition d = objectOf(byOid, oid);
      assertThat(d).as("object of %s", oid).isNotNull();
      Optional<SmiType> ours = SyntaxTypes.of(d.syntax());
      assertThat(ours).as("type of %s (%s)", d.name(), d.syntax()).isPresent();
      assertThat(SyntaxTypes.sameOnTheWire(ours.get(), walkType(value)))
          .as("%s: ours %s, keepalived %s", d.name(), ours.get(), value)
          .isTrue();
    }
  }

  /** The object whose OID is the longest proper prefix of an instance OID. */
  static MibText.Definition objectOf(Map<String, MibText.Definition> byOid, String instance) {
    String s = instance;
    while (s.contains(".")) {
      s = s.substring(0, s.lastIndexOf('.'));
      MibText.Definition d = byOid.get(s);
      if (d != null) {
        return d;
      }
    }
    return null;
  }
}
