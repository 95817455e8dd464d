package org.jkeepalived.test.vrrp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jkeepalived.testkit.Netns;

/**
 * N VRRP routers on one Ethernet segment, each in its own network namespace, as
 * shared/lab/netns-lab.sh lays them out:
 *
 * <pre>
 * (namespace names below are labels: testkit's Netns gives each an allocated name)
 *  namespace PREFIXbr : bridge PREFIXbr0 (STP off, forward delay 0, multicast snooping off,
 *                       IPv6 off), ports PREFIX1p0 .. PREFIXNp0
 *  namespace PREFIXi  : eth0 (veth, peer PREFIXip0 in the bridge), 198.18.X.(10+i)/24 and
 *                       fd00:X::(10+i)/64, IPv6 DAD off so addresses and VIPs work at once,
 *                       IPv6 keep_addr_on_down on so a link flap keeps the static addresses
 * </pre>
 *
 * With a second segment ({@link #create(String, int, LabSubnet, LabSubnet, Path)}) the bridge
 * namespace also holds bridge PREFIXbr1 with ports PREFIXip1, and every router gets {@value
 * #IFACE2} on it, addressed from the second subnet the same way (198.18.Y.(10+i)/24,
 * fd00:Y::(10+i)/64).
 *
 * <p>Nothing is created in the root namespace. {@link #close()} kills every node and deletes every
 * namespace; {@link Netns} also does that from a JVM shutdown hook if the test dies first.
 */
public final class VrrpLab implements AutoCloseable {
  /** The interface name of every router. */
  public static final String IFACE = "eth0";
  /** The interface of every router on the optional second segment. */
  public static final String IFACE2 = "eth1";

  private static final Duration KILL_BOUND = Duration.ofSeconds(10);

  private final String prefix;
  private final LabSubnet subnet;
  private final Optional<LabSubnet> second;
  private final Path dir;
  private final List<Netns> namespaces = new ArrayList<>();
  private final List<LabNode> nodes = new ArrayList<>();
  private Netns bridge;

  private VrrpLab(String prefix, LabSubnet subnet, Optional<LabSubnet> second, Path dir) {
    this.prefix = prefix;
    this.subnet = subnet;
    this.second = second;
    this.dir = dir;
  }

  /**
   * Builds a fresh lab of {@code routers} routers: namespaces labelled {@code prefix + "br"} and
   * {@code prefix + i} (their names allocated by testkit's RigNames, so no other lab or test JVM
   * shares them; {@code prefix} still names the bridges and ports), files under {@code dir}.
   */
  public static VrrpLab create(String prefix, int routers, LabSubnet subnet, Path dir) {
    return create(prefix, routers, subnet, Optional.empty(), dir);
  }

  /**
   * Like {@link #create(String, int, LabSubnet, Path)}, with a second segment: bridge {@code
   * prefix + "br1"} and interface {@value #IFACE2} on every router, addressed from {@code second}.
   */
  public static VrrpLab create(
      String prefix, int routers, LabSubnet subnet, LabSubnet second, Path dir) {
    if (second.equals(subnet)) {
      throw new IllegalArgumentException("the two segments need two subnets: " + subnet);
    }
    return create(prefix, routers, subnet, Optional.of(second), dir);
  }

