package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accept mode (RFC 5798 section 6.1) on two routers, run with keepalived 2.2.7 and with
 * jkeepalived in the same lab: under {@code vrrp_strict} the master drops traffic to its VIP
 * through an nftables table named {@code keepalived}, the backup has no table, a ping from the
 * backup to the VIP goes unanswered, and SIGTERM removes the table; with {@code accept} the VIP
 * answers and there is no table. The master's ruleset text is compared across implementations.
 */
class AcceptModeScenarioIT {
  private static final String PREFIX = "jknf";
  private static final LabSubnet SUBNET = new LabSubnet(65);
  private static final Variant V3 = new Variant(3, Family.IPV4, Transport.MULTICAST);
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration CMD = Duration.ofSeconds(10);
  /** The master's nft listing, per test and implementation, for the comparison. */
  private static final Map<String, String> RULESETS = new TreeMap<>();

  static Stream<Impl> impls() {
    return Stream.of(Impl.KEEPALIVED, Impl.JKEEPALIVED);
  }

  private static VrrpLab lab(String test, Impl impl) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    impl.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    assumeTrue(Proc.run(CMD, "nft", "--version").ok(), "nft (Debian package nftables) missing");
    return VrrpLab.create(PREFIX, 2, SUBNET,
        Path.of("target", "vrrp-lab", "accept-" + test + "-" + impl.tag()));
  }

  private static VrrpConfig config(VrrpTemplate t, int node, String extraInstance) {
    return t.node(node, node == 1 ? 150 : 100).initialMaster(node == 1)
        .extraGlobal("vrrp_strict").extraInstance(extraInstance).build();
  }

  /**
   * Starts the master, then (once it rules) the backup, so that node 2 is never master: a backup
   * started first could win the election for a moment while node 1's JVM starts.
   */
  private static void startPair(VrrpLab lab, Impl impl, String extraInstance) {
    VrrpTemplate t = VrrpTemplate.of(V3, SUBNET, 2);
    InetAddress vip = t.vip();
    lab.node(1).start(impl, config(t, 1, extraInstance));
    lab.await("node1 master with the VIP", () -> lab.node(1).hasAddress(vip)
        && lab.node(1).state() == LoggedVrrpState.MASTER, START);
    lab.node(2).start(impl, config(t, 2, extraInstance));
    lab.await("node2 backup", () -> lab.node(2).state() == LoggedVrrpState.BACKUP, START);
    assertThat(lab.node(1).state()).isEqualTo(LoggedVrrpState.MASTER);
  }

  private static String table(LabNode n) {
    Proc.Result r = n.netns().exec(CMD, "nft", "list", "table", "ip", "keepalived");
    return r.ok() ? r.stdout() : "";
  }

  private static boolean ping(LabNode from, InetAddress to) {
    return from.netns().exec(CMD, "ping", "-n", "-c", "2", "-W", "1", to.getHostAddress()).ok();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impls")
  void strictMasterDropsTrafficToTheVipAndSigtermRemovesTheTable(Impl impl) {
    try (VrrpLab lab = lab("strict", impl)) {
      startPair(lab, impl, "");
      InetAddress vip = SUBNET.vip(Family.IPV4);
      LabNode master = lab.node(1);
      LabNode backup = lab.node(2);
      String ruleset = table(master);
      assertThat(ruleset).as("master's table").contains("set vips", vip.getHostAddress(),
          "hook input", "ip daddr @vips drop", "hook output", "ip saddr @vips drop");
      assertThat(table(backup)).as("a backup that was never master has no table").isEmpty();
      assertThat(ping(backup, vip)).as("ping to the VIP").isFalse();
      assertThat(ping(backup, SUBNET.node(Family.IPV4, 1))).as("ping to node1's own address")
          .isTrue();
      RULESETS.put("ipv4-" + impl.tag(), ruleset);

      assertThat(master.stop(Duration.ofSeconds(10))).as("clean SIGTERM exit").isTrue();
      assertThat(table(master)).as("table after SIGTERM").isEmpty();
      lab.await("node2 takes over with its own table",
          () -> table(backup).contains(vip.getHostAddress()), START);
      assertThat(ping(master, vip)).as("ping from the old master to the new one's VIP")
          .isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.jkeepalived.test.vrrp.ImplPair#subjects")
  void acceptModeAnswersOnTheVipWithoutATable(Impl impl) {
    try (VrrpLab lab = lab("accept", impl)) {
      startPair(lab, impl, "accept");
      InetAddress vip = SUBNET.vip(Family.IPV4);
      assertThat(table(lab.node(1))).isEmpty();
      assertThat(ping(lab.node(2), vip)).as("ping to the VIP").isTrue();
    }
  }

  /** IPv6 instances, link-local VIPs keyed by index and by name, and an eVIP. */
  private static final String IPV6_INSTANCES = """
      vrrp_instance VI_6 {
        state MASTER
        interface eth0
        virtual_router_id 66
        priority 150
        advert_int 0.2
        virtual_ipaddress {
          fe80::65:1/64 dev eth0
          fd00:65::100/64 dev eth0
        }
        virtual_ipaddress_excluded {
          fd00:65::101/64 dev eth0
        }
      }
      vrrp_instance VI_7 {
        state MASTER
        interface eth0
        virtual_router_id 67
        priority 150
        advert_int 0.2
        dont_track_primary
        virtual_ipaddress {
          fe80::65:2/64 dev eth0
        }
      }
      """;

  /**
   * A lone master with a named table, priority -5, counters, IPv4 and IPv6 instances: the whole
   * `nft list ruleset` (counter values blanked) is compared across implementations, and nothing
   * is left after SIGTERM.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("impls")
  void namedTableWithCountersAndIpv6(Impl impl) {
    try (VrrpLab lab = lab("ipv6", impl)) {
      VrrpTemplate t = VrrpTemplate.of(V3, SUBNET, 1);
      LabNode n = lab.node(1);
      n.start(impl, t.node(1, 150).initialMaster(true)
          .extraGlobal("vrrp_strict\nnftables jknft\nnftables_priority -5\nnftables_counters\n")
          .extraTop(IPV6_INSTANCES).build());
      lab.await("VIPs of three instances", () -> n.hasAddress(t.vip())
          && n.hasAddress(SUBNET.host(Family.IPV6, 101)) && ruleset(n).contains("fe80::65:2"),
          START);
      String ruleset = ruleset(n);
      assertThat(ruleset).contains("table ip jknft", "table ip6 jknft", "priority filter - 5",
          "fd00:65::100", "fd00:65::101", "vips_link_local", "vips_link_local_name");
      RULESETS.put("ipv6-" + impl.tag(), ruleset);
      assertThat(n.stop(Duration.ofSeconds(10))).isTrue();
      assertThat(ruleset(n)).isEmpty();
    }
  }

  /**
   * promote_secondaries: the flag is 1 on the instance's interface while it runs and 0 again
   * after SIGTERM; the VIP, primary of its subnet (the second LabSubnet), goes at SIGTERM and an
   * address added after it in that subnet survives (it is deleted with the VIP without the flag,
   * the control case).
   */
  @ParameterizedTest(name = "{0} promote={1}")
  @MethodSource("promoteCases")
  void promoteSecondariesKeepsTheOtherAddressesOfTheVipsSubnet(Impl impl, boolean promote) {
    try (VrrpLab lab = lab("promote" + promote, impl)) {
      LabSubnet other = new LabSubnet(66);
      VrrpTemplate t = VrrpTemplate.of(V3, SUBNET, 1);
      LabNode n = lab.node(1);
      n.start(impl, t.node(1, 150).initialMaster(true)
          .extraTop("vrrp_instance VI_P {\n  state MASTER\n  interface eth0\n"
              + "  virtual_router_id 66\n  priority 150\n  advert_int 0.2\n"
              + (promote ? "  promote_secondaries\n" : "") + "  virtual_ipaddress {\n    "
              + other.withPrefix(Family.IPV4, other.vip(Family.IPV4)) + " dev eth0\n  }\n}\n")
          .build());
      InetAddress vip = other.vip(Family.IPV4);
      InetAddress secondary = other.host(Family.IPV4, 5);
      lab.await("VIP of VI_P", () -> n.hasAddress(vip), START);
      assertThat(sysctl(n)).isEqualTo(promote ? "1" : "0");
      n.netns().ip("addr", "add", other.withPrefix(Family.IPV4, secondary), "dev", "eth0");
      assertThat(n.stop(Duration.ofSeconds(10))).isTrue();
      assertThat(n.hasAddress(vip)).isFalse();
      assertThat(n.hasAddress(secondary)).as("the later address of the subnet").isEqualTo(promote);
      assertThat(sysctl(n)).as("flag after exit").isEqualTo("0");
    }
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> promoteCases() {
    return Stream.concat(ImplPair.subjects().stream().filter(i -> i == Impl.KEEPALIVED)
        .map(i -> org.junit.jupiter.params.provider.Arguments.of(i, true)), Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(Impl.JKEEPALIVED, true),
        org.junit.jupiter.params.provider.Arguments.of(Impl.JKEEPALIVED, false)));
  }

  private static String sysctl(LabNode n) {
    return n.netns().exec(CMD, "cat", "/proc/sys/net/ipv4/conf/eth0/promote_secondaries")
        .stdout().strip();
  }

  private static String ruleset(LabNode n) {
    Proc.Result r = n.netns().exec(CMD, "nft", "list", "ruleset");
    return r.ok() ? r.stdout().replaceAll("counter packets \\d+ bytes \\d+", "counter") : "";
  }

  /** jkeepalived's tables read back exactly as keepalived's (where both ran). */
  @AfterAll
  static void sameRulesetsAsKeepalived() {
    for (String test : new String[] {"ipv4-", "ipv6-"}) {
      String ka = RULESETS.get(test + Impl.KEEPALIVED.tag());
      String jk = RULESETS.get(test + Impl.JKEEPALIVED.tag());
      if (ka != null && jk != null) {
        System.out.println("nft ruleset of the keepalived master (" + test + "):\n" + ka);
        assertThat(jk).as(test + " ruleset").isEqualTo(ka);
      }
    }
  }
}
