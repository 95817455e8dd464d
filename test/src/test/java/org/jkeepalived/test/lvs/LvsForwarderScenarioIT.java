package org.jkeepalived.test.lvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.agent.control.NodeStatus;
import org.jkeepalived.agent.control.StatusJson;
import org.jkeepalived.test.rig.Jvm;
import org.jkeepalived.test.snmp.TrapSink;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole load-balancing chain in real daemons, on the userspace forwarder: two jkeepalived
 * nodes hold a VIP by VRRP and serve {@code virtual_server VIP 80} (wrr, quorum, sorry server) in
 * front of three HTTP real servers watched by HTTP_GET and TCP_CHECK. One daemon start per node,
 * several steps: weights, a checker failure and recovery (metrics and notify FIFO), quorum loss
 * to the sorry server, snmpset of realServerWeight, a SIGHUP that keeps an established
 * connection, and a VRRP failover to a backup whose listener was bound before the VIP arrived.
 */
class LvsForwarderScenarioIT {
  private static final Duration VERDICT = Duration.ofSeconds(20);
  private static final Duration ELECTION = Duration.ofSeconds(30);
  private static final String RS_WEIGHT = "1.3.6.1.4.1.9586.100.5.3.4.1.7";
  private static final String RS_STATUS = "1.3.6.1.4.1.9586.100.5.3.4.1.6";
  private static final String RS_TRAP = "1.3.6.1.4.1.9586.100.5.3.5.0.1";

  @TempDir Path dir;

  @BeforeAll
  static void needsRoot() {
    assumeTrue(Netns.available(), Netns.unavailableReason());
  }

