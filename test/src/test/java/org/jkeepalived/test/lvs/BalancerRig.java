package org.jkeepalived.test.lvs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jkeepalived.test.rig.Jvm;
import org.jkeepalived.test.vrrp.Waits;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.jkeepalived.testkit.Subnet;
import org.jkeepalived.testkit.Subnets;

/**
 * A load-balancing rig in namespaces on one bridge (in the client's namespace), all in one
 * {@link Subnet} of 198.19.0.0/16: a client (.10), two jkeepalived balancers lb1 (.1, priority
 * 150) and lb2 (.2, priority 100) holding VIP .100 by VRRP, three real servers rs1..rs3 (.21-.23)
 * and a sorry server (.30), each a small HTTP server answering its name. The namespaces have no
 * default route, so nothing leaves the rig. Closing stops every process and deletes every
 * namespace.
 */
final class BalancerRig implements AutoCloseable {
  static final Duration CMD = Duration.ofSeconds(30);
  static final String[] BACKENDS = {"rs1", "rs2", "rs3", "sorry"};

  private final Path dir;
  private final Subnet net;
  private final Map<String, Netns> ns = new TreeMap<>();
  private final Map<String, Process> processes = new TreeMap<>();
  private final List<Process> others = new ArrayList<>();

  BalancerRig(Path dir) {
    this.dir = dir;
    this.net = Subnets.allocate();
    try {
      Netns client = Netns.create("lbc");
      ns.put("client", client);
      client.addBridge("br0");
      client.noDad();
      client.ip("addr", "add", net.v4(10) + "/24", "dev", "br0");
      client.ip("addr", "add", net.v6(10) + "/64", "dev", "br0", "nodad");
      int port = 0;
      for (String name : List.of("lb1", "lb2", "rs1", "rs2", "rs3", "sorry")) {
        Netns n = Netns.create(name.substring(0, Math.min(3, name.length())));
        ns.put(name, n);
        String leg = "v" + port++;
        client.veth(leg, n, "eth0");
        client.ip("link", "set", leg, "master", "br0");
        client.ip("link", "set", leg, "up");
        n.noDad();
        n.ip("addr", "add", address(name) + "/24", "dev", "eth0");
        // nodad: eth0 came with the veth before noDad() set the namespace's defaults, so its own
        // accept_dad is still 1 and the kernel would hold the address tentative for up to ~2 s;
        // a backend binding it in that time fails (EADDRNOTAVAIL) and exits
        n.ip("addr", "add", net.v6(net4Host(name)) + "/64", "dev", "eth0", "nodad");
        n.ip("link", "set", "eth0", "up");
      }
      Files.copy(resource("backend.py"), dir.resolve("backend.py"));
      Files.copy(resource("held.py"), dir.resolve("held.py"));
      Files.copy(resource("proxyecho.py"), dir.resolve("proxyecho.py"));
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static InputStream resource(String name) {
    return BalancerRig.class.getResourceAsStream(name);
  }

  /** The address of a node: lb1, lb2, rs1..rs3, sorry, client, vip. */
  String address(String node) {
    return switch (node) {
      case "lb1" -> net.v4(1);
      case "lb2" -> net.v4(2);
      case "rs1" -> net.v4(21);
      case "rs2" -> net.v4(22);
      case "rs3" -> net.v4(23);
      case "sorry" -> net.v4(30);
      case "client" -> net.v4(10);
      case "vip" -> net.v4(100);
      default -> throw new IllegalArgumentException(node);
    };
  }

  /** The IPv6 address of a node: the same host number as its IPv4 one, in the /64. */
  String address6(String node) {
    return net.v6(net4Host(node));
  }

  private int net4Host(String node) {
    String a = address(node);
    return Integer.parseInt(a.substring(a.lastIndexOf('.') + 1));
  }

  Netns ns(String node) {
    return ns.get(node);
  }

  Path dir() {
    return dir;
  }

  /** Starts the HTTP server of a backend (rs1..rs3, sorry) on port 80 and waits until it answers. */
  void startBackend(String name) {
    Process p = start(name, dir.resolve(name + ".log"),
        "python3", dir.resolve("backend.py").toString(), name, address(name), "80");
    boolean up = await(Duration.ofSeconds(15), () -> ns("client").exec(CMD, "curl", "-s", "-m",
        "2", "http://" + address(name) + "/").stdout().strip().equals(name));
    if (!up) {
      throw new IllegalStateException(name + " does not answer; alive " + p.isAlive());
    }
  }

  /**
   * Starts rs1's second server, on port 81, which answers with the first line it receives: the
   * PROXY protocol header of a {@code proxy_protocol v1} service.
   */
  void startProxyEcho() {
    Process p = startOther("rs1", "proxyecho", "python3",
        dir.resolve("proxyecho.py").toString(), address("rs1"), "81");
    awaitAnswer("proxyecho", p, "http://" + address("rs1") + ":81/", "GET / HTTP/1.1");
  }

  /** Starts rs1's HTTP server on its IPv6 address (port 80), for the IPv6 virtual server. */
  void startBackend6() {
    Process p = startOther("rs1", "rs1-v6", "python3", dir.resolve("backend.py").toString(),
        "rs1-v6", address6("rs1"), "80");
    awaitAnswer("rs1-v6", p, "http://[" + address6("rs1") + "]/", "rs1-v6");
  }

  /**
   * Waits until a server started in the background answers from the client namespace, so that
   * the daemons' first checks do not race the interpreter's start on a loaded machine.
   */
  private void awaitAnswer(String name, Process p, String url, String body) {
    boolean up = await(Duration.ofSeconds(15), () -> ns("client").exec(CMD, "curl", "-s", "-g",
        "-m", "2", url).stdout().strip().equals(body));
    if (!up) {
      throw new IllegalStateException(name + " does not answer " + url + "; alive " + p.isAlive());
    }
  }

  private Process startOther(String node, String logName, String... command) {
    try {
      Process p = new ProcessBuilder(ns(node).execCommand(command)).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(logName + ".log").toFile()))
          .start();
      others.add(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGKILL of a backend's HTTP server: its port refuses connections from then on. */
  void stopBackend(String name) {
    stop(name, Duration.ZERO);
  }

  /**
   * Starts jkeepalived {@code -n -l -D} in a balancer's namespace with the configuration file
   * {@code DIR/NODE.conf} (written by the caller), its own pid files and control socket, the
   * forwarder as dataplane and metrics on 127.0.0.1:9650.
   */
  void startDaemon(String node, String... extra) {
    Path d = dir;
    List<String> args = new ArrayList<>(List.of("-n", "-l", "-D", "-f", conf(node).toString(),
        "-p", d.resolve(node + ".pid").toString(), "-r", d.resolve(node + "-vrrp.pid").toString(),
        "-c", d.resolve(node + "-check.pid").toString(),
        "--control-socket=" + d.resolve(node + ".sock"), "--lvs-dataplane=userspace",
        "--metrics-listen=127.0.0.1:9650"));
    args.addAll(List.of(extra));
    start(node, d.resolve(node + ".log"),
        Jvm.jkeepalived(args.toArray(String[]::new)).toArray(String[]::new));
  }

  Path conf(String node) {
    return dir.resolve(node + ".conf");
  }

  /** SIGKILL of a daemon: a crash, no priority-0 advert. */
  void killDaemon(String node) {
    stop(node, Duration.ZERO);
  }

  /** SIGTERM; the exit code, or -1 when the daemon was still running after {@code bound}. */
  int stopDaemon(String node, Duration bound) throws InterruptedException {
    Process p = processes.remove(node);
    p.destroy();
    if (!p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
      Proc.kill(p.toHandle());
      return -1;
    }
    return p.exitValue();
  }

  /** SIGHUP: the daemon re-reads its configuration file. */
  void reload(String node) {
    Proc.run(CMD, "kill", "-HUP", Long.toString(processes.get(node).pid())).check();
  }

  String log(String node) {
    try {
      Path f = dir.resolve(node + ".log");
      return Files.exists(f) ? Files.readString(f) : "";
    } catch (IOException e) {
      return "";
    }
  }

  boolean hasVip(String node) {
    return ns(node).exec(CMD, "ip", "-4", "addr", "show", "dev", "eth0").stdout()
        .contains(" " + address("vip") + "/");
  }

  /**
   * {@code count} HTTP requests to the VIP from the client, each on a new connection; how many
   * each backend answered ("fail" for a request that got no answer).
   */
  Map<String, Integer> requests(int count) {
    Proc.Result r = ns("client").exec(Duration.ofSeconds(10L + 3L * count), "sh", "-c",
        "for i in $(seq " + count + "); do curl -s -m 3 http://" + address("vip")
            + "/ || echo fail; done");
    Map<String, Integer> counts = new TreeMap<>();
    r.stdout().lines().map(String::strip).filter(l -> !l.isEmpty())
        .forEach(l -> counts.merge(l, 1, Integer::sum));
    return counts;
  }

  /** The daemon's Prometheus text, scraped in its namespace. */
  String metrics(String node) {
    return ns(node).exec(CMD, "curl", "-sS", "-m", "5", "http://127.0.0.1:9650/metrics").stdout();
  }

  /** Starts a process in a node's namespace, output to {@code log}. */
  Process start(String node, Path log, String... command) {
    try {
      Process p = new ProcessBuilder(ns(node).execCommand(command)).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      Process old = processes.put(node, p);
      if (old != null) {
        others.add(old);
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies what is written to the FIFO {@code fifo} (made here) into {@code out}. */
  void readFifo(Path fifo, Path out) {
    Proc.run(CMD, "mkfifo", fifo.toString()).check();
    try {
      others.add(new ProcessBuilder("cat", fifo.toString()).redirectErrorStream(true)
          .redirectOutput(out.toFile()).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a process in the client's namespace that the caller talks to through its pipes. */
  Process startPiped(String... command) {
    try {
      Process p = new ProcessBuilder(ns("client").execCommand(command)).start();
      others.add(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stop(String node, Duration grace) {
    Process p = processes.remove(node);
    if (p == null) {
      return;
    }
    try {
      if (!grace.isZero()) {
        p.destroy();
        if (p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
      }
      Proc.kill(p.toHandle());
      p.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Proc.kill(p.toHandle());
    }
  }

  /** Polls every 200 ms until true; false after {@code limit}. */
  static boolean await(Duration limit, BooleanSupplier condition) {
    return Waits.until(condition, limit, Duration.ofMillis(200)).isPresent();
  }

  @Override
  public void close() {
    for (String node : List.copyOf(processes.keySet())) {
      stop(node, node.startsWith("lb") ? Duration.ofSeconds(10) : Duration.ZERO);
    }
    for (Process p : others) {
      Proc.kill(p.toHandle());
    }
    for (Netns n : ns.values()) {
      n.close();
    }
    net.close();
  }
}
