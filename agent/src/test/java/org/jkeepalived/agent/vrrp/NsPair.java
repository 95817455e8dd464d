package org.jkeepalived.agent.vrrp;

import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Two namespaces from testkit's rig ({@link #ns1} / {@link #ns2}, names allocated so no other
 * test or test JVM uses them) joined by a veth pair ({@value #IFACE} in each) with 198.18.77.N/24
 * and fd00:77::N/64 (private to these namespaces), DAD off; daemons started inside with {@code
 * ip netns exec}. {@link #close()} stops every daemon and deletes both namespaces.
 */
final class NsPair implements AutoCloseable {
  /** The interface of each node, the veth end in its namespace. */
  static final String IFACE = "eth0";
  final String ns1;
  final String ns2;
  final Path dir;
  private final List<Netns> namespaces = new ArrayList<>();
  private final List<Process> daemons = new ArrayList<>();

  private NsPair(Path dir, Netns n1, Netns n2) {
    this.dir = dir;
    this.ns1 = n1.name();
    this.ns2 = n2.name();
    namespaces.add(n1);
    namespaces.add(n2);
  }

  static NsPair create() throws IOException {
    Path dir = Files.createTempDirectory("jkvi");
    Netns n1 = Netns.create("vi1");
    Netns n2;
    try {
      n2 = Netns.create("vi2");
    } catch (RuntimeException e) {
      n1.close();
      throw e;
    }
    NsPair p = new NsPair(dir, n1, n2);
    try {
      n1.noDad();
      n2.noDad();
      n1.veth(IFACE, n2, IFACE);
      for (int i = 1; i <= 2; i++) {
        Netns ns = i == 1 ? n1 : n2;
        ns.ip("addr", "add", "198.18.77." + i + "/24", "dev", IFACE);
        ns.ip("addr", "add", "fd00:77::" + i + "/64", "dev", IFACE);
        ns.ip("link", "set", IFACE, "up");
      }
      await(Duration.ofSeconds(10), () -> addresses(p.ns1).contains("fe80:")
          && addresses(p.ns2).contains("fe80:"));
      return p;
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
  }

  /** Writes a config file and returns its path. */
  Path conf(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  /** Starts jkeepalived in {@code ns}, logging to {@code <name>.log}. */
  Process jkeepalived(String ns, String name, Path conf) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns,
        ProcessHandle.current().info().command().orElse("java"), "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "org.jkeepalived.agent.Main", "-n", "-l", "-D", "-f", conf.toString(),
        "-p", dir.resolve(name + ".pid").toString()));
    return start(cmd, name);
  }

  /** Starts the real keepalived in {@code ns}. */
  Process keepalived(String ns, String name, Path conf) throws IOException {
    return start(List.of("ip", "netns", "exec", ns, "keepalived", "-n", "-l", "-D", "-f",
        conf.toString(), "-p", dir.resolve(name + ".pid").toString(),
        "-r", dir.resolve(name + "-vrrp.pid").toString(),
        "-c", dir.resolve(name + "-check.pid").toString(),
        "-b", dir.resolve(name + "-bfd.pid").toString()), name);
  }

  private Process start(List<String> cmd, String name) throws IOException {
    Proc.requirePrograms(cmd);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile()).start();
    daemons.add(p);
    return p;
  }

  String log(String name) {
    try {
      return Files.readString(dir.resolve(name + ".log"));
    } catch (IOException e) {
      return "";
    }
  }

  /** SIGTERM, then waits at most 10 s (SIGKILL after). */
  static void stop(Process p) {
    p.destroy(); // ip netns exec passes SIGTERM on to the daemon it execs
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String addresses(String ns) {
    try {
      return sh("ip", "-n", ns, "addr", "show", "dev", IFACE);
    } catch (IOException e) {
      return "";
    }
  }

  /** Polls every 100 ms until true; false after {@code limit}. */
  static boolean await(Duration limit, BooleanSupplier condition) {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }

  static String sh(String... cmd) throws IOException {
    Proc.requirePrograms(cmd);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      if (!p.waitFor(15, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", cmd));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed: " + out);
    }
    return out;
  }

  @Override
  public void close() {
    daemons.forEach(NsPair::stop);
    namespaces.forEach(Netns::close);
  }
}
