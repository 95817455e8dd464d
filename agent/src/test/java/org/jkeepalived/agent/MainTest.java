package org.jkeepalived.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keepalived's command line: exit codes, --signum, and bad input reported without a stack trace. */
class MainTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void genhashModeTakesTheRestOfTheCommandLine() {
    Run r = run("-T", "-s", "127.0.0.1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("Usage: jkeepalived --genhash COMMAND [OPTIONS]");
    assertThat(run("--genhash", "-s", "not-an-ip", "-p", "80", "-u", "/").err())
        .startsWith("server should be an IP, not not-an-ip");
  }

  @Test
  void signumPrintsKeepalivedsSignalNumbers() {
    assertThat(run("--signum=STOP").out().strip()).isEqualTo("15");
    assertThat(run("--signum=RELOAD").out().strip()).isEqualTo("1");
    assertThat(run("--signum=DATA").out().strip()).isEqualTo("10");
    assertThat(run("--signum=STATS").out().strip()).isEqualTo("12");
    assertThat(run("--signum=stats_clear").out().strip()).isEqualTo("63");
    assertThat(run("--signum=JSON").out().strip()).isEqualTo("36");
  }

  @Test
  void unknownSignalFunctionExitsOneLikeKeepalived() {
    Run r = run("--signum=TDATA");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("Unknown sigfunc TDATA");
  }

  @Test
  void missingConfigFileIsFatalForTheConfigTest() {
    Run r = run("-t", "-f", dir.resolve("absent.conf").toString());
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).contains("absent.conf").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validConfigPassesAndDumpShowsDefaults() throws Exception {
    Path conf = dir.resolve("keepalived.conf");
    Files.writeString(conf, "global_defs {\n  router_id R1\n}\n");
    Run r = run("-t", "-d", "-f", conf.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("router_id = R1").contains("mcast_group4 = 224.0.0.18");
  }

  @Test
  void badInputFilesGiveLocatedMessagesNotStackTraces() throws Exception {
    Path binary = dir.resolve("binary.conf");
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Files.write(binary, junk);
    for (Path p : new Path[] {binary, dir}) {
      Run r = run("-t", "-f", p.toString());
      assertThat(r.code()).as("exit code for %s", p).isIn(4, 5);
      assertThat(r.err()).as("output for %s", p).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void configTestSaysWhatTheUserspaceForwarderCannotServe() throws Exception {
    Path conf = dir.resolve("keepalived.conf");
    Files.writeString(conf, "virtual_server 198.18.0.10 80 {\n  protocol TCP\n  lb_kind DR\n"
        + "  real_server 198.18.0.21 80 {\n  }\n}\n");
    Run r = run("-t", "--lvs-dataplane=userspace", "-f", conf.toString());
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).contains("userspace forwarder cannot serve VS [198.18.0.10]:tcp:80:"
        + " direct routing (lb_kind DR) cannot be done in userspace");
  }

  @Test
  void configTestWritesToTheGivenLogFile() throws Exception {
    Path conf = dir.resolve("keepalived.conf");
    Files.writeString(conf, "bogus_keyword 1\n");
    Path log = dir.resolve("check.log");
    Run r = run("--config-test=" + log, "-f", conf.toString());
    assertThat(r.code()).isEqualTo(5);
    assertThat(Files.readString(log)).contains("Line 1) Unknown keyword 'bogus_keyword'");
  }

  @Test
  void unknownOptionIsAOneLineErrorWithExitOne() {
    Run r = run("--no-such-option");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("Unknown option").contains("--help");
  }

  @Test
  void versionAndHelp() {
    assertThat(run("-v").out()).contains("jkeepalived v");
    assertThat(run("-h").out()).contains("--config-test").contains("--snmp-listen");
  }
}
