package org.jkeepalived.linux.proc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Script files for tests of keepalived's script security check: written by root into a directory
 * only root can change (under /tmp, which is root-owned and sticky), mode 0755, so that the
 * check finds them secure until a test loosens them.
 */
public final class RootScripts {
  private RootScripts() {}

  /** Skips the test unless it runs as root (the files must be owned by root). */
  public static void assumeRoot() {
    assumeTrue(isRoot(), "script security needs files owned by root: run as root");
  }

  public static boolean isRoot() {
    try {
      return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Writes {@code dir/name} with {@code text}, both mode 0755; the test must run as root. */
  public static Path secure(Path dir, String name, String text) throws IOException {
    assumeRoot();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path script = dir.resolve(name);
    Files.writeString(script, text);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }
}
