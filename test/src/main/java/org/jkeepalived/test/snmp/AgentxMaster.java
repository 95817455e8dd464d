package org.jkeepalived.test.snmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;

/**
 * net-snmp's snmpd as the AgentX master keepalived 2.2.7 needs for SNMP (as shared/lab/
 * snmp-test.sh runs it): inside a namespace, answering v2c community {@code public} on
 * 127.0.0.1:161 there, its AgentX socket in its own folder (keepalived's global_defs {@code
 * snmp_socket unix:PATH}, see {@link #socketKeyword()}), and optionally sending keepalived's
 * notifications to a trap sink. No system config or MIB is read. Killed on {@link #close()}.
 */
public final class AgentxMaster implements AutoCloseable {
  private static final Duration READY = Duration.ofSeconds(15);

  private final Process process;
  private final Path socket;
  private final Path log;

  private AgentxMaster(Process process, Path socket, Path log) {
    this.process = process;
    this.socket = socket;
    this.log = log;
  }

  /**
   * Starts snmpd in {@code ns}, files in {@code dir}; {@code trapSink} is an {@code IP:PORT} for
   * trap2sink. Waits until the AgentX socket exists; throws with snmpd's log if it does not.
   */
  public static AgentxMaster start(Netns ns, Path dir, Optional<String> trapSink) {
    try {
      Path abs = dir.toAbsolutePath();
      Files.createDirectories(abs.resolve("persist"));
      Path sock = abs.resolve("agentx.sock");
      Files.deleteIfExists(sock);
      Path conf = abs.resolve("snmpd.conf");
      Path log = abs.resolve("snmpd.log");
      Files.writeString(conf, "agentaddress udp:127.0.0.1:161\n"
          + "master agentx\n"
          + "agentXSocket unix:" + sock + "\n"
          + "agentXPerms 0600 0700\n"
          + "rocommunity public default\n"
          + trapSink.map(s -> "trap2sink " + s + " public\n").orElse(""));
      ProcessBuilder pb = new ProcessBuilder(ns.execCommand("snmpd", "-f", "-C", "-c",
          conf.toString(), "-Lf", log.toString(), "-p", abs.resolve("snmpd.pid").toString(),
          "-M", "/dev/null", "-m", ""));
      pb.environment().put("SNMP_PERSISTENT_DIR", abs.resolve("persist").toString());
      pb.redirectErrorStream(true).redirectOutput(abs.resolve("snmpd.out").toFile());
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      AgentxMaster m = new AgentxMaster(pb.start(), sock, log);
      long end = System.nanoTime() + READY.toNanos();
      while (!Files.exists(sock) && m.process.isAlive() && System.nanoTime() < end) {
        Thread.sleep(50);
      }
      if (!Files.exists(sock)) {
        m.close();
        throw new IllegalStateException("snmpd did not start: " + m.log());
      }
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start snmpd", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The global_defs line that points keepalived at this master: {@code snmp_socket unix:P}. */
  public String socketKeyword() {
    return "snmp_socket unix:" + socket + "\n";
  }

  /** snmpd's log. */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    Proc.kill(process.toHandle());
  }
}
