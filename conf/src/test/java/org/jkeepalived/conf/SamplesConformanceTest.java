package org.jkeepalived.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.kw.ConfigSection;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.RootBuilder;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs keepalived's sample configurations through the reader and the parser and compares the exit code and the
 * lines of the reported problems with what keepalived 2.2.7 printed (shared/conformance). The LVS
 * blocks are skipped by a stand-in section until the LVS tables are merged; samples whose
 * expected problems come from LVS checks are left to the LVS tests.
 */
class SamplesConformanceTest {
  private static final Path DIR = Path.of("/work/shared/conformance");
  /** Samples whose keepalived output includes LVS-only problems. */
  private static final List<String> LVS_ONLY = List.of("keepalived.conf.fwmark");

  record Expected(String name, int exit, List<String> lines) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Expected> samples() throws IOException {
    Path results = DIR.resolve("keepalived-t-results.txt");
    Assumptions.assumeTrue(Files.exists(results), "conformance data not present");
    Map<String, Expected> out = new LinkedHashMap<>();
    Expected cur = null;
    for (String line : Files.readAllLines(results)) {
      if (line.startsWith("== ")) {
        String[] p = line.substring(3).split(" exit=");
        cur = new Expected(p[0], Integer.parseInt(p[1].trim()), new ArrayList<>());
        out.put(cur.name(), cur);
      } else if (cur != null && !line.isBlank()) {
        cur.lines().add(line);
      }
    }
    return out.values().stream().filter(e -> !LVS_ONLY.contains(e.name()));
  }

  /** Skips the LVS blocks (the LVS helper's tables replace this). */
  static final class SkipLvs implements ConfigSection {
    @Override
    public void install(KeywordTable.Builder<RootBuilder> root) {
      root.on("virtual_server", (n, b, c) -> {}).on("virtual_server_group", (n, b, c) -> {});
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesKeepalivedExitCodeAndProblemLines(Expected e) throws IOException {
    Path file = Path.of(e.name());
    String text = Files.readString(DIR.resolve("samples").resolve(e.name()));
    Diagnostics diags = new Diagnostics();
    FakeHostInfo host = FakeHostInfo.conformanceRig().withProgram("killall");
    // keepalived ran without -i: no conditional config-id matches.
    PreprocessOptions options = PreprocessOptions.forConfigId("jkck-none");
    var nodes = new ConfigReader().readText(text, file, options, diags);
    ParseResult r = new KeepalivedConfigParser(List.of(new SkipLvs())).parse(nodes, host, diags);
    assertThat(lineNumbers(diags.all().stream().map(Diagnostic::render).toList()))
        .as("problem lines; we said %s", diags.all())
        .isEqualTo(lineNumbers(e.lines()));
    assertThat(r.exitCode()).as("exit code; we said %s", diags.all()).isEqualTo(e.exit());
    assertThat(normalized(diags.all().stream().map(Diagnostic::render).toList()))
        .as("messages")
        .isEqualTo(normalized(e.lines()));
  }

  /** Messages with the "(FILE: Line N)" prefix reduced to "N|", sorted (order may differ). */
  private static List<String> normalized(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      int i = l.indexOf("Line ");
      if (l.startsWith("(") && i > 0 && i < l.indexOf(')')) {
        int close = l.indexOf(')');
        out.add(l.substring(i + 5, close) + "|" + l.substring(close + 2));
      } else {
        out.add("|" + l);
      }
    }
    out.sort(null);
    return out;
  }

  /** The line numbers of "(FILE: Line N)" / "(Line N)" prefixes, as a set. */
  private static TreeSet<Integer> lineNumbers(List<String> lines) {
    TreeSet<Integer> out = new TreeSet<>();
    for (String l : lines) {
      int i = l.indexOf("Line ");
      if (l.startsWith("(") && i > 0 && i < l.indexOf(')')) {
        out.add(Integer.parseInt(l.substring(i + 5, l.indexOf(')'))));
      }
    }
    return out;
  }
}
