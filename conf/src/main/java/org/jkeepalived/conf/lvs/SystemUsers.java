package org.jkeepalived.conf.lvs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a user exists on this host (MISC_CHECK {@code user}), from /etc/passwd. */
final class SystemUsers {
  private SystemUsers() {}

  static boolean exists(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
        if (line.startsWith(name + ":")) {
          return true;
        }
      }
    } catch (IOException e) {
      // Without a user database nothing can be checked; accept as keepalived would not refuse.
      return true;
    }
    return false;
  }
}
