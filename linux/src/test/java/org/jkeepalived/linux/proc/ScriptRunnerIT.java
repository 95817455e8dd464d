package org.jkeepalived.linux.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.proc.ScriptRunResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptRunnerIT {
  @TempDir Path dir;
  private final ScriptRunner runner =
      new ScriptRunner(ScriptRunner.findSetpriv(), self(), Duration.ofMillis(300));

  @AfterEach
  void close() {
    runner.close();
  }

  private static RunAs self() {
    try {
      Path p = Path.of("/proc/self");
      return new RunAs((Integer) Files.getAttribute(p, "unix:uid"), (Integer) Files.getAttribute(p, "unix:gid"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Path script(String name, String body) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  private ScriptRunResult run(List<String> argv, Duration timeout, boolean capture) throws Exception {
    return runner.run(new ScriptCommand(argv, self()), timeout, capture).get(10, TimeUnit.SECONDS);
  }

  @Test
  void passesArgumentsAndReportsExitStatus() throws Exception {
    Path s = script("args.sh", "printf '%s|' \"$@\" > " + dir.resolve("out") + "; exit 3");
    ScriptRunResult r = run(List.of(s.toString(), "a b", "", "c"), null, false);
    assertThat(r.outcome()).isEqualTo(Outcome.EXITED);
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.isFailure()).isTrue();
    assertThat(Files.readString(dir.resolve("out"))).isEqualTo("a b||c|");
  }

  /** A burst as 200 vrrp_scripts due in the same second make: every run reports its own status. */
  @Test
  void burstOfScriptsEachReportsItsOwnStatus() throws Exception {
    Path s = script("code.sh", "exit \"$1\"");
    List<java.util.concurrent.CompletableFuture<ScriptRunResult>> runs = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      runs.add(runner.run(new ScriptCommand(List.of(s.toString(), Integer.toString(i)), self()),
          Duration.ofSeconds(5), false));
    }
    for (int i = 0; i < runs.size(); i++) {
      ScriptRunResult r = runs.get(i).get(20, TimeUnit.SECONDS);
      assertThat(r.outcome()).as("run %d", i).isEqualTo(Outcome.EXITED);
      assertThat(r.exitCode()).as("run %d", i).isEqualTo(i);
    }
    assertThat(runner.runningCount()).isZero();
  }

  @Test
  void scriptsDoNotInheritTheDaemonsNotifySocket() throws Exception {
    // linux/pom.xml gives the test JVM a NOTIFY_SOCKET, as systemd gives the daemon one
    assertThat(System.getenv("NOTIFY_SOCKET")).as("the test JVM's NOTIFY_SOCKET").isNotNull();
    Path s = script("env.sh", "echo \"socket=${NOTIFY_SOCKET-unset}\"; echo \"path=$PATH\"");
    ScriptRunResult r = run(List.of(s.toString()), Duration.ofSeconds(5), true);
    assertThat(r.succeeded()).isTrue();
    assertThat(r.output()).contains("socket=unset").contains("path=" + System.getenv("PATH"));
  }

  @Test
  void stdinIsDevNullAndOutputCanBeCaptured() throws Exception {
    Path s = script("cat.sh", "cat; echo out; echo err >&2");
    ScriptRunResult r = run(List.of(s.toString()), Duration.ofSeconds(5), true);
    assertThat(r.succeeded()).isTrue();
    assertThat(r.output()).contains("out").contains("err");
  }

  @Test
  void timeoutSendsTermToScriptAndDescendants() throws Exception {
    Path pidFile = dir.resolve("child.pid");
    Path s = script("slow.sh", "sleep 30 & echo $! > " + pidFile + "; wait");
    ScriptRunResult r = run(List.of(s.toString()), Duration.ofMillis(300), false);
    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(r.signal()).isEqualTo(15);
    assertThat(r.isFailure()).isTrue();
    assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(5));
    long child = Long.parseLong(Files.readString(pidFile).trim());
    // the child got SIGTERM too; give the kernel a moment to reap it
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void scriptIgnoringTermIsKilledAfterTheGrace() throws Exception {
    Path s = script("stubborn.sh", "trap '' TERM; i=0; while [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done");
    ScriptRunResult r = run(List.of(s.toString()), Duration.ofMillis(200), false);
    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(r.signal()).isEqualTo(9);
  }

  @Test
  void missingAndNonExecutableProgramsAreReportedDistinctly() throws Exception {
    ScriptRunResult missing = run(List.of(dir.resolve("nope").toString()), null, false);
    assertThat(missing.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(missing.exitCode()).isEqualTo(127);
    assertThat(missing.isFailure()).as("keepalived 2.2.7 counts 127 as a failure").isTrue();
    Path plain = dir.resolve("plain");
    Files.writeString(plain, "#!/bin/sh\n");
    Files.setPosixFilePermissions(plain, PosixFilePermissions.fromString("rw-r--r--"));
    ScriptRunResult denied = run(List.of(plain.toString()), null, false);
    // even root may not exec a file without any x bit
    assertThat(denied.outcome()).isEqualTo(Outcome.NOT_EXECUTABLE);
    assertThat(denied.isFailure()).as("keepalived 2.2.7 counts 126 as a failure").isTrue();
  }

  @Test
  void withoutSetprivMissingProgramsAreStillReportedAs127() throws Exception {
    try (ScriptRunner bare = new ScriptRunner(null, self(), Duration.ofMillis(100))) {
      ScriptRunResult r = bare.run(new ScriptCommand(List.of(dir.resolve("nope").toString()), self()), null, false)
          .get(10, TimeUnit.SECONDS);
      assertThat(r.outcome()).isEqualTo(Outcome.NOT_FOUND);
      ScriptRunResult other = bare.run(new ScriptCommand(List.of("/bin/true"), new RunAs(12345, 12345)), null, false)
          .get(10, TimeUnit.SECONDS);
      assertThat(other.outcome()).isEqualTo(Outcome.START_FAILED);
    }
  }

  @Test
  void redirectionOnlyCommandGoesToTheShell() throws Exception {
    assertThat(run(List.of("</proc/self/status"), null, false).succeeded()).isTrue();
    assertThat(run(List.of("<" + dir.resolve("absent")), null, false).succeeded()).isFalse();
  }

  @Test
  void runsAsTheScriptUserWithOnlyItsGroup() throws Exception {
    assumeTrue(self().uid() == 0, "switching uid/gid needs root");
    assumeTrue(ScriptRunner.findSetpriv() != null, "setpriv (util-linux) not installed");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path out = dir.resolve("id");
    Path s = script("id.sh", "echo \"$(id -u):$(id -g):$(id -G)\" > " + out);
    ScriptRunResult r = runner.run(new ScriptCommand(List.of(s.toString()), new RunAs(65534, 65534)), null, false)
        .get(10, TimeUnit.SECONDS);
    assertThat(r.succeeded()).as(r.toString()).isTrue();
    assertThat(Files.readString(out).trim()).isEqualTo("65534:65534:65534");
  }

  @Test
  void closeEndsRunningScriptsAndRefusesNewOnes() throws Exception {
    Path s = script("long.sh", "sleep 30");
    var f = runner.run(new ScriptCommand(List.of(s.toString()), self()), null, false);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (runner.runningCount() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    runner.close();
    ScriptRunResult r = f.get(10, TimeUnit.SECONDS);
    assertThat(r.outcome()).isIn(Outcome.SIGNALLED, Outcome.TIMED_OUT);
    assertThat(runner.run(new ScriptCommand(List.of("/bin/true"), self()), null, false)
        .get(1, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.START_FAILED);
  }

  /** setpriv (a second exec) only where it is needed: another identity, or no timeout. */
  @Test
  void setprivPrefixesOnlyUnboundedOrOtherIdentityScripts() {
    ScriptRunner r = new ScriptRunner(Path.of("/usr/bin/setpriv"), RunAs.ROOT, Duration.ofSeconds(1));
    try {
      ScriptCommand asRoot = new ScriptCommand(List.of("/bin/check", "x"), RunAs.ROOT);
      ScriptCommand asNobody = new ScriptCommand(List.of("/bin/check"), new RunAs(65534, 65534));
      assertThat(r.processArgs(asRoot, true)).containsExactly("/bin/check", "x");
      assertThat(r.processArgs(asRoot, false))
          .containsExactly("/usr/bin/setpriv", "--pdeathsig", "TERM", "--", "/bin/check", "x");
      assertThat(r.processArgs(asNobody, true))
          .startsWith("/usr/bin/setpriv", "--pdeathsig", "TERM")
          .contains("--reuid", "65534")
          .endsWith("--", "/bin/check");
    } finally {
      r.close();
    }
  }
}
