package org.jkeepalived.test.snmp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;

/**
 * A net-snmp snmptrapd that collects the notifications sent to one UDP address: {@code snmptrapd
 * -f -Lo -n -C -c <own conf> -On -Ox udp:ADDR:PORT}, in the root namespace or inside a {@link
 * Netns}. Its config accepts every community ({@code disableAuthorization yes}) and prints each
 * v2c notification as one line ({@link TrapRecord#parse}). No system config or MIB is read and its
 * persistent state stays in the sink's folder. Killed on {@link #close()}.
 */
public final class TrapSink implements AutoCloseable {
  private static final Duration READY = Duration.ofSeconds(10);
  private static final String READY_LINE = "NET-SNMP version";
  private static final String CONF =
      "disableAuthorization yes\n"
          // %b: transport address, %v: every varbind, tab separated (strings are hex, no tabs)
          + "format2 " + TrapRecord.TAG + "\\t%b\\t%v\\n\n";

  private final Process process;
  private final String address;
  private final int port;
  private final List<TrapRecord> traps = new ArrayList<>();
  private final List<String> output = new ArrayList<>();
  private boolean ready;

  private TrapSink(Process process, String address, int port) {
    this.process = process;
    this.address = address;
    this.port = port;
  }

  /** A sink on 127.0.0.1:{@code port} in this namespace; files in {@code dir}. */
  public static TrapSink start(Path dir, int port) {
    return start(dir, Optional.empty(), "127.0.0.1", port);
  }

  /**
   * A sink on {@code address:port} (IPv4 literal) inside {@code ns} (or here), waiting until
   * snmptrapd has bound its socket. Throws with its output if it does not come up.
   */
  public static TrapSink start(Path dir, Optional<Netns> ns, String address, int port) {
    try {
      Files.createDirectories(dir.resolve("persist"));
      Path conf = dir.resolve("snmptrapd.conf");
      Files.writeString(conf, CONF);
      String[] cmd = {"snmptrapd", "-f", "-Lo", "-n", "-C", "-c", conf.toString(), "-On", "-Ox",
        "-M", "/dev/null", "-m", "", "-p", dir.resolve("snmptrapd.pid").toString(),
        "udp:" + address + ":" + port};
      ProcessBuilder pb = new ProcessBuilder(ns.map(n -> n.execCommand(cmd)).orElse(List.of(cmd)));
      pb.environment().put("SNMP_PERSISTENT_DIR", dir.resolve("persist").toString());
      pb.redirectErrorStream(true);
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      TrapSink sink = new TrapSink(pb.start(), address, port);
      sink.readInBackground();
      sink.awaitReady();
      return sink;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start snmptrapd", e);
    }
  }

  /** The UDP port it listens on. */
  public int port() {
    return port;
  }

  /** {@code ADDR:PORT}, as snmptrap and trap2sink want it. */
  public String target() {
    return address + ":" + port;
  }

  /** Every notification received so far, in order of arrival. */
  public synchronized List<TrapRecord> traps() {
    return List.copyOf(traps);
  }

  /** Everything snmptrapd printed (its own messages and the trap lines). */
  public synchronized String output() {
    return String.join("\n", output);
  }

  /** The first notification (received so far or within {@code timeout}) matching {@code match}. */
  public Optional<TrapRecord> await(Predicate<TrapRecord> match, Duration timeout) {
    List<TrapRecord> all = awaitCount(match, 1, timeout);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The first notification with OID {@code oid}, waiting at most {@code timeout}. */
  public Optional<TrapRecord> awaitOid(String oid, Duration timeout) {
    String want = TrapRecord.stripDot(oid);
    return await(t -> t.oid().equals(want), timeout);
  }

  /**
   * Waits until {@code count} notifications match, or {@code timeout} passes; returns those that
   * matched (fewer than {@code count} on timeout).
   */
  public synchronized List<TrapRecord> awaitCount(
      Predicate<TrapRecord> match, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<TrapRecord> hits = traps.stream().filter(match).toList();
      long left = deadline - System.nanoTime();
      if (hits.size() >= count || left <= 0 || !process.isAlive()) {
        return hits;
      }
      waitNanos(left);
    }
  }

  /** Kills snmptrapd (it holds nothing worth a clean stop). */
  @Override
  public void close() {
    Proc.kill(process.toHandle());
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readInBackground() {
    Thread t = new Thread(this::readLoop, "trapsink-" + port);
    t.setDaemon(true);
    t.start();
  }

  private void readLoop() {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        Optional<TrapRecord> trap = parseQuietly(line);
        synchronized (this) {
          output.add(line);
          trap.ifPresent(traps::add);
          ready |= line.startsWith(READY_LINE);
          notifyAll();
        }
      }
    } catch (IOException e) {
      // the process went away: nothing more to read
    }
    synchronized (this) {
      notifyAll();
    }
  }

  private static Optional<TrapRecord> parseQuietly(String line) {
    try {
      return TrapRecord.parse(line, Instant.now());
    } catch (IllegalArgumentException e) {
      // a malformed notification is kept in output() only
      return Optional.empty();
    }
  }

  private synchronized void awaitReady() {
    long deadline = System.nanoTime() + READY.toNanos();
    while (!ready && process.isAlive() && deadline - System.nanoTime() > 0) {
      waitNanos(deadline - System.nanoTime());
    }
    if (!ready) {
      close();
      throw new IllegalStateException("snmptrapd did not come up on " + target() + ":\n" + output());
    }
  }

  private void waitNanos(long nanos) {
    try {
      TimeUnit.NANOSECONDS.timedWait(this, Math.min(nanos, TimeUnit.MILLISECONDS.toNanos(100)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
