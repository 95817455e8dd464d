package org.jkeepalived.agent.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.agent.notify.VrrpFixtures.instance;
import static org.jkeepalived.agent.notify.VrrpFixtures.notifyScripts;
import static org.jkeepalived.agent.notify.VrrpFixtures.script;
import static org.jkeepalived.agent.notify.VrrpFixtures.state;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.linux.proc.Accounts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * script_user and enable_script_security on the notify path, with real scripts: a notify script
 * runs as the global script_user, and a script others may write is refused when run as root
 * under enable_script_security (keepalived: "Unsafe permissions found for script ... -
 * disabling.") but runs without it.
 */
class ScriptUserNotifyIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  @TempDir Path dir;
  private DefaultObjectStore store;
  private Notifiers notifiers;
  private Path out;

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(self().uid() == 0, "needs root: scripts switch user with setpriv");
    assumeTrue(ScriptRunner.findSetpriv() != null, "needs util-linux setpriv");
    store = new DefaultObjectStore();
    // the scripts and their output must be reachable by an unprivileged script user
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path outDir = Files.createDirectory(dir.resolve("out"));
    Files.setPosixFilePermissions(outDir, PosixFilePermissions.fromString("rwxrwxrwx"));
    out = outDir.resolve("ran.log");
    Files.writeString(dir.resolve("passwd"), "root:x:0:0::/root:/bin/sh\n"
        + "nobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n");
    Files.writeString(dir.resolve("group"), "root:x:0:\nnogroup:x:65534:\n");
  }

  @AfterEach
  void tearDown() {
    if (notifiers != null) {
      notifiers.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static RunAs self() throws IOException {
    return new RunAs((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid"),
        (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:gid"));
  }

  private Path writeScript(String name, String mode) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, "#!/bin/sh\necho \"" + name + " $(id -u):$(id -g)\" >> " + out + "\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    return p;
  }

  private void start(String scriptUser, boolean security, Path backupScript) throws IOException {
    notifiers = Notifiers.start(store,
        new NotifySettings(null, null, scriptUser, null, security, false),
        new ScriptRunner(ScriptRunner.findSetpriv(), self(), Duration.ofMillis(500)),
        Accounts.read(dir.resolve("passwd"), dir.resolve("group")));
    store.begin(Origin.CONFIG_LOAD).putConfig(Tables.VRRP_INSTANCE, Index.of(1),
        instance("VI_1", 51, 100,
            notifyScripts(null, script(backupScript.toString()), null, null, null), false,
            List.of())).commit();
    store.begin(Origin.ENGINE).putState(Tables.VRRP_INSTANCE, Index.of(1),
        state(VrrpState.BACKUP, 100)).commit();
  }

  private List<String> ran(Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(out) && !Files.readAllLines(out).isEmpty()) {
        return Files.readAllLines(out);
      }
      Thread.sleep(20);
    }
    return Files.exists(out) ? Files.readAllLines(out) : List.of();
  }

  @Test
  void notifyScriptsRunAsTheGlobalScriptUser() throws Exception {
    start("nobody", true, writeScript("backup.sh", "rwxr-xr-x"));
    assertThat(ran(WAIT)).containsExactly("backup.sh 65534:65534");
  }

  @Test
  void anInsecureScriptIsRefusedUnderScriptSecurity() throws Exception {
    start(null, true, writeScript("open.sh", "rwxrwxrwx"));
    // nothing within a generous window: the script was disabled, not merely slow
    assertThat(ran(Duration.ofSeconds(3))).isEmpty();
  }

  @Test
  void anInsecureScriptRunsAsRootWithoutScriptSecurity() throws Exception {
    start(null, false, writeScript("open.sh", "rwxrwxrwx"));
    assertThat(ran(WAIT)).containsExactly("open.sh 0:0");
  }
}
