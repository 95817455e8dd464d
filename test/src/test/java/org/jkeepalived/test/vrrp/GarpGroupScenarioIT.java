package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * garp_group on the wire: two address owners on one interface of a garp_group with
 * garp_interval 0.1 s, VI_1 with one VIP and VI_2 with two, 5 repeats each. keepalived 2.2.7
 * sends one ARP at once and queues the rest one slot apart, keeping at most one waiting per
 * address: 4 ARPs in all (15 without the group), the last about 0.3 s after the first. (When its
 * queue timer runs late, keepalived sends a new master's first ARP at once ahead of the queue,
 * which makes 5; jkeepalived's slots are fixed when queued, so it always makes 4.)
 * Captured with tshark in the node's namespace; keepalived and jkeepalived alike.
 */
class GarpGroupScenarioIT {
  private static final LabSubnet SUBNET = new LabSubnet(65);
  private static final Variant V3 = new Variant(3, Family.IPV4, Transport.MULTICAST);
  private static final Duration INTERVAL = Duration.ofMillis(100);

  /** jkeepalived; keepalived too (the oracle) with the full matrix. */
  static Stream<Impl> impls() {
    return ImplPair.subjects().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impls")
  void garpGroupSpacesTheBurstsOfTwoInstancesOnOneSchedule(Impl impl) throws Exception {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    impl.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    assumeTrue(Proc.run(Duration.ofSeconds(10), "tshark", "--version").ok(), "tshark missing");
    try (VrrpLab lab = VrrpLab.create("jknf", 1, SUBNET,
        Path.of("target", "vrrp-lab", "garp-group-" + impl.tag()))) {
      LabNode n = lab.node(1);
      Path out = lab.dir().resolve("arp.txt");
      Process tshark = new ProcessBuilder("ip", "netns", "exec", n.netns().name(), "tshark",
          "-i", "eth0", "-n", "-l", "-f", "arp", "-a", "duration:40", "-T", "fields",
          "-e", "frame.time_epoch", "-e", "arp.src.proto_ipv4")
          .redirectOutput(out.toFile())
          .redirectError(lab.dir().resolve("tshark.err").toFile()).start();
      try {
        lab.await("tshark capturing", () -> read(lab.dir().resolve("tshark.err"))
            .contains("Capturing on"), Duration.ofSeconds(30));
        VrrpTemplate t = VrrpTemplate.of(V3, SUBNET, 1);
        String vip2 = SUBNET.host(Family.IPV4, 101).getHostAddress();
        String vip3 = SUBNET.host(Family.IPV4, 102).getHostAddress();
        n.start(impl, t.node(1, 255).initialMaster(true)
            .extraGlobal("vrrp_garp_master_delay 0\n")
            .extraTop("garp_group {\n  garp_interval " + VrrpConfig.seconds(INTERVAL)
                + "\n  interface eth0\n}\n"
                + "vrrp_instance VI_2 {\n  state MASTER\n  interface eth0\n"
                + "  virtual_router_id 52\n  priority 255\n  advert_int 0.2\n  version 3\n"
                + "  virtual_ipaddress {\n    " + vip2 + "/24 dev eth0\n    " + vip3
                + "/24 dev eth0\n  }\n}\n")
            .build());
        lab.await("4 gratuitous ARPs", () -> times(out).size() >= 4, Duration.ofSeconds(40));
        // few more come: the repeats asked for while an address had one waiting were dropped
        lab.waitUntil(() -> times(out).size() > 5, Duration.ofSeconds(3));
        List<BigDecimal> times = times(out);
        BigDecimal span = times.get(3).subtract(times.get(0));
        System.out.printf("garp_group %s: %d GARPs of 2 instances, 4th %s s after the 1st%n",
            impl, times.size(), span);
        assertThat(times.size()).as("GARPs (15 unpaced)").isBetween(4, 5);
        if (impl == Impl.JKEEPALIVED) {
          assertThat(times).hasSize(4);
        }
        assertThat(senders(out)).contains("198.18.65.100", "198.18.65.101", "198.18.65.102");
        // three slots of 0.1 s; the first ARP itself may leave a little after its slot began
        assertThat(span).as("first to fourth GARP, s")
            .isGreaterThanOrEqualTo(new BigDecimal("0.25"));
        n.stop(Duration.ofSeconds(10));
      } finally {
        tshark.destroy();
        if (!tshark.waitFor(10, TimeUnit.SECONDS)) {
          tshark.destroyForcibly();
        }
      }
    }
  }

  /**
   * A reload that adds a garp_group paces the bursts after it: an address owner with a VIP and
   * two excluded VIPs refreshes its GARPs every 2 s, 5 repeats; unpaced each refresh is 15 ARPs
   * at once (keepalived and jkeepalived alike), after the reload adding a 0.1 s garp_group on
   * eth0 a refresh is one ARP per address spread over slots 0.1 s apart (keepalived re-reads
   * garp_group on SIGHUP; so does jkeepalived).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("impls")
  void aReloadAddingAGarpGroupPacesTheNextRefresh(Impl impl) throws Exception {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    impl.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    assumeTrue(Proc.run(Duration.ofSeconds(10), "tshark", "--version").ok(), "tshark missing");
    Path dir = Path.of("target", "vrrp-lab", "garp-reload-" + impl.tag());
    try (VrrpLab lab = VrrpLab.create("jknf", 1, SUBNET, dir);
        TsharkCapture arps = TsharkCapture.start(lab.node(1).netns(), dir, "arp", "arp", null,
            "frame.time_epoch", "arp.src.proto_ipv4")) {
      LabNode n = lab.node(1);
      VrrpTemplate t = VrrpTemplate.of(V3, SUBNET, 1);
      String evips = "virtual_ipaddress_excluded {\n    "
          + SUBNET.host(Family.IPV4, 101).getHostAddress() + "/24 dev eth0\n    "
          + SUBNET.host(Family.IPV4, 102).getHostAddress() + "/24 dev eth0\n  }";
      VrrpConfig.Builder b = t.node(1, 255).initialMaster(true)
          .extraGlobal("vrrp_garp_master_delay 0\nvrrp_garp_master_repeat 5\n"
              + "vrrp_garp_master_refresh 2\nvrrp_garp_master_refresh_repeat 5\n")
          .extraInstance(evips);
      n.start(impl, b.build());
      lab.await("two unpaced refreshes", () -> bursts(arps).size() >= 3, Duration.ofSeconds(30));
      List<List<BigDecimal>> before = bursts(arps);
      System.out.printf("%s before the reload: bursts of %s ARPs%n", impl,
          before.stream().map(List::size).toList());
      assertThat(before.get(before.size() - 2)).as("an unpaced refresh").hasSize(15);

      n.reload(b.extraTop("garp_group {\n  garp_interval 0.1\n  interface eth0\n}\n").build());
      int seen = before.size();
      lab.await("two refreshes after the reload", () -> bursts(arps).size() >= seen + 3,
          Duration.ofSeconds(20));
      List<List<BigDecimal>> after = bursts(arps);
      System.out.printf("%s after the reload: bursts of %s ARPs%n", impl,
          after.stream().map(List::size).toList());
      List<BigDecimal> paced = after.get(after.size() - 2);
      assertThat(paced.size()).as("a paced refresh: one queued ARP per address")
          .isBetween(3, 4);
      assertThat(paced.get(2).subtract(paced.get(0))).as("first to third ARP, s")
          .isGreaterThanOrEqualTo(new BigDecimal("0.15"));
      n.stop(Duration.ofSeconds(10));
    }
  }

  /** The VIPs' ARP times, grouped into bursts (gaps over 0.5 s); the last may be incomplete. */
  private static List<List<BigDecimal>> bursts(TsharkCapture arps) {
    List<BigDecimal> times = arps.packets().stream()
        .filter(f -> f[1].matches("198\\.18\\.65\\.10[012]"))
        .map(f -> new BigDecimal(f[0])).sorted().toList();
    List<List<BigDecimal>> out = new java.util.ArrayList<>();
    for (BigDecimal at : times) {
      if (out.isEmpty() || at.subtract(out.get(out.size() - 1).get(out.get(out.size() - 1)
          .size() - 1)).compareTo(new BigDecimal("0.5")) > 0) {
        out.add(new java.util.ArrayList<>());
      }
      out.get(out.size() - 1).add(at);
    }
    return out;
  }

  /** Capture times of the GARPs for the two VIPs, in order. */
  private static List<BigDecimal> times(Path out) {
    return read(out).lines().map(l -> l.split("\t"))
        .filter(f -> f.length == 2 && f[1].matches("198\\.18\\.65\\.10[012]"))
        .map(f -> new BigDecimal(f[0])).sorted().toList();
  }

  private static List<String> senders(Path out) {
    return read(out).lines().map(l -> l.split("\t"))
        .filter(f -> f.length == 2 && f[1].matches("198\\.18\\.65\\.10[012]"))
        .map(f -> f[1]).toList();
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
