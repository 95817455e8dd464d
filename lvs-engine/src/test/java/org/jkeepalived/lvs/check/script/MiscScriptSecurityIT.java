package org.jkeepalived.lvs.check.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.engine.script.ScriptRunnerExecutor;
import org.jkeepalived.linux.proc.RootScripts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.lvs.check.CheckLog;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * keepalived removes an insecure MISC_CHECK at load (check_misc.c check_misc_script_security),
 * not only {@code -t}: with real script files, permissions and owners, run as root. A removed
 * checker never runs its script and no longer counts for its real server: it reports up once
 * (keepalived frees it), so an alpha real server is not held down by it.
 */
class MiscScriptSecurityIT {
  /** First probe: BOOTSTRAP_DELAY (1 s) after start, then every 300 ms. */
  private static final Duration WAIT = Duration.ofMillis(2500);

  @TempDir Path dir;
  private Path script;
  private Path ran;

  @BeforeEach
  void setUp() throws Exception {
    RootScripts.assumeRoot(); // root-owned files and chown: the reason this is an *IT
    ran = dir.resolve("ran");
    script = RootScripts.secure(dir, "check.sh", "#!/bin/sh\necho ran >> " + ran + "\nexit 0\n");
  }

  /** Runs one alpha MISC_CHECK of {@code program} as root; the first verdict within WAIT. */
  private static Verdicts.Heard check(String program, boolean scriptSecurity) throws Exception {
    Verdicts heard = new Verdicts();
    try (ScriptRunner runner = new ScriptRunner();
        NettyHealthChecks checks = rootChecks(heard, runner, scriptSecurity)) {
      checks.run(misc(program, true));
      return heard.next(WAIT);
    }
  }

  /** Checks whose scripts run as root, reporting to {@code heard}. */
  private static NettyHealthChecks rootChecks(Verdicts heard, ScriptRunner runner,
      boolean scriptSecurity) {
    return new NettyHealthChecks(heard, new CheckerPorts(null,
        new ScriptRunnerExecutor(runner, s -> RunAs.ROOT), null, p -> null, null)
        .withScriptCheck(new MiscScriptCheck(s -> RunAs.ROOT, scriptSecurity, "/bin")));
  }

  /** One MISC_CHECK of {@code program} (retry 0) on rs1:80. */
  private static List<org.jkeepalived.lvs.check.CheckSpec> misc(String program, boolean alpha) {
    return List.of(Specs.spec("rs1", 80, new CheckerConfig.MiscCheck(Specs.fast(0, alpha),
        new ScriptSpec(List.of(program), null, null), Duration.ofSeconds(2), false)));
  }

  @Test
  void scriptWritableByOthersIsDisabledUnderScriptSecurity() throws Exception {
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxrwxrwx"));
    try (CheckLog log = new CheckLog()) {
      assertRemoved(check(script.toString(), true));
      assertThat(log.lines()).containsSubsequence(
          "Unsafe permissions found for script '" + script + "' - disabling.",
          "Disabling misc script " + script + " due to insecure");
      assertThat(log.lines()).noneMatch(l -> l.startsWith("Misc check for"))
          .noneMatch(l -> l.contains("ctivating healthchecker"));
    }
    assertThat(ran).as("the script never ran").doesNotExist();
  }

  @Test
  void scriptOwnedByAnotherUserIsDisabledWhenRunAsRoot() throws Exception {
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    Files.setOwner(script, users.lookupPrincipalByName("nobody"));
    try (CheckLog log = new CheckLog()) {
      assertRemoved(check(script.toString(), true));
      assertThat(log.lines()).contains("Disabling misc script " + script + " due to insecure");
    }
    assertThat(ran).doesNotExist();
  }

  @Test
  void missingScriptIsDisabled() throws Exception {
    Path missing = dir.resolve("absent.sh");
    try (CheckLog log = new CheckLog()) {
      assertRemoved(check(missing.toString(), true));
      assertThat(log.lines())
          .contains("Disabling misc script " + missing + " since not found/accessible");
    }
  }

