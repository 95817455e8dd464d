package org.jkeepalived.linux.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jkeepalived.linux.proc.ScriptFileSecurity.Flag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs on real files: the parent of the temp dir is /tmp (root-owned, sticky, world-writable),
 * which keepalived accepts.
 */
class ScriptFileSecurityIT {
  @TempDir Path dir;
  private Path script;

  @BeforeEach
  void setUp() throws Exception {
    RootScripts.assumeRoot(); // root-owned files and chown: the reason this is an *IT
    script = RootScripts.secure(dir, "notify.sh", "#!/bin/sh\n");
  }

  @Test
  void rootOwnedScriptInRootOwnedDirsIsSecure() {
    var r = ScriptFileSecurity.check(script.toString(), RunAs.ROOT, true, "/bin");
    assertThat(r.flags()).containsExactlyInAnyOrder(Flag.IS_SCRIPT, Flag.EXECUTABLE);
    assertThat(r.runnable()).isTrue();
    assertThat(r.program()).isEqualTo(script.toString());
  }

  @Test
  void worldWritableScriptIsInsecureAndDisabledOnlyUnderScriptSecurity() throws Exception {
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xrwx"));
    var relaxed = ScriptFileSecurity.check(script.toString(), RunAs.ROOT, false, "/bin");
    assertThat(relaxed.insecure()).isTrue();
    assertThat(relaxed.runnable()).isTrue();
    assertThat(relaxed.messages()).anyMatch(m -> m.startsWith("Unsafe permissions found for script"));
    var strict = ScriptFileSecurity.check(script.toString(), RunAs.ROOT, true, "/bin");
    assertThat(strict.flags()).contains(Flag.INSECURE, Flag.INHIBIT);
    assertThat(strict.runnable()).isFalse();
  }

  @Test
  void groupWritableDirectoryAboveIsInsecureUnlessGroupIsRoot() throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxr-x"));
    // the temp dir's group is root here: group write by root is fine
    assertThat(ScriptFileSecurity.check(script.toString(), RunAs.ROOT, true, "/bin").insecure()).isFalse();
    Files.setAttribute(dir, "unix:gid", 65534);
    assertThat(ScriptFileSecurity.check(script.toString(), RunAs.ROOT, true, "/bin").insecure()).isTrue();
  }

  @Test
  void nonRootOwnerIsInsecureWhenRunAsRootButNotWhenRunAsThatUser() throws Exception {
    Files.setAttribute(script, "unix:uid", 65534);
    assertThat(ScriptFileSecurity.check(script.toString(), RunAs.ROOT, true, "/bin").insecure()).isTrue();
    var asNobody = ScriptFileSecurity.check(script.toString(), new RunAs(65534, 65534), true, "/bin");
    assertThat(asNobody.insecure()).isFalse();
    assertThat(asNobody.runnable()).isTrue();
  }

  @Test
  void notExecutableForItsUserIsDisabled() throws Exception {
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr--r--"));
    var r = ScriptFileSecurity.check(script.toString(), new RunAs(65534, 65534), false, "/bin");
    assertThat(r.flags()).doesNotContain(Flag.EXECUTABLE);
    assertThat(r.runnable()).isFalse();
    assertThat(r.messages()).anyMatch(m -> m.contains("is not executable for uid:gid 65534:65534"));
  }

  @Test
  void bareNameIsSearchedInPathAndMissingOnesAreNotFound() {
    var found = ScriptFileSecurity.check("notify.sh", RunAs.ROOT, false, "/nonexistent:" + dir);
    assertThat(found.program()).isEqualTo(script.toString());
    assertThat(found.messages().get(0)).contains("resolved by path search");
    var missing = ScriptFileSecurity.check("nope.sh", RunAs.ROOT, false, dir.toString());
    assertThat(missing.flags()).containsExactly(Flag.NOT_FOUND);
    assertThat(missing.runnable()).isFalse();
    assertThat(ScriptFileSecurity.check(dir.resolve("gone").toString(), RunAs.ROOT, false, "/bin")
        .flags()).containsExactly(Flag.NOT_FOUND);
  }

  @Test
  void symlinkIsResolvedKeepingTheCalledNameWhenItNamesTheSameFile() throws Exception {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path far = sub.resolve("far.sh");
    Files.createSymbolicLink(far, script);
    // dir/far.sh does not exist: keepalived runs the link's target
    var r = ScriptFileSecurity.check(far.toString(), RunAs.ROOT, true, "/bin");
    assertThat(r.program()).isEqualTo(script.toString());
    assertThat(r.runnable()).isTrue();
    // a link beside its target keeps its own name (programs may act on the name they are called by)
    Path near = dir.resolve("near.sh");
    Files.createSymbolicLink(near, script);
    var n = ScriptFileSecurity.check(near.toString(), RunAs.ROOT, true, "/bin");
    assertThat(n.program()).isEqualTo(near.toString());
    assertThat(n.runnable()).isTrue();
  }

  @Test
  void redirectionTestIsLeftToTheShell() {
    var r = ScriptFileSecurity.check("< /dev/null", RunAs.ROOT, true, "/bin");
    assertThat(r.flags()).containsExactly(Flag.SYSTEM);
    assertThat(r.runnable()).isTrue();
  }
}