  private static VrrpLab create(
      String prefix, int routers, LabSubnet subnet, Optional<LabSubnet> second, Path dir) {
    if (!prefix.matches("[a-z][a-z0-9]{1,8}") || routers < 1 || routers > 9) {
      throw new IllegalArgumentException("prefix [a-z][a-z0-9]{1,8}, 1..9 routers");
    }
    // absolute: the daemons get these paths on their command lines
    VrrpLab lab = new VrrpLab(prefix, subnet, second, dir.toAbsolutePath());
    try {
      lab.build(routers);
      return lab;
    } catch (RuntimeException | IOException e) {
      lab.close();
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  private void build(int routers) throws IOException {
    Files.createDirectories(dir);
    bridge = own(Netns.create(prefix + "br"));
    bridge.exec(KILL_BOUND, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1",
        "net.ipv6.conf.default.disable_ipv6=1").check();
    String br = addBridge(0);
    if (second.isPresent()) {
      addBridge(1);
    }
    for (int i = 1; i <= routers; i++) {
      Netns ns = own(Netns.create(prefix + i));
      // keep_addr_on_down: a static IPv6 address (unicast_src_ip) must survive a link flap as it
      // would on a configured host; the kernel default flushes it and unicast sends then fail
      ns.exec(KILL_BOUND, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
          "net.ipv6.conf.default.accept_dad=0", "net.ipv6.conf.all.keep_addr_on_down=1",
          "net.ipv6.conf.default.keep_addr_on_down=1").check();
      plug(ns, i, IFACE, portName(i), br, subnet);
      if (second.isPresent()) {
        plug(ns, i, IFACE2, prefix + i + "p1", prefix + "br1", second.get());
      }
      Path nodeDir = dir.resolve("node" + i);
      Files.createDirectories(nodeDir);
      nodes.add(new LabNode(i, ns, nodeDir));
    }
  }

  /** Bridge {@code prefix + "br" + n} in the bridge namespace; returns its name. */
  private String addBridge(int n) {
    String br = prefix + "br" + n;
    bridge.ip("link", "add", br, "type", "bridge", "stp_state", "0", "forward_delay", "0",
        "mcast_snooping", "0", "nf_call_iptables", "0", "nf_call_ip6tables", "0",
        "nf_call_arptables", "0");
    bridge.ip("link", "set", br, "up");
    return br;
  }

  /** Router {@code i}'s interface {@code iface}, a veth whose peer {@code port} is on {@code br}. */
  private void plug(Netns ns, int i, String iface, String port, String br, LabSubnet net) {
    ns.ip("link", "add", iface, "type", "veth", "peer", "name", port, "netns", bridge.name());
    bridge.ip("link", "set", port, "master", br);
    bridge.ip("link", "set", port, "up");
    ns.ip("addr", "add", net.withPrefix(Family.IPV4, net.node(Family.IPV4, i)), "dev", iface);
    ns.ip("addr", "add", net.withPrefix(Family.IPV6, net.node(Family.IPV6, i)), "dev", iface,
        "nodad");
    ns.ip("link", "set", iface, "up");
  }

  private Netns own(Netns ns) {
    namespaces.add(ns);
    return ns;
  }

  private String portName(int i) {
    return prefix + i + "p0";
  }

  /** Router {@code i}, 1-based. */
  public LabNode node(int i) {
    return nodes.get(i - 1);
  }

  public List<LabNode> nodes() {
    return List.copyOf(nodes);
  }

  public LabSubnet subnet() {
    return subnet;
  }

  /** The second segment's subnet, if the lab has one ({@value #IFACE2}). */
  public Optional<LabSubnet> secondSubnet() {
    return second;
  }

  /** The lab's folder (per-node logs and configs under node1/, node2/ ...). */
  public Path dir() {
    return dir;
  }

  /** Whether {@code vip} is on {@code node}'s eth0 now. */
  public boolean hasVip(LabNode node, InetAddress vip) {
    return node.hasAddress(vip);
  }

  /** The nodes that hold {@code vip} now. */
  public List<LabNode> vipHolders(InetAddress vip) {
    return nodes.stream().filter(n -> n.hasAddress(vip)).toList();
  }

  /**
   * Cuts ({@code on}) or restores {@code node} at the bridge: port state disabled drops its frames
   * both ways while its carrier stays up, so the daemon sees no link event (a split brain).
   */
  public void partition(LabNode node, boolean on) {
    bridge
        .exec(KILL_BOUND, "bridge", "link", "set", "dev", portName(node.index()), "state",
            on ? "0" : "3")
        .check();
  }

  /** {@link Waits#until} polling every 10 ms. */
  public Optional<Duration> waitUntil(BooleanSupplier condition, Duration timeout) {
    return Waits.until(condition, timeout);
  }

  /**
   * Like {@link #waitUntil} but fails with {@code what}, every node's state and the tail of every
   * log when {@code timeout} passes.
   */
  public Duration await(String what, BooleanSupplier condition, Duration timeout) {
    return waitUntil(condition, timeout)
        .orElseThrow(() -> new AssertionError("timed out after " + timeout + " waiting for " + what
            + "\n" + report()));
  }

  /** States, VIP holders and the last log lines of every node, for failure messages. */
  public String report() {
    StringBuilder s = new StringBuilder();
    for (LabNode n : nodes) {
      s.append("--- ").append(n).append(" state=").append(n.state()).append(" running=")
          .append(n.running()).append(" addrs=").append(n.addresses()).append('\n');
      List<String> lines = n.currentLog().lines().toList();
      lines.subList(Math.max(0, lines.size() - 25), lines.size())
          .forEach(l -> s.append("  ").append(l).append('\n'));
    }
    return s.toString();
  }

  /** Kills every node (hard: teardown need not be graceful) and deletes every namespace. */
  @Override
  public void close() {
    for (LabNode n : nodes) {
      try {
        n.kill9();
      } catch (RuntimeException e) {
        // keep going: the namespace deletion below kills what is left in it
      }
    }
    for (int i = namespaces.size() - 1; i >= 0; i--) {
      namespaces.get(i).close();
    }
    namespaces.clear();
  }
}
