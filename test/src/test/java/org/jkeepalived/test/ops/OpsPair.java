package org.jkeepalived.test.ops;

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

/**
 * Two jkeepalived daemons on one veth link between namespaces {@code prefix + "1"} (priority 150)
 * and {@code prefix + "2"} (priority 100), one VRRPv3 instance VI_1 with {@link #vip()}, for the
 * operations scenarios (metrics, status). Closing stops both daemons and deletes the namespaces.
 */
final class OpsPair implements AutoCloseable {
  static final Duration CMD = Duration.ofSeconds(20);
  static final Duration ELECTION = Duration.ofSeconds(25);

  private final Netns[] ns = new Netns[2];
  private final Process[] daemons = new Process[2];
  private final Path dir;
  private final String net;

  /** @param net the first three octets of a /24 in 198.18.0.0/15, e.g. "198.18.71" */
  OpsPair(String prefix, String net, Path dir) {
    this.dir = dir;
    this.net = net;
    try {
      ns[0] = Netns.create(prefix + "1");
      ns[1] = Netns.create(prefix + "2");
      ns[0].ip("link", "add", "op1e0", "type", "veth", "peer", "name", "op2e0", "netns",
          ns[1].name());
      for (int i = 0; i < 2; i++) {
        ns[i].ip("addr", "add", net + "." + (i + 1) + "/24", "dev", "op" + (i + 1) + "e0");
        ns[i].ip("link", "set", "op" + (i + 1) + "e0", "up");
        ns[i].ip("link", "set", "lo", "up");
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  String vip() {
    return net + ".100";
  }

  Netns ns(int node) {
    return ns[node - 1];
  }

  /** Starts node {@code node} (1 or 2) with {@code -n -l -D -f CONF extra...}. */
  void start(int node, String... extra) throws IOException {
    Path conf = dir.resolve("node" + node + ".conf");
    Files.writeString(conf, config(node));
    List<String> args = new ArrayList<>(List.of("-n", "-l", "-D", "-f", conf.toString(),
        "-p", dir.resolve("node" + node + ".pid").toString()));
    args.addAll(List.of(extra));
    daemons[node - 1] = new ProcessBuilder(ns(node).execCommand(
            Jvm.jkeepalived(args.toArray(String[]::new)).toArray(String[]::new)))
        .redirectErrorStream(true).redirectOutput(dir.resolve("node" + node + ".log").toFile())
        .start();
  }

  private String config(int node) {
    String dev = "op" + node + "e0";
    return "global_defs {\n  router_id ops" + node + "\n}\n"
        + "vrrp_instance VI_1 {\n  state BACKUP\n  interface " + dev + "\n  virtual_router_id 71\n"
        + "  priority " + (node == 1 ? 150 : 100) + "\n  advert_int 1\n  version 3\n"
        + "  virtual_ipaddress {\n    " + vip() + "/24 dev " + dev + "\n  }\n}\n";
  }

  String log(int node) {
    try {
      return Files.readString(dir.resolve("node" + node + ".log"));
    } catch (IOException e) {
      return "";
    }
  }

  boolean hasVip(int node) {
    return ns(node).exec(CMD, "ip", "addr", "show", "dev", "op" + node + "e0").stdout()
        .contains(" " + vip() + "/");
  }

  /** SIGKILL of a node's daemon: a crash, no priority-0 advert. */
  void kill(int node) {
    Process p = daemons[node - 1];
    if (p != null) {
      Proc.kill(p.toHandle());
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Polls every 200 ms until true; false after {@code limit}. */
  static boolean await(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(200);
    }
    return condition.getAsBoolean();
  }

  @Override
  public void close() {
    for (Process p : daemons) {
      if (p != null) {
        p.destroy();
        try {
          if (!p.waitFor(10, TimeUnit.SECONDS)) {
            Proc.kill(p.toHandle());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          Proc.kill(p.toHandle());
        }
      }
    }
    for (Netns n : ns) {
      if (n != null) {
        n.close();
      }
    }
  }
}
