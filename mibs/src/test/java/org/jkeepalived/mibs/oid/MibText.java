package org.jkeepalived.mibs.oid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small reader of our MIB module files, for tests: it finds every {@code name KIND ...
 * ::= { parent n }} assignment and resolves the OIDs through all modules in src/main/mib and its
 * imports folder. Kinds are the macro names (OBJECT-TYPE, NOTIFICATION-TYPE...) or OBJECT
 * IDENTIFIER; for OBJECT-TYPE the SYNTAX clause is kept as written.
 */
public final class MibText {
  static final Path MIB_DIR = Path.of("src/main/mib");

  public record Definition(String module, String name, String kind, String parent, long subId, String syntax) {}

  private static final Pattern DEF =
      Pattern.compile(
          "^([a-z][A-Za-z0-9-]*)\\s+(OBJECT IDENTIFIER|OBJECT-TYPE|MODULE-IDENTITY|NOTIFICATION-TYPE"
              + "|OBJECT-IDENTITY|OBJECT-GROUP|NOTIFICATION-GROUP|MODULE-COMPLIANCE)\\b",
          Pattern.MULTILINE);
  private static final Pattern ASSIGN = Pattern.compile("::=\\s*\\{\\s*([A-Za-z][\\w-]*)\\s+(\\d+)\\s*}");
  private static final Pattern SYNTAX = Pattern.compile("\\n\\s+SYNTAX\\s+([^\\n]+)");
  private static final Pattern MODULE = Pattern.compile("^([A-Z][\\w-]*)\\s+DEFINITIONS\\s*::=", Pattern.MULTILINE);

  private final Map<String, Definition> byName = new HashMap<>();
  private final Map<String, List<Definition>> byModule = new LinkedHashMap<>();

  public static MibText load() throws IOException {
    MibText t = new MibText();
    try (Stream<Path> files = Stream.concat(Files.list(MIB_DIR), Files.list(MIB_DIR.resolve("imports")))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        t.parse(Files.readString(f));
      }
    }
    return t;
  }

  private void parse(String text) {
    Matcher mm = MODULE.matcher(text);
    String module = mm.find() ? mm.group(1) : "?";
    Matcher m = DEF.matcher(text);
    List<Definition> defs = new ArrayList<>();
    while (m.find()) {
      Matcher a = ASSIGN.matcher(text);
      if (!a.find(m.end())) {
        continue;
      }
      String body = text.substring(m.end(), a.start());
      Matcher s = SYNTAX.matcher(body);
      String syntax = s.find() ? s.group(1).trim() : null;
      Definition d =
          new Definition(module, m.group(1), m.group(2), a.group(1), Long.parseLong(a.group(2)), syntax);
      defs.add(d);
      byName.putIfAbsent(d.name(), d);
    }
    byModule.put(module, defs);
  }

  public List<Definition> module(String name) {
    return byModule.getOrDefault(name, List.of());
  }

  public Optional<Definition> definition(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The numeric OID of a name, resolved through parents down to {@code iso} (1). */
  public String oid(String name) {
    if (name.equals("iso")) {
      return "1";
    }
    Definition d = byName.get(name);
    if (d == null) {
      throw new IllegalArgumentException("unknown MIB name " + name);
    }
    return oid(d.parent()) + "." + d.subId();
  }
}
