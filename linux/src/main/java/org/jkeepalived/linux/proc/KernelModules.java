package org.jkeepalived.linux.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Loads a kernel module the way keepalived's {@code keepalived_modprobe} does when built without
 * libkmod (lib/utils.c): runs the program named in /proc/sys/kernel/modprobe (else
 * /sbin/modprobe) as {@code modprobe -s -- NAME} and waits for it.
 */
public final class KernelModules {
  private static final Path MODPROBE_SYSCTL = Path.of("/proc/sys/kernel/modprobe");
  private static final String DEFAULT_MODPROBE = "/sbin/modprobe";
  private static final long TIMEOUT_SECONDS = 10;

  private KernelModules() {}

  /** The outcome: loaded, or why not (modprobe's own words, its exit code, or a timeout). */
  public record Outcome(boolean loaded, String detail) {}

  public static Outcome load(String module) {
    List<String> command = List.of(modprobe(), "-s", "--", module);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      Process p = pb.start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Outcome(false, String.join(" ", command) + " timed out");
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.exitValue() == 0) {
        return new Outcome(true, "");
      }
      return new Outcome(false, String.join(" ", command) + " exited " + p.exitValue()
          + (out.isEmpty() ? "" : ": " + out));
    } catch (IOException e) {
      return new Outcome(false, "cannot run " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(false, "interrupted while loading " + module);
    }
  }

  /** The kernel's own modprobe path when it names an executable file, as keepalived checks. */
  static String modprobe() {
    try {
      String p = Files.readString(MODPROBE_SYSCTL).strip();
      if (!p.isEmpty() && Files.isRegularFile(Path.of(p)) && Files.isExecutable(Path.of(p))) {
        return p;
      }
    } catch (IOException | RuntimeException e) {
      // no such sysctl (a container): the default
    }
    return DEFAULT_MODPROBE;
  }
}
