package org.jkeepalived.conf.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * keepalived's LVS sample configurations (shared/conformance/samples) through the reader, the
 * core tables and the LVS section: the exit code and every reported problem must be what
 * keepalived 2.2.7 printed (keepalived-t-results.txt), in order.
 */
class LvsSamplesTest {
  private static final Path DIR = Path.of("/work/shared/conformance");

  static Stream<String> samples() {
    return Stream.of("HTTP_GET.port", "PING_CHECK", "SMTP_CHECK", "SSL_GET", "UDP_CHECK", "fwmark",
            "inhibit", "misc_check", "misc_check_arg", "quorum", "sample", "status_code",
            "virtual_server_group", "virtualhost")
        .map(s -> "keepalived.conf." + s);
  }

  /** The expected lines of one sample, with the exit code as the first element. */
  static List<String> expected(String name) throws IOException {
    Path results = DIR.resolve("keepalived-t-results.txt");
    Assumptions.assumeTrue(Files.exists(results), "conformance data not present");
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(results)) {
      if (line.startsWith("== ")) {
        in = line.startsWith("== " + name + " exit=");
        if (in) {
          out.add(line.substring(line.indexOf("exit=") + 5).trim());
        }
      } else if (in && !line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesKeepalived(String name) throws IOException {
    List<String> exp = expected(name);
    int exit = Integer.parseInt(exp.remove(0));
    Diagnostics diags = new Diagnostics();
    String text = Files.readString(DIR.resolve("samples").resolve(name));
    var nodes = new ConfigReader().readText(text, Path.of(name), PreprocessOptions.defaults(), diags);
    ParseResult r = new KeepalivedConfigParser(List.of(new LvsSection()))
        .parse(nodes, FakeHostInfo.conformanceRig(), diags);
    assertThat(diags.all().stream().map(Diagnostic::render).toList()).containsExactlyElementsOf(exp);
    assertThat(r.exitCode()).isEqualTo(exit);
    assertThat(r.config().lvs().virtualServers()).isNotEmpty();
  }
}
