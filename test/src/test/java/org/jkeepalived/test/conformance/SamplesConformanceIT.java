package org.jkeepalived.test.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jkeepalived.test.rig.Jvm;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.jkeepalived.test.rig.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every sample in shared/conformance/samples/, {@code jkeepalived -t}, run in a namespace with
 * eth0..eth3 as the reference run had, gives keepalived's exit code and reports problems on the
 * same lines (shared/conformance/keepalived-t-results.txt).
 */
class SamplesConformanceIT {
  private static Netns ns;
  private static Path shared;

  @BeforeAll
  static void setUp() {
    shared = SharedData.root().orElse(null);
    assumeTrue(shared != null, "shared/conformance not found beside the project");
    assumeTrue(Netns.available(), Netns.unavailableReason());
    ns = Netns.create("jkconf1");
    ns.addVeths("eth0", "eth1", "eth2", "eth3");
  }

  @AfterAll
  static void tearDown() {
    if (ns != null) {
      ns.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everySampleMatchesKeepalived() throws IOException {
    Path samples = shared.resolve("conformance/samples");
    Map<String, ExpectedResults.Expected> expected =
        ExpectedResults.read(shared.resolve("conformance/keepalived-t-results.txt"));
    List<String> names = new ArrayList<>(expected.keySet());
    List<String> report = new ArrayList<>();
    return names.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      ExpectedResults.Expected want = expected.get(name);
                      Path file = samples.resolve(name);
                      assertThat(file).exists();
                      Proc.Result got = runConfigTest(samples, name);
                      List<String> ours = Arrays.asList(got.stderr().strip().split("\n"));
                      report.add(name + " exit " + got.exitCode() + " (keepalived " + want.exitCode() + ")");
                      assertThat(got.exitCode())
                          .as("exit code of -t for %s; ours said:%n%s", name, got.stderr())
                          .isEqualTo(want.exitCode());
                      assertThat(ExpectedResults.linesOf(ours))
                          .as("lines with problems for %s; ours said:%n%s%nkeepalived said:%n%s",
                              name, got.stderr(), String.join("\n", want.messages()))
                          .isEqualTo(want.lines());
                    }));
  }

  /** Runs {@code jkeepalived -t -f NAME} from the samples folder, so file names print as given. */
  private static Proc.Result runConfigTest(Path samples, String name) {
    List<String> cmd = new ArrayList<>(ns.execCommand());
    cmd.addAll(Jvm.jkeepalived("-t", "-f", name, "-l", "-n"));
    return Proc.run(Duration.ofSeconds(60), samples, cmd);
  }

}
