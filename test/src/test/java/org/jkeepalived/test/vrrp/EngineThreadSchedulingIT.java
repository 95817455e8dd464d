package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jkeepalived.test.bfd.JkNode;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Subnet;
import org.jkeepalived.testkit.Subnets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Root: global_defs' vrrp_rt_priority / vrrp_priority and bfd_priority reach the daemon's engine
 * threads as keepalived gives them to its child processes (SCHED_RR at the priority, else the
 * nice value), read back from /proc/PID/task/TID/stat of the running daemon; a thread of no
 * engine (the JVM's "VM Thread") keeps the default. The VRRP loop reads its sockets itself
 * ({@code PollLoop}): there is no VRRP reader thread that could miss the setting.
 */
class EngineThreadSchedulingIT {
  /** One thread's scheduling: stat fields 19 (nice), 40 (rt_priority) and 41 (policy). */
  record Sched(int nice, int rtPriority, int policy) {}

  private Subnet subnet;
  private Netns ns;
  private Netns peer;
  private JkNode jk;

  @BeforeEach
  void setUp() throws Exception {
    Assumptions.assumeTrue(Netns.available(), Netns::unavailableReason);
    subnet = Subnets.allocate();
    ns = Netns.create("tsc");
    peer = Netns.create("tsd");
    ns.veth("ts0", peer, "ts1");
    ns.ip("addr", "add", subnet.v4(1) + "/24", "dev", "ts0");
    ns.ip("link", "set", "ts0", "up");
    jk = new JkNode(ns, Files.createTempDirectory("jk-sched"));
  }

  @AfterEach
  void tearDown() {
    if (jk != null) {
      jk.close();
    }
    if (peer != null) {
      peer.close();
    }
    if (ns != null) {
      ns.close();
    }
    if (subnet != null) {
      subnet.close();
    }
  }

  private String config(String globals) {
    return "global_defs {\n  router_id ts\n" + globals + "}\n"
        + "bfd_instance b1 {\n  neighbor_ip " + subnet.v4(2) + "\n  source_ip " + subnet.v4(1)
        + "\n}\n"
        + "vrrp_instance VI_1 {\n  state BACKUP\n  interface ts0\n  virtual_router_id 71\n"
        + "  priority 100\n  advert_int 1\n  virtual_ipaddress {\n    " + subnet.v4(100)
        + "/32\n  }\n}\n";
  }

  /** The daemon's threads by name (comm, 15 characters), each thread's scheduling. */
  private Map<String, Sched> threads() {
    Map<String, Sched> out = new HashMap<>();
    Path tasks = Path.of("/proc", Long.toString(jk.pid()), "task");
    try (Stream<Path> list = Files.list(tasks)) {
      for (Path t : list.toList()) {
        try {
          String comm = Files.readString(t.resolve("comm")).strip();
          String stat = Files.readString(t.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          out.put(comm, new Sched(Integer.parseInt(f[19 - 3]), Integer.parseInt(f[40 - 3]),
              Integer.parseInt(f[41 - 3])));
        } catch (IOException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      throw new AssertionError("cannot list " + tasks, e);
    }
    return out;
  }

  /** The daemon's threads once the VRRP loop (its instance started) and the BFD loop run. */
  private Map<String, Sched> started(String config) {
    jk.start(config);
    JkNode.await("the engines' threads", () -> {
      Map<String, Sched> t = threads();
      return t.containsKey("vrrp") && t.containsKey("bfd") && jk.count("(VI_1) Entering") > 0;
    }, Duration.ofSeconds(60), () -> jk.logText() + "\n" + threads());
    return threads();
  }

  /**
   * The nice value the daemon started with (the build's {@code nice -n 10} is inherited), read
   * from a thread of no engine, which must still be SCHED_OTHER.
   */
  private static int untouched(Map<String, Sched> t) {
    Sched vm = t.get("VM Thread");
    assertThat(vm).as(t.toString()).isNotNull();
    assertThat(vm.policy()).isZero();
    assertThat(vm.nice()).isNotIn(-3, -7);
    return vm.nice();
  }

  /** Threads named as the VRRP readers were: none, the loop reads the sockets. */
  private static List<Sched> vrrpReaders(Map<String, Sched> t) {
    return t.entrySet().stream().filter(e -> e.getKey().startsWith("vrrp-rx"))
        .map(Map.Entry::getValue).toList();
  }

  @Test
  void vrrpRtPriorityMakesTheVrrpThreadsRoundRobinAndBfdPriorityNicesTheBfdLoop() {
    Map<String, Sched> t = started(config("  vrrp_rt_priority 5\n  bfd_priority -3\n"));
    int nice = untouched(t);
    assertThat(t.get("vrrp")).as(t.toString()).isEqualTo(new Sched(nice, 5, 2)); // SCHED_RR 5
    assertThat(vrrpReaders(t)).as(t.toString()).isEmpty();
    assertThat(t.get("bfd")).as(t.toString()).isEqualTo(new Sched(-3, 0, 0)); // nice -3
  }

  @Test
  void vrrpPriorityAloneSetsTheNiceValueOfTheVrrpThreads() {
    Map<String, Sched> t = started(config("  vrrp_priority -7\n"));
    int nice = untouched(t);
    assertThat(t.get("vrrp")).as(t.toString()).isEqualTo(new Sched(-7, 0, 0));
    assertThat(vrrpReaders(t)).as(t.toString()).isEmpty();
    assertThat(t.get("bfd")).as(t.toString()).isEqualTo(new Sched(nice, 0, 0));
  }
}
