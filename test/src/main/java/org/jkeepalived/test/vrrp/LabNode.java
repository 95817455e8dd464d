package org.jkeepalived.test.vrrp;

import org.jkeepalived.mibs.config.IpText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;

/**
 * One router of a {@link VrrpLab}: namespace {@code <prefix><i>} with interface eth0, and the VRRP
 * daemon running in it. Its files live in its own folder under the lab's folder: {@code
 * keepalived.conf}, {@code node.log} (every run appended, each after a {@link
 * VrrpLog#START_MARKER} line) and the pid files.
 */
public final class LabNode {
  private static final Duration CMD = Duration.ofSeconds(10);
  private static final Pattern ADDR = Pattern.compile("\\binet6? ([0-9a-fA-F:.]+)/\\d+");

  private final int index;
  private final Netns ns;
  private final Path dir;
  private Process process;
  private Impl impl;

  LabNode(int index, Netns ns, Path dir) {
    this.index = index;
    this.ns = ns;
    this.dir = dir;
  }

  /** 1-based index in the lab. */
  public int index() {
    return index;
  }

  public Netns netns() {
    return ns;
  }

  /** The folder with this node's config, log and pid files. */
  public Path dir() {
    return dir;
  }

  public Path logFile() {
    return dir.resolve("node.log");
  }

  /** The implementation of the current or last run, null before the first start. */
  public Impl impl() {
    return impl;
  }

  /** Writes {@code config} to keepalived.conf and starts {@code impl} on it in the background. */
  public void start(Impl impl, VrrpConfig config) {
    if (running()) {
      throw new IllegalStateException("node " + index + " already running");
    }
    Path conf = dir.resolve("keepalived.conf");
    Path run = dir.resolve("run");
    try {
      Files.createDirectories(run);
      Files.writeString(conf, config.render());
      List<String> cmd = ns.execCommand(impl.command(conf, run).toArray(String[]::new));
      Files.writeString(
          logFile(),
          VrrpLog.START_MARKER + " " + Instant.now() + " " + String.join(" ", cmd) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      ProcessBuilder pb = new ProcessBuilder(cmd);
      pb.redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      // ip netns exec execs the daemon, so this pid is the daemon's main process
      process = pb.start();
      this.impl = impl;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start node " + index, e);
    }
  }

  /**
   * A SIGHUP reload: writes {@code config} over keepalived.conf and signals the main process
   * (keepalived and jkeepalived both re-read the file they were started with).
   */
  public void reload(VrrpConfig config) {
    if (!running()) {
      throw new IllegalStateException("node " + index + " not running");
    }
    try {
      Files.writeString(dir.resolve("keepalived.conf"), config.render());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write node " + index + "'s config", e);
    }
    signal("-HUP", List.of(Long.toString(process.pid())));
  }

  /** Whether the daemon's main process is alive. */
  public boolean running() {
    return process != null && process.isAlive();
  }

  /**
   * SIGTERM to the main process (a clean stop: keepalived sends priority 0 and removes its VIPs),
   * waits up to {@code bound}, then kills whatever of its process tree is left. Returns whether it
   * exited within the bound by itself.
   */
  public boolean stop(Duration bound) {
    if (!running()) {
      return true;
    }
    List<ProcessHandle> tree = tree();
    process.destroy();
    boolean clean = waitExit(bound);
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    waitExit(CMD);
    return clean;
  }

  /**
   * A crash: SIGSTOP then SIGKILL to the whole process tree. Freezing first matters: if the parent
   * died first, keepalived's children would get their parent-death signal (SIGTERM) and send a
   * priority-0 advert before dying, which is a clean stop, not a crash.
   */
  public void kill9() {
    if (!running()) {
      return;
    }
    List<String> pids = tree().stream().map(h -> Long.toString(h.pid())).toList();
    signal("-STOP", pids);
    signal("-KILL", pids);
    waitExit(CMD);
  }

  /** {@code ip link set eth0 down} inside the node (the daemon sees carrier loss). */
  public void linkDown() {
    linkDown(VrrpLab.IFACE);
  }

  /** {@code ip link set eth0 up}. */
  public void linkUp() {
    linkUp(VrrpLab.IFACE);
  }

  /** {@code ip link set <iface> down} inside the node. */
  public void linkDown(String iface) {
    ns.ip("link", "set", iface, "down");
  }

  /** {@code ip link set <iface> up} inside the node. */
  public void linkUp(String iface) {
    ns.ip("link", "set", iface, "up");
  }

  /** The addresses on eth0 now (empty if the namespace or interface is gone). */
  public Set<InetAddress> addresses() {
    return addresses(VrrpLab.IFACE);
  }

  /** The addresses on {@code iface} now (empty if the namespace or interface is gone). */
  public Set<InetAddress> addresses(String iface) {
    Proc.Result r = Proc.run(CMD, "ip", "-n", ns.name(), "-o", "addr", "show", "dev", iface);
    Set<InetAddress> out = new LinkedHashSet<>();
    if (!r.ok()) {
      return out;
    }
    Matcher m = ADDR.matcher(r.stdout());
    while (m.find()) {
      try {
        out.add(InetAddress.getByName(m.group(1)));
      } catch (UnknownHostException e) {
        throw new IllegalStateException("iproute2 printed a bad address: " + m.group(1), e);
      }
    }
    return out;
  }

  /** Whether {@code address} is on eth0 now. */
  public boolean hasAddress(InetAddress address) {
    return addresses().contains(address);
  }

  /** Whether {@code address} is on {@code iface} now. */
  public boolean hasAddress(String iface, InetAddress address) {
    return addresses(iface).contains(address);
  }

  /** Removes {@code address} from eth0 if present (a crashed host's VIPs go away with it). */
  public void removeAddress(InetAddress address, int prefix) {
    if (hasAddress(address)) {
      ns.ip("addr", "del", IpText.format(address) + "/" + prefix, "dev", VrrpLab.IFACE);
    }
  }

  /** The whole log file (every run). */
  public String log() {
    try {
      return Files.exists(logFile()) ? Files.readString(logFile()) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The log of the current (or last) run only. */
  public String currentLog() {
    return VrrpLog.sinceLastStart(log());
  }

  /** VI_1's state per the current run's log. */
  public LoggedVrrpState state() {
    return state(VrrpConfig.INSTANCE);
  }

  /** {@code instance}'s state per the current run's log. */
  public LoggedVrrpState state(String instance) {
    return VrrpLog.state(currentLog(), instance);
  }

  @Override
  public String toString() {
    return "node" + index + "(" + ns.name() + (impl == null ? "" : ", " + impl.tag()) + ")";
  }

  private List<ProcessHandle> tree() {
    List<ProcessHandle> all = new ArrayList<>();
    ProcessHandle root = process.toHandle();
    all.add(root);
    root.descendants().forEach(all::add);
    return all;
  }

  private static void signal(String sig, List<String> pids) {
    List<String> cmd = new ArrayList<>(List.of("kill", sig));
    cmd.addAll(pids);
    // some may have exited already: kill's exit status is not meaningful here
    Proc.run(CMD, null, cmd);
  }

  private boolean waitExit(Duration bound) {
    try {
      return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