  @Test
  void balancesFailsOverAndFollowsCheckersQuorumReloadAndSnmp() throws Exception {
    try (BalancerRig rig = new BalancerRig(dir);
        TrapSink traps = TrapSink.start(dir.resolve("traps"), Optional.of(rig.ns("lb1")),
            "127.0.0.1", 16262)) {
      long t0 = System.nanoTime();
      for (String b : BalancerRig.BACKENDS) {
        rig.startBackend(b);
      }
      rig.startProxyEcho();
      rig.startBackend6();
      Path fifo = dir.resolve("lb1.fifo");
      Path fifoOut = dir.resolve("lb1.fifo.txt");
      rig.readFifo(fifo, fifoOut);
      Files.writeString(rig.conf("lb1"), config(rig, "lb1", 150, 1, fifo));
      Files.writeString(rig.conf("lb2"), config(rig, "lb2", 100, 1, null));
      rig.startDaemon("lb2");
      rig.startDaemon("lb1", "-x", "--snmp-listen=udp:127.0.0.1:16161",
          "--snmp-write-community=private", "--snmp-trap-sink=udp:" + traps.target());
      assertThat(BalancerRig.await(ELECTION, () -> rig.hasVip("lb1") && !rig.hasVip("lb2")))
          .as("lb1 master; log:\n%s", rig.log("lb1")).isTrue();
      assertThat(BalancerRig.await(VERDICT, () -> rig.metrics("lb1")
              .contains("jkeepalived_virtual_server_real_servers_up{virtual_server=")
          && upCount(rig, "lb1") == 3))
          .as("three real servers up; metrics:\n%s\nlog:\n%s", rig.metrics("lb1"), rig.log("lb1"))
          .isTrue();
      step("start", t0);

      // (a) wrr 3:1:1 over two whole cycles
      long t = System.nanoTime();
      assertThat(rig.requests(10)).as("log:\n%s", rig.log("lb1"))
          .isEqualTo(Map.of("rs1", 6, "rs2", 2, "rs3", 2));
      step("(a) weights", t);

      // proxy_protocol v1 (the extension): the real server learns the client's address
      t = System.nanoTime();
      String proxied = rig.ns("client").exec(BalancerRig.CMD, "curl", "-s", "-m", "3",
          "http://" + rig.address("vip") + ":81/").stdout().strip();
      assertThat(proxied).as("log:\n%s", rig.log("lb1")).matches(
          "PROXY TCP4 " + rig.address("client").replace(".", "\\.") + " "
              + rig.address("vip").replace(".", "\\.") + " \\d+ 81");
      step("proxy_protocol v1", t);

      // the IPv6 virtual server (its VIP a virtual_ipaddress_excluded of the instance)
      t = System.nanoTime();
      // (its TCP_CHECK may have seen the real server before its address was usable: wait for
      // the verdict rather than race it)
      assertThat(BalancerRig.await(VERDICT, () -> request6(rig).equals("rs1-v6")))
          .as("rs1-v6 through the IPv6 VIP; log:\n%s", rig.log("lb1")).isTrue();
      step("IPv6 virtual server", t);

      // (f) snmpset realServerWeight of rs2 (index 3: the sorry server is row 1) to 3
      t = System.nanoTime();
      Proc.Result walk = snmp(rig, "snmpwalk", "public", RS_WEIGHT + ".1");
      assertThat(walk.stdout()).as("weights before: %s", walk).contains(
          RS_WEIGHT + ".1.2 = INTEGER: 3", RS_WEIGHT + ".1.3 = INTEGER: 1",
          RS_WEIGHT + ".1.4 = INTEGER: 1");
      Proc.Result set = snmp(rig, "snmpset", "private", RS_WEIGHT + ".1.3", "i", "3");
      assertThat(set.ok()).as("snmpset: %s", set).isTrue();
      assertThat(BalancerRig.await(VERDICT, () -> rig.log("lb1").contains(
              "Changing weight from 1 to 3 for active service [" + rig.address("rs2") + "]")))
          .as("the engine applies the SET; log:\n%s", rig.log("lb1")).isTrue();
      assertThat(rig.requests(14)).as("log:\n%s", rig.log("lb1"))
          .isEqualTo(Map.of("rs1", 6, "rs2", 6, "rs3", 2));
      step("(f) snmpset realServerWeight", t);

      // (e) SIGHUP with rs2's weight 2 in the file keeps an established connection
      t = System.nanoTime();
      Process held = rig.startPiped("python3", dir.resolve("held.py").toString(),
          rig.address("vip"), "80");
      BufferedReader heldOut = new BufferedReader(
          new InputStreamReader(held.getInputStream(), StandardCharsets.UTF_8));
      String first = line(heldOut);
      assertThat(first).as("first answer on the held connection").startsWith("rs");
      Files.writeString(rig.conf("lb1"), config(rig, "lb1", 150, 2, fifo));
      rig.reload("lb1");
      assertThat(BalancerRig.await(VERDICT, () -> value(rig.metrics("lb1"),
              "jkeepalived_real_server_weight", rig.address("rs2")) == 2
              && rig.log("lb1").contains("Changing weight from 3 to 2")))
          .as("weight 2 after the reload; log:\n%s", rig.log("lb1")).isTrue();
      Writer heldIn = new OutputStreamWriter(held.getOutputStream(), StandardCharsets.UTF_8);
      heldIn.write("\n");
      heldIn.flush();
      assertThat(line(heldOut)).as("second answer on the same connection after SIGHUP")
          .isEqualTo(first);
      assertThat(held.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(rig.requests(12)).isEqualTo(Map.of("rs1", 6, "rs2", 4, "rs3", 2));
      step("(e) SIGHUP keeps the connection", t);

      // (b) rs3 stops: TCP_CHECK fails, rs3 leaves the pool, metrics and the FIFO say so
      t = System.nanoTime();
      rig.stopBackend("rs3");
      String rs3Down = "RS [" + rig.address("rs3") + "]:tcp:80 [" + rig.address("vip")
          + "]:tcp:80 DOWN";
      assertThat(BalancerRig.await(VERDICT, () -> upCount(rig, "lb1") == 2
              && fifoText(fifoOut).contains(rs3Down)))
          .as("rs3 down; fifo:\n%s\nmetrics:\n%s", fifoText(fifoOut), rig.metrics("lb1"))
          .isTrue();
      assertThat(value(rig.metrics("lb1"), "jkeepalived_real_server_up", rig.address("rs3")))
          .isZero();
      assertThat(statusOf(rig, "rs3")).as("jkeepalived status").isEqualTo("dead");
      assertThat(traps.await(x -> x.oid().equals(RS_TRAP) && x.varbind(RS_STATUS)
              .map(v -> v.value().equals("2")).orElse(false), VERDICT))
          .as("realServerStateChange dead; sink:\n%s", traps.output()).isPresent();
      assertThat(snmp(rig, "snmpget", "public", RS_STATUS + ".1.4").stdout())
          .as("realServerStatus of rs3").contains("INTEGER: 2");
      assertThat(rig.requests(10)).isEqualTo(Map.of("rs1", 6, "rs2", 4));
      rig.startBackend("rs3");
      assertThat(BalancerRig.await(VERDICT, () -> upCount(rig, "lb1") == 3
              && after(fifoText(fifoOut), rs3Down).contains(rs3Down.replace(" DOWN", " UP"))))
          .as("rs3 back; fifo:\n%s", fifoText(fifoOut)).isTrue();
      assertThat(statusOf(rig, "rs3")).as("jkeepalived status").isEqualTo("alive");
      assertThat(snmp(rig, "snmpget", "public", RS_STATUS + ".1.4").stdout())
          .as("realServerStatus of rs3").contains("INTEGER: 1");
      assertThat(rig.requests(12)).isEqualTo(Map.of("rs1", 6, "rs2", 4, "rs3", 2));
      step("(b) checker down and up", t);

      // (c) rs1 stops: alive weight 2 + 1 < quorum 4, the sorry server serves
      t = System.nanoTime();
      rig.stopBackend("rs1");
      assertThat(BalancerRig.await(VERDICT, () -> fifoText(fifoOut).contains(
              "VS [" + rig.address("vip") + "]:tcp:80 DOWN")))
          .as("quorum lost; fifo:\n%s\nlog:\n%s", fifoText(fifoOut), rig.log("lb1")).isTrue();
      assertThat(rig.requests(5)).isEqualTo(Map.of("sorry", 5));
      rig.startBackend("rs1");
      assertThat(BalancerRig.await(VERDICT, () -> after(fifoText(fifoOut),
              "VS [" + rig.address("vip") + "]:tcp:80 DOWN").contains(
              "VS [" + rig.address("vip") + "]:tcp:80 UP") && upCount(rig, "lb1") == 3))
          .as("quorum back; fifo:\n%s", fifoText(fifoOut)).isTrue();
      assertThat(rig.requests(12)).isEqualTo(Map.of("rs1", 6, "rs2", 4, "rs3", 2));
      step("(c) quorum and sorry server", t);

      // (d) lb1 crashes: lb2 takes the VIP and its forwarder, bound before, serves it
      t = System.nanoTime();
      assertThat(rig.log("lb2")).doesNotContain("Address already in use");
      rig.killDaemon("lb1");
      assertThat(BalancerRig.await(ELECTION, () -> rig.hasVip("lb2")))
          .as("lb2 master; log:\n%s", rig.log("lb2")).isTrue();
      Map<String, Integer> after = rig.requests(10);
      assertThat(after).as("lb2 serves; log:\n%s", rig.log("lb2"))
          .isEqualTo(Map.of("rs1", 6, "rs2", 2, "rs3", 2));
      assertThat(request6(rig)).as("lb2 serves IPv6; log:\n%s", rig.log("lb2"))
          .isEqualTo("rs1-v6");
      step("(d) failover", t);
      step("whole scenario", t0);
      assertThat(rig.stopDaemon("lb2", Duration.ofSeconds(15))).as("SIGTERM exit; log:\n%s",
          rig.log("lb2")).isZero();
      assertThat(rig.log("lb2")).doesNotContain("Exception");
    }
  }

  /** A real server's status (alive, dead) in VIP:80 as {@code jkeepalived status --json} says. */
  private static String statusOf(BalancerRig rig, String rs) throws Exception {
    Proc.Result r = Proc.run(BalancerRig.CMD, rig.dir(), Jvm.jkeepalived("status",
        "--control-socket=" + rig.dir().resolve("lb1.sock"), "--json"));
    assertThat(r.exitCode()).as("status: %s", r).isZero();
    NodeStatus status = StatusJson.read(r.stdout().getBytes(StandardCharsets.UTF_8));
    return status.virtualServers().stream()
        .filter(v -> v.name().startsWith(rig.address("vip") + ":80/"))
        .flatMap(v -> v.realServers().stream())
        .filter(x -> x.name().startsWith(rig.address(rs) + ":")).map(NodeStatus.RealServer::status)
        .findFirst().orElse("absent: " + r.stdout());
  }

  private static String request6(BalancerRig rig) {
    return rig.ns("client").exec(BalancerRig.CMD, "curl", "-s", "-m", "3", "-g",
        "http://[" + rig.address6("vip") + "]/").stdout().strip();
  }

  private static String config(BalancerRig rig, String node, int priority, int rs2Weight,
      Path fifo) {
    String http = "    HTTP_GET {\n      url {\n        path /\n        status_code 200\n      }\n"
        + "      connect_timeout 1\n      retry 0\n      delay_before_retry 1\n    }\n";
    String tcp = "    TCP_CHECK {\n      connect_timeout 1\n      retry 0\n"
        + "      delay_before_retry 1\n    }\n";
    return "global_defs {\n  router_id " + node + "\n  enable_snmp_checker\n  enable_traps\n"
        + (fifo == null ? "" : "  lvs_notify_fifo " + fifo + "\n") + "}\n"
        + "vrrp_instance VI_1 {\n  state BACKUP\n  interface eth0\n  virtual_router_id 81\n"
        + "  priority " + priority + "\n  advert_int 1\n"
        + "  virtual_ipaddress {\n    " + rig.address("vip") + "/24 dev eth0\n  }\n"
        + "  virtual_ipaddress_excluded {\n    " + rig.address6("vip") + "/64 dev eth0\n  }\n}\n"
        + "virtual_server " + rig.address("vip") + " 80 {\n  delay_loop 1\n  lb_algo wrr\n"
        + "  lb_kind NAT\n  protocol TCP\n  quorum 4\n"
        + "  sorry_server " + rig.address("sorry") + " 80\n"
        + "  real_server " + rig.address("rs1") + " 80 {\n    weight 3\n" + http + "  }\n"
        + "  real_server " + rig.address("rs2") + " 80 {\n    weight " + rs2Weight + "\n" + http
        + "  }\n"
        + "  real_server " + rig.address("rs3") + " 80 {\n    weight 1\n" + tcp + "  }\n}\n"
        + "virtual_server " + rig.address("vip") + " 81 {\n  lb_algo rr\n  lb_kind NAT\n"
        + "  protocol TCP\n  proxy_protocol v1\n"
        + "  real_server " + rig.address("rs1") + " 81 {\n  }\n}\n"
        + "virtual_server " + rig.address6("vip") + " 80 {\n  delay_loop 1\n  lb_algo rr\n"
        + "  lb_kind NAT\n  protocol TCP\n"
        + "  real_server " + rig.address6("rs1") + " 80 {\n" + tcp + "  }\n}\n";
  }

  /** The number of real servers up in VIP:80 from a node's metrics, -1 when absent. */
  private static int upCount(BalancerRig rig, String node) {
    return (int) value(rig.metrics(node), "jkeepalived_virtual_server_real_servers_up",
        "\"" + rig.address("vip") + ":80/");
  }

  /** The first sample of {@code family} whose labels contain {@code text}; -1 when none. */
  private static double value(String metrics, String family, String text) {
    return metrics.lines().filter(l -> l.startsWith(family + "{") && l.contains(text))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
        .orElse(-1);
  }

  /** What follows the last {@code marker} in {@code text}; empty when it has none. */
  private static String after(String text, String marker) {
    int at = text.lastIndexOf(marker);
    return at < 0 ? "" : text.substring(at + marker.length());
  }

  private static String fifoText(Path out) {
    try {
      return Files.exists(out) ? Files.readString(out) : "";
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static Proc.Result snmp(BalancerRig rig, String tool, String community,
      String... args) {
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(tool, "-v2c", "-c",
        community, "-On", "-t", "2", "-r", "1", "-M", "/dev/null", "-m", "", "127.0.0.1:16161"));
    cmd.addAll(java.util.List.of(args));
    return rig.ns("lb1").exec(BalancerRig.CMD, cmd.toArray(String[]::new));
  }

  /** One line of the held client's output, within 15 s. */
  private static String line(BufferedReader in) throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return in.readLine();
      } catch (java.io.IOException e) {
        return "error " + e.getMessage();
      }
    }).get(15, TimeUnit.SECONDS);
  }

  private static void step(String what, long start) {
    System.out.printf("LvsForwarderScenarioIT %s: %d ms%n", what,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }
}
