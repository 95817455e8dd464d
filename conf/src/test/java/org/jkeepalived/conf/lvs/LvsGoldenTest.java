package org.jkeepalived.conf.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Configurations written to probe keepalived's LVS parser, with what keepalived 2.2.7 printed
 * for them ({@code keepalived -t -f NAME.conf -l -n}, captured into NAME.out with the exit code
 * on the last line): we must print the same messages, in the same order, and exit the same way.
 */
class LvsGoldenTest {
  private static final String DIR = "golden/";

  static Stream<String> cases() {
    return Stream.of(
        "corrections-basic", "vs-bad-values", "vs-flags-families", "corrections-ports-quorum",
        "http-get", "checkers", "checker-references", "groups-and-tunnels", "timers-per-level",
        "misc-smtp-udp");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = LvsGoldenTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Parses configuration text with the core tables and the LVS section, as the daemon does. */
  static ParseResult parse(String text, String fileName, Diagnostics diags) {
    FakeHostInfo host = FakeHostInfo.conformanceRig().withProgram("/bin/true");
    var nodes = new ConfigReader()
        .readText(text, Path.of(fileName), PreprocessOptions.defaults(), diags);
    return new KeepalivedConfigParser(List.of(new LvsSection())).parse(nodes, host, diags);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void printsWhatKeepalivedPrints(String name) throws IOException {
    List<String> expected = new ArrayList<>(resource(name + ".out").lines().toList());
    int exit = Integer.parseInt(expected.remove(expected.size() - 1).substring(3));
    Diagnostics diags = new Diagnostics();
    ParseResult r = parse(resource(name + ".conf"), name + ".conf", diags);
    assertThat(diags.all().stream().map(Diagnostic::render).toList()).containsExactlyElementsOf(expected);
    assertThat(r.exitCode()).isEqualTo(exit);
  }
}
