package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nftables rules keepalived 2.2.7 adds for macvlan VMACs, run with keepalived and with
 * jkeepalived in the same lab: node 1 runs an IPv4 and an IPv6 VMAC instance under vrrp_strict
 * with counters; node 2 runs nothing and captures. The IGMP and MLDv2 reports of the VMACs must
 * reach the wire from node 1's own MAC (re-sent through eth0), and nothing of that kind (router
 * solicitations included) leaves from a virtual router MAC. `nft list ruleset` is compared across
 * implementations, and nothing is left after SIGTERM.
 */
class VmacFirewallScenarioIT {
  private static final String PREFIX = "jkvf";
  private static final LabSubnet SUBNET = new LabSubnet(74);
  private static final Variant V3 = new Variant(3, Family.IPV4, Transport.MULTICAST);
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration REPORTS = Duration.ofSeconds(15);
  private static final Duration CMD = Duration.ofSeconds(10);
  private static final Map<String, String> RULESETS = new TreeMap<>();
  /** IGMP, and IPv6 multicast narrowed to MLDv2 reports and router solicitations. */
  private static final String FILTER = "igmp or ip6 multicast";
  private static final String DISPLAY = "igmp or icmpv6.type == 143 or icmpv6.type == 133";

  static Stream<Impl> impls() {
    return Stream.of(Impl.KEEPALIVED, Impl.JKEEPALIVED);
  }

  private static String ipv6Instance() {
    return "vrrp_instance VI_6 {\n  state MASTER\n  interface eth0\n  virtual_router_id 75\n"
        + "  priority 150\n  advert_int 0.2\n  use_vmac\n  virtual_ipaddress {\n    "
        + SUBNET.withPrefix(Family.IPV6, SUBNET.vip(Family.IPV6)) + "\n  }\n}\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impls")
  void vmacReportsLeaveThroughTheBaseInterface(Impl impl) throws IOException {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    impl.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    assumeTrue(Proc.run(CMD, "nft", "--version").ok(), "nft (Debian package nftables) missing");
    assumeTrue(Proc.run(CMD, "tshark", "--version").ok(), "tshark missing");
    Path dir = Path.of("target", "vrrp-lab", "vmacfw-" + impl.tag());
    try (VrrpLab lab = VrrpLab.create(PREFIX, 2, SUBNET, dir);
        TsharkCapture capture = TsharkCapture.start(lab.node(2).netns(), dir, "reports", FILTER, DISPLAY,
            "eth.src", "igmp.type", "icmpv6.type")) {
      LabNode n = lab.node(1);
      String baseMac = mac(n);
      VrrpTemplate t = VrrpTemplate.of(V3, SUBNET, 1);
      n.start(impl, t.node(1, 150).vrid(74).initialMaster(true)
          .extraGlobal("vrrp_strict\nnftables_counters\n").extraInstance("use_vmac")
          .extraTop(ipv6Instance()).build());
      InetAddress vip6 = SUBNET.vip(Family.IPV6);
      lab.await("both VIPs and both VMAC maps", () -> n.hasAddress("vrrp.74", t.vip())
          && n.hasAddress("vrrp.75", vip6) && ruleset(n).contains("vrrp.75"), START);
      lab.await("an IGMP and an MLD report of the VMACs re-sent from eth0's MAC",
          () -> reports(capture, baseMac, "igmp") > 0 && reports(capture, baseMac, "mld") > 0,
          REPORTS);
      List<String> virtualSources = capture.packets().stream().map(p -> p[0])
          .filter(mac -> mac.toLowerCase(Locale.ROOT).startsWith("00:00:5e:00:0")).toList();
      assertThat(virtualSources).as("reports or solicitations from a virtual router MAC")
          .isEmpty();
      String ruleset = ruleset(n);
      assertThat(ruleset).contains("map vmac_map", "\"vrrp.74\" : \"eth0\"",
          "\"vrrp.75\" : \"eth0\"", "set vmac_set", "dup to ip daddr device oif map @vmac_map",
          "dup to ip6 daddr device oif map @vmac_map", "set vips");
      RULESETS.put(impl.tag(), ruleset.replaceAll("counter packets \\d+ bytes \\d+", "counter"));
      assertThat(n.stop(Duration.ofSeconds(10))).as("clean SIGTERM exit").isTrue();
      assertThat(ruleset(n)).as("ruleset after SIGTERM").isEmpty();
    }
  }

  /** Reports of one kind from {@code mac}: IGMP (any type) or MLDv2 (ICMPv6 type 143). */
  private static long reports(TsharkCapture capture, String mac, String kind) {
    return capture.packets().stream().filter(p -> p[0].equalsIgnoreCase(mac))
        .filter(p -> kind.equals("igmp") ? !p[1].isEmpty() : p[2].equals("143")).count();
  }

  private static String mac(LabNode n) {
    String out = n.netns().exec(CMD, "cat", "/sys/class/net/eth0/address").stdout().strip();
    assertThat(out).matches("[0-9a-f:]{17}");
    return out;
  }

  private static String ruleset(LabNode n) {
    Proc.Result r = n.netns().exec(CMD, "nft", "list", "ruleset");
    return r.ok() ? r.stdout() : "";
  }

  /** jkeepalived's ruleset reads back as keepalived's, counters aside (where both ran). */
  @AfterAll
  static void sameRulesetAsKeepalived() {
    String ka = RULESETS.get(Impl.KEEPALIVED.tag());
    String jk = RULESETS.get(Impl.JKEEPALIVED.tag());
    if (ka != null && jk != null) {
      System.out.println("nft ruleset of the keepalived VMAC master:\n" + ka);
      assertThat(jk).isEqualTo(ka);
    }
  }
}
