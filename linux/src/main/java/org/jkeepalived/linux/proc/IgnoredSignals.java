package org.jkeepalived.linux.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jkeepalived.linux.ffi.Native;

/**
 * Signals this process inherited as ignored. A daemon started under nohup ignores SIGHUP, and one
 * started in the background by a non-interactive shell ignores SIGINT; the JVM then refuses to
 * install a handler for either (HotSpot leaves a shutdown signal that was ignored at start
 * ignored), so a reload or stop signal would be silently lost. keepalived installs its handlers
 * with sigaction whatever it inherited; {@link #restoreDefault} lets the daemon do the same.
 */
public final class IgnoredSignals {
  private IgnoredSignals() {}

  private static final long SIG_DFL = 0;

  /** The numbers of the signals this process ignores now (from /proc/self/status). */
  public static Set<Integer> current() {
    try {
      return parse(Files.readString(Path.of("/proc/self/status")));
    } catch (IOException e) {
      return Set.of();
    }
  }

  /** The signals in the SigIgn line of a /proc/PID/status text (a hexadecimal mask, bit n-1). */
  static Set<Integer> parse(String status) {
    Set<Integer> out = new TreeSet<>();
    for (String line : status.split("\n")) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
        for (int bit = 0; bit < 64; bit++) {
          if ((mask & (1L << bit)) != 0) {
            out.add(bit + 1);
          }
        }
      }
    }
    return out;
  }

  /**
   * Sets {@code signum} back to its default action so that a handler can be installed for it.
   *
   * @return false when libc is not reachable (the signal stays ignored)
   */
  public static boolean restoreDefault(int signum) {
    if (!Native.isAvailable()) {
      return false;
    }
    return Native.libc().signal(signum, SIG_DFL) != -1;
  }
}
