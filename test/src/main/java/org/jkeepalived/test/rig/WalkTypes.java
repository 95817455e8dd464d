package org.jkeepalived.test.rig;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The OIDs of an {@code snmpwalk -On} output with their SMI types, for walk-parity tests. */
public final class WalkTypes {
  private WalkTypes() {}

  /** OID (no leading dot) -> type; quoted strings and Hex-STRING are both STRING. */
  public static Map<String, String> of(List<String> lines) {
    Map<String, String> out = new TreeMap<>();
    for (String line : lines) {
      int eq = line.indexOf(" = ");
      if (!line.startsWith(".") || eq < 0) {
        continue;
      }
      String value = line.substring(eq + 3);
      int colon = value.indexOf(':');
      String type = value.startsWith("\"") || colon < 0 ? "STRING" : value.substring(0, colon);
      if (type.equals("Hex-STRING")) {
        type = "STRING";
      }
      out.put(line.substring(1, eq), type);
    }
    return out;
  }
}