  /** The one verdict of a removed checker: up, so that it holds its alpha real server down no more. */
  private static void assertRemoved(Verdicts.Heard v) {
    assertThat(v).as("a removed checker reports once").isNotNull();
    assertThat(v.verdict().up()).isTrue();
    assertThat(v.verdict().reason()).isEqualTo("checker removed: script disabled");
  }

  @Test
  void insecureScriptStillRunsWithoutScriptSecurity() throws Exception {
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxrwxrwx"));
    try (CheckLog log = new CheckLog()) {
      Verdicts.Heard v = check(script.toString(), false);
      assertThat(v).isNotNull();
      assertThat(v.verdict().up()).isTrue();
      assertThat(log.lines()).contains(
          "Activating healthchecker for service [127.0.0.1]:tcp:80 for VS [127.0.0.1]:tcp:80");
      // reported (what makes -t exit 6) but not disabled
      assertThat(log.lines())
          .contains("Unsafe permissions found for script '" + script + "'.")
          .noneMatch(l -> l.startsWith("Disabling misc script"));
    }
    assertThat(ran).exists();
  }

  @Test
  void secureScriptRunsUnderScriptSecurity() throws Exception {
    Verdicts.Heard v = check(script.toString(), true);
    assertThat(v).isNotNull();
    assertThat(v.verdict().up()).isTrue();
    assertThat(ran).exists();
  }

  /**
   * keepalived checks the scripts again at each reload (start_check -> validate_check_config):
   * a script made writable by others after start is disabled at the next reload, and runs again
   * after a reload that finds it secure. {@code run} with the same specs is what a reload does.
   */
  @Test
  void scriptMadeInsecureIsDisabledAtTheNextReloadAndBackWhenSecureAgain() throws Exception {
    Verdicts heard = new Verdicts();
    List<org.jkeepalived.lvs.check.CheckSpec> specs = misc(script.toString(), true);
    try (CheckLog log = new CheckLog();
        ScriptRunner runner = new ScriptRunner();
        NettyHealthChecks checks = rootChecks(heard, runner, true)) {
      checks.run(specs);
      assertThat(heard.next(WAIT)).as("secure at start: runs").isNotNull();
      assertThat(ran).exists();

      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxrwxrwx"));
      checks.run(specs); // the reload
      assertThat(log.lines()).contains("Disabling misc script " + script + " due to insecure");
      // a probe already started may still finish: let it, then the script must stay idle
      Thread.sleep(700);
      Files.deleteIfExists(ran);
      Thread.sleep(1200); // four delay_loops of 300 ms
      assertThat(ran).as("the disabled script never ran after the reload").doesNotExist();

      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
      checks.run(specs); // the next reload finds it secure
      assertThat(log.lines()).filteredOn(l -> l.contains("ctivating healthchecker")).hasSize(2);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!Files.exists(ran) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(ran).as("secure again: runs again").exists();
    }
  }

  /**
   * keepalived counts a real server's failed checkers again without the checkers a reload freed
   * (ipwrapper.c migrate_checkers): a server held down by a failing script alone comes back up
   * when that script is disabled as insecure at a reload.
   */
  @Test
  void aServerHeldDownByAScriptDisabledAtAReloadComesBack() throws Exception {
    Path failing = RootScripts.secure(dir, "fail.sh", "#!/bin/sh\nexit 1\n");
    Verdicts heard = new Verdicts();
    List<org.jkeepalived.lvs.check.CheckSpec> specs = misc(failing.toString(), false);
    try (CheckLog log = new CheckLog();
        ScriptRunner runner = new ScriptRunner();
        NettyHealthChecks checks = rootChecks(heard, runner, true)) {
      checks.run(specs);
      Verdicts.Heard down = heard.next(WAIT);
      assertThat(down).as("the failing script takes the server down").isNotNull();
      assertThat(down.verdict().up()).isFalse();

      Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxrwxrwx"));
      checks.run(specs); // the reload
      assertThat(log.lines()).contains("Disabling misc script " + failing + " due to insecure");
      Verdicts.Heard after = heard.next(WAIT);
      while (after != null && !after.verdict().up()) {
        after = heard.next(WAIT); // a probe that was running at the reload may still report
      }
      assertThat(after).as("the removed checker no longer holds the server down").isNotNull();
      assertThat(after.verdict().reason()).isEqualTo("checker removed: script disabled");
    }
  }
}
