package org.jkeepalived.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A network namespace owned by a test, named by {@link RigNames} so that no other test or test
 * JVM can use the same one: created on {@link #create(String)}, deleted (with every process still
 * running in it) on {@link #close()} and, as a last resort, by a JVM shutdown hook. Only
 * 198.18.0.0/15 and fd00::/8 addresses belong in it ({@link Subnets}).
 */
public final class Netns implements AutoCloseable {
  private static final Duration CMD_TIMEOUT = Duration.ofSeconds(20);
  private static final int ATTEMPTS = 50;
  private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> LIVE.forEach(Netns::destroy), "netns-cleanup"));
  }

  private final String name;

  private Netns(String name) {
    this.name = name;
  }

  /** Whether this JVM can make namespaces: root, and iproute2 present. */
  public static boolean available() {
    return "0".equals(Proc.run(CMD_TIMEOUT, "id", "-u").stdout().strip())
        && Proc.run(CMD_TIMEOUT, "ip", "netns", "list").ok();
  }

  /** Why {@link #available()} is false, for test skip messages. */
  public static String unavailableReason() {
    return "needs root and iproute2 (ip netns) to create network namespaces";
  }

  /**
   * Creates a fresh namespace named {@link RigNames#next(String) RigNames.next(label)}, lo up. The
   * namespace file is created exclusively: a name some other process holds is skipped (never
   * deleted), and the next one tried.
   */
  public static Netns create(String label) {
    for (int i = 0; i < ATTEMPTS; i++) {
      String name = RigNames.next(label);
      Proc.Result r = Proc.run(CMD_TIMEOUT, "ip", "netns", "add", name);
      if (r.ok()) {
        LIVE.add(name);
        Netns ns = new Netns(name);
        try {
          ns.ip("link", "set", "lo", "up");
        } catch (RuntimeException e) {
          ns.close();
          throw e;
        }
        return ns;
      }
      if (!r.stderr().contains("File exists")) {
        r.check();
      }
    }
    throw new IllegalStateException(ATTEMPTS + " namespace names for '" + label + "' all taken");
  }

  public String name() {
    return name;
  }

  /** Runs {@code ip -n NAME args...}, failing on error. */
  public Proc.Result ip(String... args) {
    List<String> cmd = new ArrayList<>(List.of("ip", "-n", name));
    cmd.addAll(List.of(args));
    return Proc.run(CMD_TIMEOUT, null, cmd).check();
  }

  /** Runs a command inside the namespace. */
  public Proc.Result exec(Duration timeout, String... command) {
    return Proc.run(timeout, null, execCommand(command));
  }

  /** The command line that runs {@code command} inside this namespace. */
  public List<String> execCommand(String... command) {
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", name));
    cmd.addAll(List.of(command));
    return cmd;
  }

  /** Sets sysctls ({@code key=value}) inside the namespace, failing on error. */
  public void sysctl(String... settings) {
    List<String> cmd = new ArrayList<>(List.of("sysctl", "-qw"));
    cmd.addAll(List.of(settings));
    exec(CMD_TIMEOUT, cmd.toArray(String[]::new)).check();
  }

  /** Turns IPv6 duplicate address detection off, so addresses added later are usable at once. */
  public void noDad() {
    sysctl("net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0");
  }

  /** Adds veth pairs named {@code names[i]} whose peers stay inside (named with a 'p' suffix), up. */
  public void addVeths(String... names) {
    for (String n : names) {
      ip("link", "add", n, "type", "veth", "peer", "name", n + "p");
      ip("link", "set", n, "up");
      ip("link", "set", n + "p", "up");
    }
  }

  /**
   * Adds a veth pair: {@code here} in this namespace, its peer {@code there} in {@code other}.
   * Both are created straight in their namespaces (never in the caller's) and left down.
   */
  public void veth(String here, Netns other, String there) {
    ip("link", "add", here, "type", "veth", "peer", "name", there, "netns", other.name());
  }

  /** Adds bridge {@code bridge} (STP off, forward delay 0) and sets it up. */
  public void addBridge(String bridge) {
    ip("link", "add", bridge, "type", "bridge", "stp_state", "0", "forward_delay", "0");
    ip("link", "set", bridge, "up");
  }

  /** Deletes the namespace after killing every process in it. */
  @Override
  public void close() {
    destroy(name);
    LIVE.remove(name);
  }

  private static void destroy(String name) {
    Proc.Result pids = Proc.run(CMD_TIMEOUT, "ip", "netns", "pids", name);
    if (pids.ok()) {
      for (String pid : pids.stdout().split("\\s+")) {
        if (!pid.isBlank()) {
          ProcessHandle.of(Long.parseLong(pid)).ifPresent(Proc::kill);
        }
      }
      Proc.run(CMD_TIMEOUT, "ip", "netns", "del", name);
    }
  }
}
