package org.jkeepalived.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to completion within a time bound and captures its output. A command that starts
 * a known program which is not installed fails at once with {@link MissingProgramException}
 * ("ping is not installed (Debian package iputils-ping)"), never as the command's exit code.
 */
public final class Proc {
  private Proc() {}

  /** The outcome of a finished command. */
  public record Result(List<String> command, int exitCode, String stdout, String stderr) {
    public boolean ok() {
      return exitCode == 0;
    }

    /** Throws with the command's output when it failed. */
    public Result check() {
      if (exitCode != 0) {
        throw new IllegalStateException(
            "command " + command + " exited " + exitCode + ": " + stderr.strip() + stdout.strip());
      }
      return this;
    }
  }

  public static Result run(Duration timeout, String... command) {
    return run(timeout, null, List.of(command));
  }

  /**
   * Runs {@code command} in {@code dir} (null: current), killing it (and its descendants) if it
   * outlives {@code timeout}; a killed command reports exit code 124 like timeout(1).
   */
  public static Result run(Duration timeout, Path dir, List<String> command) {
    requirePrograms(command);
    ProcessBuilder pb = new ProcessBuilder(command);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Result(List.copyOf(command), 127, "", e.getMessage());
    }
    CompletableFuture<String> out = drain(p.getInputStream());
    CompletableFuture<String> err = drain(p.getErrorStream());
    int code;
    try {
      if (p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        code = p.exitValue();
      } else {
        kill(p.toHandle());
        p.waitFor(5, TimeUnit.SECONDS);
        code = 124;
      }
    } catch (InterruptedException e) {
      kill(p.toHandle());
      Thread.currentThread().interrupt();
      code = 130;
    }
    return new Result(List.copyOf(command), code, out.join(), err.join());
  }

  /**
   * Throws {@link MissingProgramException} when {@code command}, or the program it wraps ({@code ip
   * netns exec NS prog}, {@code timeout N prog}...), is a known program that is not installed. For
   * callers that start processes themselves.
   */
  public static void requirePrograms(List<String> command) {
    Programs.started(command).forEach(Programs::require);
  }

  /** {@link #requirePrograms(List)} for a command given as words. */
  public static void requirePrograms(String... command) {
    requirePrograms(List.of(command));
  }

  /** Kills a process and every descendant, hard. */
  public static void kill(ProcessHandle process) {
    List<ProcessHandle> all = new ArrayList<>();
    process.descendants().forEach(all::add);
    all.add(process);
    for (ProcessHandle h : all) {
      h.destroyForcibly();
    }
  }

  private static CompletableFuture<String> drain(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "";
          }
        });
  }
}
