package org.jkeepalived.test.snmp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jkeepalived.test.rig.Jvm;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;

/** One jkeepalived daemon with its SNMP agent, run inside a namespace for a scenario test. */
final class SnmpNode implements AutoCloseable {
  static final Duration CMD = Duration.ofSeconds(20);

  private final Netns ns;
  private final Path log;
  private final Process process;
  private final int port;

  private SnmpNode(Netns ns, Path log, Process process, int port) {
    this.ns = ns;
    this.log = log;
    this.process = process;
    this.port = port;
  }

  /**
   * Starts {@code jkeepalived -n -l -D -x -f conf --snmp-listen=udp:127.0.0.1:port extra...} in
   * {@code ns}, logging to {@code dir/name.log}.
   */
  static SnmpNode start(Netns ns, Path dir, String name, Path conf, int port, String... extra)
      throws IOException {
    return start(ns, dir, name, conf, "127.0.0.1", port, extra);
  }

  /**
   * As {@link #start(Netns, Path, String, Path, int, String...)}, the agent listening on {@code
   * listen} (the agent sends its notifications from that socket: a sink on another host needs
   * an address that can reach it, e.g. 0.0.0.0).
   */
  static SnmpNode start(Netns ns, Path dir, String name, Path conf, String listen, int port,
      String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("-n", "-l", "-D", "-x", "-f", conf.toString(),
        "-p", dir.resolve(name + ".pid").toString(),
        "--snmp-listen=udp:" + listen + ":" + port));
    args.addAll(List.of(extra));
    Path log = dir.resolve(name + ".log");
    Process p = new ProcessBuilder(ns.execCommand(Jvm.jkeepalived(args.toArray(String[]::new))
            .toArray(String[]::new)))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new SnmpNode(ns, log, p, port);
  }

  Netns ns() {
    return ns;
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "";
    }
  }

  /** Runs a net-snmp tool against this node's agent (v2c), inside its namespace. */
  Proc.Result snmp(String tool, String community, String... args) {
    List<String> cmd = new ArrayList<>(List.of(tool, "-v2c", "-c", community, "-On", "-t", "2",
        "-r", "1", "-M", "/dev/null", "-m", "", "127.0.0.1:" + port));
    cmd.addAll(List.of(args));
    return ns.exec(CMD, cmd.toArray(String[]::new));
  }

  /** Whether the agent answers (sysObjectID). */
  boolean agentUp() {
    return snmp("snmpget", "public", "1.3.6.1.2.1.1.2.0").stdout().contains("9586");
  }

  boolean hasAddress(String dev, String address) {
    return ns.exec(CMD, "ip", "addr", "show", "dev", dev).stdout().contains(" " + address + "/");
  }

  /** SIGHUP: the daemon re-reads the configuration file it was started with. */
  void reload() {
    Proc.run(CMD, "kill", "-HUP", Long.toString(process.pid())).check();
  }

  /** SIGKILL: a crash, no priority 0 advertisement. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGTERM, SIGKILL after 10 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  /** Polls every 200 ms until true; false after {@code limit}. */
  static boolean await(Duration limit, BooleanSupplier condition) {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }
}
