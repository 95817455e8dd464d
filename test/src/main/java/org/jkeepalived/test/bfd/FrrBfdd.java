package org.jkeepalived.test.bfd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.jkeepalived.testkit.Programs;

/**
 * FRR's bfdd as a BFD peer in a namespace, isolated from any system FRR as
 * shared/lab/frr-bfd-peer.sh runs it: its config, pid file, sockets and log in its own directory,
 * no TCP vty (-P 0), no zebra (plain single hop IPv4 peers need none). {@link #kill()} crashes it,
 * {@link #stop()} is SIGTERM (bfdd sends no AdminDown either way), {@link #shutdown} is the
 * peer's {@code shutdown}, which sends AdminDown.
 */
public final class FrrBfdd implements AutoCloseable {
  private static final Path FRR = Path.of("/usr/lib/frr");
  private static final Duration CMD = Duration.ofSeconds(10);
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

  private final Netns ns;
  private final Path dir;
  private final String peerLine;
  private final List<String> settings;

  /**
   * @param peerLine the bfd peer line ("peer 198.18.1.1 local-address 198.18.1.2")
   * @param settings the peer's settings ("detect-multiplier 3", "receive-interval 50", ...)
   */
  public FrrBfdd(Netns ns, Path dir, String peerLine, List<String> settings) {
    this.ns = ns;
    this.dir = dir;
    this.peerLine = peerLine;
    this.settings = List.copyOf(settings);
  }

  /** Starts bfdd (daemonized) and waits for its vty socket. */
  public void start() {
    Programs.require("bfdd");
    Programs.require("vtysh");
    try {
      Files.createDirectories(dir);
      List<String> conf = new ArrayList<>(List.of("frr defaults traditional",
          "hostname frr-" + ns.name(), "log timestamp precision 6",
          "log file " + dir.resolve("bfdd.log"), "debug bfd peer", "debug bfd network", "!",
          "bfd", " " + peerLine));
      settings.forEach(s -> conf.add("  " + s));
      conf.addAll(List.of("  no shutdown", " exit", " !", "exit", "!"));
      Files.write(dir.resolve("bfdd.conf"), conf);
      Files.deleteIfExists(dir.resolve("bfdd.vty"));
      Proc.run(CMD, "chown", "-R", "frr:frr", dir.toString()).check();
      // bfdd drops to user frr: it must reach its directory (a temp dir's parent is 0700)
      Proc.run(CMD, "chmod", "755", dir.getParent().toString(), dir.toString()).check();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ns.exec(CMD, FRR.resolve("bfdd").toString(), "-d", "-u", "frr", "-g", "frr", "-P", "0",
        "--vty_socket", dir.toString(), "-z", dir.resolve("zserv.api").toString(),
        "-f", dir.resolve("bfdd.conf").toString(), "-i", dir.resolve("bfdd.pid").toString(),
        "--bfdctl", dir.resolve("bfdd.sock").toString()).check();
    long end = System.nanoTime() + CMD.toNanos();
    while (!Files.exists(dir.resolve("bfdd.vty")) && System.nanoTime() < end) {
      sleep(50);
    }
    if (!Files.exists(dir.resolve("bfdd.vty"))) {
      throw new IllegalStateException("bfdd did not start: " + log());
    }
  }

  /** The first peer's status as bfdd reports it ("up", "down", "init"), or "none". */
  public String status() {
    Proc.Result r = Proc.run(CMD, "vtysh", "--vty_socket", dir.toString(), "-c",
        "show bfd peers json");
    Matcher m = STATUS.matcher(r.stdout());
    return m.find() ? m.group(1) : "none";
  }

  /**
   * The peer's {@code shutdown} (true) or {@code no shutdown}: bfdd sends AdminDown, which is how
   * it tells a peer it goes away (on SIGTERM it sends nothing, see conformance/bfd).
   */
  public void shutdown(boolean down) {
    Proc.run(CMD, "vtysh", "--vty_socket", dir.toString(), "-c", "configure terminal", "-c",
        "bfd", "-c", peerLine, "-c", down ? "shutdown" : "no shutdown").check();
  }

  /** 'show bfd peers' in full, for failure messages. */
  public String show() {
    return Proc.run(CMD, "vtysh", "--vty_socket", dir.toString(), "-c", "show bfd peers")
        .stdout();
  }

  private Optional<ProcessHandle> process() {
    try {
      Path pid = dir.resolve("bfdd.pid");
      if (!Files.exists(pid)) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A crash: SIGKILL, no AdminDown; returns when the signal was sent (then waits for exit). */
  public java.time.Instant kill() {
    java.time.Instant[] sent = {java.time.Instant.now()};
    process().ifPresent(p -> {
      sent[0] = java.time.Instant.now();
      p.destroyForcibly();
      try {
        p.onExit().get(CMD.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        // gone or stuck: the namespace's removal ends it
      }
    });
    return sent[0];
  }

  /** A clean stop: SIGTERM. */
  public void stop() {
    process().ifPresent(p -> {
      p.destroy();
      try {
        p.onExit().get(CMD.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    });
  }

  public String log() {
    try {
      Path l = dir.resolve("bfdd.log");
      return Files.exists(l) ? Files.readString(l) : "(no log)";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
  }
}
