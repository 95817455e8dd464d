package org.jkeepalived.test.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stdout of {@code bin/demo}, split into what the test checks: the state-table rows, the
 * milestone lines ({@code kill -9}, {@code takeover:}, {@code preempt:}) and the snmpwalk section.
 */
final class DemoOutput {
  /** A table row: elapsed time, then one state per router (a trailing * means: from the log). */
  private static final Pattern ROW =
      Pattern.compile("^\\s*\\d+\\.\\d\\ds  (\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(.+)$");

  private static final Pattern TAKEOVER =
      Pattern.compile(
          "takeover: (jkdm\\d) is MASTER with the VIP (\\d+\\.\\d+) s after kill -9 of (jkdm\\d)");

  private final List<String> lines;

  DemoOutput(String stdout) {
    this.lines = List.of(stdout.split("\n"));
  }

  /** A state-table row: the three routers' states and the VIP column. */
  record Row(List<String> states, String vip) {
    long masters() {
      return states.stream().filter(s -> s.replace("*", "").equals("MASTER")).count();
    }
  }

  /** The takeover line's facts. */
  record Takeover(String newMaster, double seconds, String killed) {}

  /** The last table row printed before the first line containing {@code marker}. */
  Optional<Row> lastRowBefore(String marker) {
    Row last = null;
    for (String line : lines) {
      if (line.contains(marker)) {
        return Optional.ofNullable(last);
      }
      Optional<Row> r = row(line);
      if (r.isPresent()) {
        last = r.get();
      }
    }
    return Optional.empty();
  }

  Optional<Takeover> takeover() {
    for (String line : lines) {
      Matcher m = TAKEOVER.matcher(line);
      if (m.find()) {
        return Optional.of(
            new Takeover(m.group(1), Double.parseDouble(m.group(2)), m.group(3)));
      }
    }
    return Optional.empty();
  }

  boolean has(String text) {
    return lines.stream().anyMatch(l -> l.contains(text));
  }

  /** The lines between the snmpwalk header and its end marker (empty when either is missing). */
  List<String> snmpwalkSection() {
    List<String> section = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.contains("snmpwalk -v2c")) {
        in = true;
      } else if (in && line.contains("end of snmpwalk")) {
        return section;
      } else if (in) {
        section.add(line);
      }
    }
    return List.of();
  }

  private static Optional<Row> row(String line) {
    Matcher m = ROW.matcher(line);
    if (!m.matches() || !isState(m.group(1)) || !isState(m.group(2)) || !isState(m.group(3))) {
      return Optional.empty();
    }
    return Optional.of(new Row(List.of(m.group(1), m.group(2), m.group(3)), m.group(4).strip()));
  }

  private static boolean isState(String token) {
    return token.replace("*", "").matches("MASTER|BACKUP|INIT|FAULT|STOPPING|down|starting");
  }
}
