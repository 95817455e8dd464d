package org.jkeepalived.conf.pre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.tree.ConfNode;
import org.junit.jupiter.api.Test;

/** Every sample configuration keepalived 2.2.7 accepts reads without a fatal problem. */
class SamplesTest {
  private static final Path SAMPLES = Path.of("/work/shared/conformance/samples");

  @Test
  void everySampleReadsWithoutFatalOrBraceErrors() throws IOException {
    assumeTrue(Files.isDirectory(SAMPLES), "conformance samples not present on this machine");
    List<Path> files;
    try (Stream<Path> s = Files.list(SAMPLES)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      Diagnostics diag = new Diagnostics();
      List<ConfNode> nodes =
          new ConfigReader().read(file, PreprocessOptions.forConfigId("main"), diag);
      assertThat(nodes).as(file.toString()).isNotEmpty();
      assertThat(diag.all()).as(file.toString())
          .noneMatch(d -> d.severity() == Severity.FATAL)
          .noneMatch(d -> d.message().contains("'}'") || d.message().contains("'{'"));
    }
  }
}
