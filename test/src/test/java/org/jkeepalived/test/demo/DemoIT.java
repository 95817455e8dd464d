package org.jkeepalived.test.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code bin/demo} end to end, as the README tells users to: three jkeepalived daemons in
 * namespaces jkdm1..3, a kill -9 of the master, the takeover, an snmpwalk, the preemption back and
 * the clean-up. Needs root (skipped otherwise). Uses agent/target/jkeepalived-all.jar, which
 * {@code mvn verify} builds before this module's tests; without it the demo builds it first.
 */
class DemoIT {
  /** The demo itself takes ~25 s; a loaded machine (2 cores, several JVMs) may need more. */
  private static final Duration RUN_LIMIT = Duration.ofSeconds(150);
  /** With no jar, the demo first builds it with the Maven Wrapper. */
  private static final Duration BUILD_ALLOWANCE = Duration.ofMinutes(10);
  /** How long the demo gets to clean up after SIGTERM before it is killed. */
  private static final Duration TERM_GRACE = Duration.ofSeconds(20);

  private static final Duration CMD = Duration.ofSeconds(20);

  @Test
  void demoShowsElectionFailoverSnmpAndPreemptionThenCleansUp() throws Exception {
    assumeTrue(Netns.available(), "bin/demo " + Netns.unavailableReason());
    Path top = projectRoot();
    Duration limit =
        Files.isRegularFile(top.resolve("agent/target/jkeepalived-all.jar"))
            ? RUN_LIMIT
            : RUN_LIMIT.plus(BUILD_ALLOWANCE);

    Run run = runDemo(top, limit);
    DemoOutput out = new DemoOutput(run.stdout);
    String transcript = "bin/demo stdout:\n" + run.stdout + "\nstderr:\n" + run.stderr;

    assertThat(run.exitCode).as(transcript).isZero();
    assertThat(out.lastRowBefore("kill -9").map(DemoOutput.Row::masters))
        .as("exactly one MASTER before the kill\n%s", transcript)
        .contains(1L);
    assertThat(out.has("ok: exactly one MASTER")).as(transcript).isTrue();

    DemoOutput.Takeover takeover = out.takeover().orElseThrow(
        () -> new AssertionError("no takeover line\n" + transcript));
    assertThat(takeover.newMaster()).isNotEqualTo(takeover.killed());
    // RFC 5798 6.1: Master_Down_Interval = 3 x 0.5 s + skew; polling and a busy host add a little
    assertThat(takeover.seconds()).as(transcript).isBetween(1.0, 8.0);
    assertThat(out.lastRowBefore("takeover:").map(DemoOutput.Row::masters))
        .as("exactly one MASTER after the kill\n%s", transcript)
        .contains(1L);
    assertThat(out.lastRowBefore("takeover:").map(DemoOutput.Row::vip).orElse(""))
        .as(transcript)
        .startsWith(takeover.newMaster());

    List<String> walk = out.snmpwalkSection();
    assertThat(walk).as("snmpwalk section\n%s", transcript).isNotEmpty();
    if (out.has("states were read over SNMP")) {
      // the agents answered snmpget during the run, so the walk must show the table's rows
      assertThat(walk).as(transcript).anyMatch(l -> l.contains("vrrpInstanceState")
          || l.contains("9586.100.5.2.3.1.4."));
    }
    assertThat(out.has("preempt: " + takeover.killed() + " is MASTER again")).as(transcript)
        .isTrue();
    assertThat(out.has("demo complete")).as(transcript).isTrue();
    assertThat(demoNamespaces()).as("namespaces left by the demo").isEmpty();
  }

  /** Last resort if the demo failed to clean up: nothing of ours may outlive the test. */
  @AfterEach
  void removeLeftovers() {
    for (String ns : demoNamespaces()) {
      for (String pid : Proc.run(CMD, "ip", "netns", "pids", ns).stdout().split("\\s+")) {
        if (!pid.isBlank()) {
          Proc.run(CMD, "kill", "-KILL", pid);
        }
      }
      Proc.run(CMD, "ip", "netns", "del", ns);
    }
  }

  private static List<String> demoNamespaces() {
    return Proc.run(CMD, "ip", "netns", "list").stdout().lines()
        .map(l -> l.split("\\s+")[0])
        .filter(n -> n.matches("jkdm(br|\\d+)"))
        .toList();
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  /**
   * Runs the demo; past {@code limit} it gets SIGTERM (its trap stops the daemons and deletes the
   * namespaces) and, if still alive after {@link #TERM_GRACE}, is killed with its descendants.
   */
  private static Run runDemo(Path top, Duration limit) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(top.resolve("bin/demo").toString());
    pb.directory(top.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    // stderr to a file: one drain thread only, so a chatty stderr can never block the demo
    Path errFile = Files.createTempFile("jkdm-demo-stderr", ".txt");
    pb.redirectError(errFile.toFile());
    Process p = pb.start();
    CompletableFuture<String> out = drain(p.getInputStream());
    int code;
    if (p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      code = p.exitValue();
    } else {
      p.destroy();
      if (!p.waitFor(TERM_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        Proc.kill(p.toHandle());
        p.waitFor(5, TimeUnit.SECONDS);
      }
      code = 124;
    }
    String err = Files.readString(errFile, StandardCharsets.UTF_8);
    Files.deleteIfExists(errFile);
    String timedOut = code == 124 ? "\n(timed out after " + limit + ")" : "";
    return new Run(code, out.join(), err + timedOut);
  }

  private static CompletableFuture<String> drain(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    });
  }

  /** The checkout's top directory (surefire runs in the module directory, test/). */
  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isExecutable(dir.resolve("bin/demo"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("no bin/demo above the working directory").isNotNull();
    return dir;
  }
}
