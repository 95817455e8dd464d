package org.jkeepalived.test.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeepalived.test.rig.Jvm;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against the real {@code keepalived -t}: 500 generated configurations, valid
 * and mutated, checked by both in the same namespace; the exit codes must agree on at least 98%,
 * and every disagreement is written to the report with its mutation and both outputs.
 */
class DifferentialConfigIT {
  private static final int COUNT = 500;
  private static final long SEED = 20261123L;

  @Test
  void exitCodesAgreeWithKeepalivedOnAtLeast98Percent(@TempDir Path dir) throws IOException {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    assumeTrue(Proc.run(Duration.ofSeconds(10), "keepalived", "-v").exitCode() != 127,
        "keepalived is not installed (bin/install-deps installs it)");
    List<ConfigGenerator.Sample> samples = new ConfigGenerator(SEED).generate(COUNT);
    List<String> names = new ArrayList<>();
    for (ConfigGenerator.Sample s : samples) {
      Files.writeString(dir.resolve(s.name()), s.text());
      names.add(s.name());
    }
    try (Netns ns = Netns.create("jkdiff1")) {
      ns.addVeths("eth0", "eth1", "eth2", "eth3");
      Map<String, ExpectedResults.Expected> ours = runOurs(ns, dir, names);
      int agree = 0;
      List<String> report = new ArrayList<>();
      for (ConfigGenerator.Sample s : samples) {
        Proc.Result ka =
            Proc.run(Duration.ofSeconds(30), dir,
                ns.execCommand("keepalived", "-t", "-f", s.name(), "-l", "-n"));
        ExpectedResults.Expected jk = ours.get(s.name());
        assertThat(jk).as("our result for %s", s.name()).isNotNull();
        if (ka.exitCode() == jk.exitCode()) {
          agree++;
        } else {
          report.add("== " + s.name() + ": keepalived exit " + ka.exitCode() + ", jkeepalived exit "
              + jk.exitCode() + "; mutation: " + s.mutation());
          report.add("-- keepalived said:\n" + ka.stderr().strip() + ka.stdout().strip());
          report.add("-- jkeepalived said:\n" + String.join("\n", jk.messages()));
          report.add("-- config:\n" + s.text());
        }
      }
      double percent = 100.0 * agree / COUNT;
      String summary = String.format("differential -t: exit codes agree on %d of %d configurations (%.1f%%)",
          agree, COUNT, percent);
      report.add(0, summary);
      Path out = Path.of("target", "differential-report.txt");
      Files.createDirectories(out.getParent());
      Files.write(out, report);
      System.out.println(summary + "; disagreements in " + out.toAbsolutePath());
      assertThat(percent).as(String.join("\n", report)).isGreaterThanOrEqualTo(98.0);
    }
  }

  private static Map<String, ExpectedResults.Expected> runOurs(Netns ns, Path dir, List<String> names)
      throws IOException {
    List<String> cmd = new ArrayList<>(ns.execCommand());
    cmd.addAll(Jvm.command(ConfigTestBatch.class.getName(), names.toArray(String[]::new)));
    Proc.Result r = Proc.run(Duration.ofMinutes(3), dir, cmd);
    assertThat(r.exitCode()).as("batch run: %s", r.stderr()).isZero();
    Path results = dir.resolve("jk-results.txt");
    Files.writeString(results, r.stdout());
    return ExpectedResults.read(results);
  }
}
