package org.jkeepalived.test.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference results of {@code keepalived -t} for the sample configurations
 * (shared/conformance/keepalived-t-results.txt): per file, the exit code and the problem lines.
 */
public final class ExpectedResults {
  private static final Pattern HEADER = Pattern.compile("^== (\\S+) exit=(\\d+)$");
  private static final Pattern LINE_REF = Pattern.compile("^\\(([^:()]*):? ?Line (\\d+)\\)");

  /** One sample's expected outcome. */
  public record Expected(String file, int exitCode, List<String> messages) {
    /** The line numbers the messages name. */
    public TreeSet<Integer> lines() {
      return linesOf(messages);
    }
  }

  private ExpectedResults() {}

  public static Map<String, Expected> read(Path file) throws IOException {
    Map<String, Expected> result = new LinkedHashMap<>();
    String name = null;
    int exit = 0;
    List<String> messages = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      Matcher m = HEADER.matcher(line);
      if (m.matches()) {
        if (name != null) {
          result.put(name, new Expected(name, exit, List.copyOf(messages)));
        }
        name = m.group(1);
        exit = Integer.parseInt(m.group(2));
        messages.clear();
      } else if (name != null && !line.isBlank()) {
        messages.add(line);
      }
    }
    if (name != null) {
      result.put(name, new Expected(name, exit, List.copyOf(messages)));
    }
    return result;
  }

  /** The line numbers named by {@code (FILE: Line N)} or {@code (Line N)} prefixes. */
  public static TreeSet<Integer> linesOf(List<String> messages) {
    TreeSet<Integer> lines = new TreeSet<>();
    for (String msg : messages) {
      Matcher m = LINE_REF.matcher(msg.strip());
      if (m.find()) {
        lines.add(Integer.parseInt(m.group(2)));
      }
    }
    return lines;
  }
}
