package org.jkeepalived.test.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4): "# HELP" and "# TYPE"
 * lines, then samples {@code name{label="value",...} value}. Anything else is an error, so a scrape
 * that parses here is well-formed for a Prometheus server too.
 */
record Exposition(Map<String, String> types, List<Sample> samples) {
  private static final Pattern SAMPLE = Pattern.compile(
      "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)( -?\\d+)?");
  private static final Pattern LABEL = Pattern.compile(
      "([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

  record Sample(String name, Map<String, String> labels, double value) {}

  static Exposition parse(String text) {
    Map<String, String> types = new HashMap<>();
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("# HELP ")) {
        continue;
      }
      if (line.startsWith("# TYPE ")) {
        String[] w = line.split(" ");
        if (w.length != 4 || types.put(w[2], w[3]) != null) {
          throw new IllegalArgumentException("bad or repeated TYPE line: " + line);
        }
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a sample line: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(3) != null) {
        Matcher l = LABEL.matcher(m.group(3));
        int end = 0;
        while (l.find() && l.start() == end) {
          labels.put(l.group(1), l.group(2));
          end = l.end();
        }
        if (end != m.group(3).length()) {
          throw new IllegalArgumentException("bad labels: " + line);
        }
      }
      samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(4))));
    }
    return new Exposition(types, samples);
  }

  /** The family a sample belongs to: its TYPE line's name (suffixes _total, _count... removed). */
  Optional<String> familyOf(String sampleName) {
    for (String suffix : new String[] {"", "_total", "_count", "_sum", "_bucket", "_created"}) {
      if (sampleName.endsWith(suffix)) {
        String base = sampleName.substring(0, sampleName.length() - suffix.length());
        if (types.containsKey(base) || types.containsKey(sampleName)) {
          return Optional.of(types.containsKey(sampleName) ? sampleName : base);
        }
      }
    }
    return Optional.empty();
  }

  /** The value of the one sample with this name whose labels include {@code match}. */
  Optional<Double> value(String name, Map<String, String> match) {
    return samples.stream().filter(s -> s.name().equals(name))
        .filter(s -> s.labels().entrySet().containsAll(match.entrySet()))
        .map(Sample::value).findFirst();
  }
}
