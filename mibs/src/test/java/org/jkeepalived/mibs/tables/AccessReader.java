package org.jkeepalived.mibs.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MAX-ACCESS of every OBJECT-TYPE in our modules, read from the module text (tests only). */
final class AccessReader {
  private AccessReader() {}

  private static final Map<String, String> ACCESS = load();

  static String access(String name) {
    return ACCESS.getOrDefault(name, "?");
  }

  private static Map<String, String> load() {
    Pattern p = Pattern.compile(
        "^([a-z][A-Za-z0-9-]*)\\s+OBJECT-TYPE\\b.*?MAX-ACCESS\\s+(\\S+)", Pattern.MULTILINE | Pattern.DOTALL);
    Map<String, String> m = new HashMap<>();
    try (var files = Files.list(Path.of("src/main/mib"))) {
      for (Path f : files.filter(x -> x.toString().endsWith(".txt")).toList()) {
        Matcher mm = p.matcher(Files.readString(f));
        while (mm.find()) {
          m.putIfAbsent(mm.group(1), mm.group(2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
