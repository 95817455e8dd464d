package org.jkeepalived.linux.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads processes from a proc filesystem (the root is a parameter so tests can use a directory
 * they build). As keepalived's track_process does, a zombie is not running, and the name is the
 * comm in /proc/PID/stat (at most 15 characters).
 */
public final class ProcFs {
  private final Path root;

  public ProcFs(Path root) {
    this.root = root;
  }

  public static ProcFs system() {
    return new ProcFs(Path.of("/proc"));
  }

  /** A running process: its name (comm) and its command line words (empty for kernel threads). */
  public record ProcessInfo(int pid, String comm, List<String> cmdline) {
    public ProcessInfo {
      cmdline = List.copyOf(cmdline);
    }
  }

  /** The numeric entries of the proc root. */
  public List<Integer> pids() throws IOException {
    List<Integer> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "[1-9]*")) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (n.chars().allMatch(Character::isDigit)) {
          out.add(Integer.parseInt(n));
        }
      }
    }
    return out;
  }

  /**
   * The process, or empty if it has gone or is a zombie. The command line is read only if {@code
   * withCmdline} (keepalived reads it only for full_command trackers).
   */
  public Optional<ProcessInfo> read(int pid, boolean withCmdline) {
    Path dir = root.resolve(Integer.toString(pid));
    try {
      String stat = Files.readString(dir.resolve("stat"), StandardCharsets.UTF_8);
      int open = stat.indexOf('(');
      int close = stat.lastIndexOf(')');
      if (open < 0 || close < open || close + 2 >= stat.length()) {
        return Optional.empty();
      }
      String comm = stat.substring(open + 1, close);
      char state = stat.charAt(close + 2);
      if (state == 'Z' || state == 'X') {
        return Optional.empty();
      }
      List<String> cmd = withCmdline ? splitCmdline(Files.readAllBytes(dir.resolve("cmdline"))) : List.of();
      return Optional.of(new ProcessInfo(pid, comm, cmd));
    } catch (IOException e) {
      return Optional.empty(); // gone between listing and reading
    }
  }

  /** Splits /proc/PID/cmdline's NUL-separated words. */
  public static List<String> splitCmdline(byte[] raw) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == 0) {
        out.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    if (start < raw.length) {
      out.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
    }
    return out;
  }
}
