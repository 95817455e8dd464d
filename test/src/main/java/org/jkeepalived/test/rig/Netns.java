package org.jkeepalived.test.rig;

import org.jkeepalived.testkit.Proc;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A network namespace owned by a test: created on construction, deleted (with every process still
 * running in it) on close and, as a last resort, by a JVM shutdown hook. Only 198.18.0.0/15 and
 * fd00::/8 addresses belong in it.
 */
public final class Netns implements AutoCloseable {
  private static final Duration CMD_TIMEOUT = Duration.ofSeconds(20);
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

  /** Creates namespace {@code name} (deleting a stale one of that name first), lo up. */
  public static Netns create(String name) {
    destroy(name);
    Proc.run(CMD_TIMEOUT, "ip", "netns", "add", name).check();
    LIVE.add(name);
    Netns ns = new Netns(name);
    ns.ip("link", "set", "lo", "up");
    return ns;
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

  /** Adds veth pairs named {@code names[i]} whose peers stay inside (named with a 'p' suffix), up. */
  public void addVeths(String... names) {
    for (String n : names) {
      ip("link", "add", n, "type", "veth", "peer", "name", n + "p");
      ip("link", "set", n, "up");
      ip("link", "set", n + "p", "up");
    }
  }

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
