package org.jkeepalived.test.bfd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.test.rig.Jvm;
import org.jkeepalived.testkit.Netns;

/**
 * jkeepalived as a process in a namespace with a keepalived.conf of the test's own, logging to
 * a file the test reads (keepalived's lines: "(b1) Entering Up state").
 */
public final class JkNode implements AutoCloseable {
  private final Netns ns;
  private final Path dir;
  private Process process;

  public JkNode(Netns ns, Path dir) {
    this.ns = ns;
    this.dir = dir;
  }

  public Path log() {
    return dir.resolve("jk.log");
  }

  /** Writes {@code config} and starts the daemon in the foreground, logging to the console. */
  public void start(String config, String... extraArgs) {
    try {
      Files.createDirectories(dir);
      Path conf = dir.resolve("keepalived.conf");
      Files.writeString(conf, config);
      List<String> args = new java.util.ArrayList<>(List.of("-n", "-l", "-D", "-f",
          conf.toString(), "-p", dir.resolve("jk.pid").toString()));
      args.addAll(List.of(extraArgs));
      ProcessBuilder pb = new ProcessBuilder(ns.execCommand(
          Jvm.jkeepalived(args.toArray(String[]::new)).toArray(String[]::new)));
      pb.redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      process = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A SIGHUP reload with {@code config} written over keepalived.conf. */
  public void reload(String config) {
    try {
      Files.writeString(dir.resolve("keepalived.conf"), config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // ip netns exec execs the daemon: the process is the daemon's main process
    org.jkeepalived.testkit.Proc.run(Duration.ofSeconds(10), "kill", "-HUP",
        Long.toString(process.pid())).check();
  }

  /** The log so far. */
  public String logText() {
    try {
      return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** How many log lines contain {@code text}. */
  public long count(String text) {
    return logText().lines().filter(l -> l.contains(text)).count();
  }

  private static final java.time.format.DateTimeFormatter STAMP =
      java.time.format.DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss.SSS yyyy",
          java.util.Locale.ENGLISH);

  /**
   * When the first log line containing {@code text} stamped at or after {@code after} was
   * written (the log's local-time millisecond stamps), if there is one yet.
   */
  public java.util.Optional<java.time.Instant> lineAt(String text, java.time.Instant after) {
    for (String l : logText().lines().toList()) {
      int colon = l.indexOf(": ");
      if (colon < 0 || !l.contains(text)) {
        continue;
      }
      try {
        java.time.Instant t = java.time.LocalDateTime.parse(l.substring(0, colon), STAMP)
            .atZone(java.time.ZoneId.systemDefault()).toInstant();
        if (!t.isBefore(after.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))) {
          return java.util.Optional.of(t);
        }
      } catch (java.time.format.DateTimeParseException e) {
        // not a stamped line
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Polls {@code cond} every 5 ms until it holds; after {@code bound}, fails with {@code what} and
   * the nodes' logs ({@code logs}).
   */
  public static void await(String what, java.util.function.BooleanSupplier cond, Duration bound,
      java.util.function.Supplier<String> logs) {
    long end = System.nanoTime() + bound.toNanos();
    while (!cond.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what + "\n" + logs.get());
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  public boolean running() {
    return process != null && process.isAlive();
  }

  /** The daemon's process id (ip netns exec execs it), or -1 before start. */
  public long pid() {
    return process == null ? -1 : process.pid();
  }

  /** SIGKILL (a crash: no AdminDown, no priority 0 advert); returns when it was sent. */
  public java.time.Instant kill() {
    java.time.Instant at = java.time.Instant.now();
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return at;
  }

  /** SIGTERM, waits up to {@code bound}, then SIGKILL. */
  public void stop(Duration bound) {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(5));
  }
}
