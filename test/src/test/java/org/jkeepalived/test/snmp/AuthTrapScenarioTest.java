package org.jkeepalived.test.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jkeepalived.test.rig.Netns;
import org.jkeepalived.test.vrrp.Addresses;
import org.jkeepalived.test.vrrp.Family;
import org.jkeepalived.test.vrrp.Impl;
import org.jkeepalived.test.vrrp.LabSubnet;
import org.jkeepalived.test.vrrp.VrrpConfig;
import org.jkeepalived.test.vrrp.VrrpLab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 4, "a wrong password is refused and raises vrrpTrapAuthFailure", end to end: a jkeepalived
 * backup (PASS password {@value #RIGHT}) hears a peer (keepalived 2.2.7, or jkeepalived) that
 * advertises with another password. Its agent sends RFC 2787 vrrpTrapAuthFailure to snmptrapd
 * with vrrpTrapPacketSrc = the peer's address and vrrpTrapAuthErrorType = authFailure(3), and
 * vrrpStatsAuthFailures grows.
 *
 * <p>The gate is keepalived 2.2.7's (vrrp_snmp.c, vrrp_rfcv2_snmp_auth_err_trap): enable_traps
 * and enable_snmp_rfcv2 both on, and an instance RFC 2787 covers (VRRPv2 over IPv4);
 * vrrpNotificationCntl is not consulted. The scenario reloads the node without enable_traps and
 * checks that the counter keeps growing while no trap comes any more.
 */
class AuthTrapScenarioTest {
  private static final String AUTH_FAILURE_TRAP = "1.3.6.1.2.1.68.0.2";
  private static final String PACKET_SRC = "1.3.6.1.2.1.68.1.5";
  private static final String AUTH_ERROR_TYPE = "1.3.6.1.2.1.68.1.6";
  private static final String STATS_AUTH_FAILURES = "1.3.6.1.2.1.68.2.4.1.4";
  private static final int AUTH_FAILURE = 3;
  private static final int VRID = 51;
  private static final String RIGHT = "right1";
  private static final String WRONG = "wrong2";
  private static final LabSubnet SUBNET = new LabSubnet(70);
  private static final int SINK_PORT = 16701;
  private static final int AGENT_PORT = 16702;
  private static final Duration START = Duration.ofSeconds(40);
  private static final Pattern IFINDEX = Pattern.compile("^(\\d+): ");

  @TempDir Path dir;

  @BeforeAll
  static void needsRoot() {
    assumeTrue(Netns.available(), Netns.unavailableReason());
  }

  @ParameterizedTest(name = "peer {0}")
  @EnumSource(Impl.class)
  void wrongPasswordRaisesVrrpTrapAuthFailure(Impl peer) throws Exception {
    peer.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    assumeTrue(Impl.JKEEPALIVED.unavailable().isEmpty(), "jkeepalived scenarios switched off");
    try (VrrpLab lab = VrrpLab.create("jkrla", 2, SUBNET, dir.resolve("lab"));
        TrapSink sink = TrapSink.start(dir.resolve("sink"), Optional.of(lab.node(1).netns()),
            "127.0.0.1", SINK_PORT)) {
      Netns ns1 = lab.node(1).netns();
      InetAddress peerAddress = SUBNET.node(Family.IPV4, 2);
      Path conf = dir.resolve("n1.conf");
      Files.writeString(conf, config(1, 100, RIGHT, "enable_traps\nenable_snmp_rfcv2\n").render());
      try (SnmpNode node = SnmpNode.start(ns1, dir, "n1", conf, AGENT_PORT,
          "--snmp-trap-sink=udp:127.0.0.1:" + SINK_PORT)) {
        lab.node(2).start(peer, config(2, 150, WRONG, "").toBuilder().initialMaster(true).build());
        assertThat(SnmpNode.await(START, node::agentUp)).as("agent up; log:\n%s", node.log())
            .isTrue();
        String row = ifIndex(ns1) + "." + VRID;
        Predicate<TrapRecord> authTrap = t -> t.oid().equals(AUTH_FAILURE_TRAP)
            && t.varbind(PACKET_SRC + "." + row).map(v -> v.type().equals("IpAddress")
                && v.value().strip().equals(Addresses.text(peerAddress))).orElse(false)
            && t.varbind(AUTH_ERROR_TYPE + "." + row).map(v -> v.asLong() == AUTH_FAILURE)
                .orElse(false);
        Optional<TrapRecord> trap = sink.await(authTrap, START);
        assertThat(trap).as("vrrpTrapAuthFailure from the %s peer; sink:\n%s\nlog:\n%s", peer,
            sink.output(), node.log()).isPresent();

        long first = authFailures(node, row);
        assertThat(SnmpNode.await(Duration.ofSeconds(10), () -> authFailures(node, row) > first))
            .as("vrrpStatsAuthFailures.%s grows past %d", row, first).isTrue();
        // keepalived sends one trap per refused advert (about one a second here)
        assertThat(sink.awaitCount(authTrap, 3, Duration.ofSeconds(15))).hasSizeGreaterThan(2);
        System.out.printf("peer %s: first vrrpTrapAuthFailure %s; vrrpStatsAuthFailures %d%n",
            peer, trap.get(), authFailures(node, row));

        // Without enable_traps (-x still turns on every MIB): counted, not trapped.
        Files.writeString(conf, config(1, 100, RIGHT, "enable_snmp_rfcv2\n").render());
        node.reload();
        assertThat(SnmpNode.await(Duration.ofSeconds(15),
            () -> node.log().contains("Configuration reloaded"))).as("reloaded; log:\n%s",
            node.log()).isTrue();
        Thread.sleep(1500); // a trap already on its way when the reload committed may still come
        long before = sink.traps().stream().filter(authTrap).count();
        long counted = authFailures(node, row);
        Thread.sleep(4000);
        assertThat(authFailures(node, row)).as("still counted").isGreaterThan(counted);
        assertThat(sink.traps().stream().filter(authTrap).count())
            .as("no vrrpTrapAuthFailure without enable_traps").isEqualTo(before);
      }
    }
  }

  private static VrrpConfig config(int node, int priority, String password, String global) {
    return VrrpConfig.builder()
        .routerId("n" + node)
        .vrid(VRID)
        .vip(SUBNET.vip(Family.IPV4), 24)
        .priority(priority)
        .authPass(password)
        .extraGlobal(global)
        .build();
  }

  /** vrrpStatsAuthFailures of the row, -1 when it cannot be read. */
  private static long authFailures(SnmpNode node, String row) {
    var r = node.snmp("snmpget", "public", STATS_AUTH_FAILURES + "." + row);
    Matcher m = Pattern.compile("Counter32: (\\d+)").matcher(r.stdout());
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static int ifIndex(Netns ns) {
    String out = ns.exec(SnmpNode.CMD, "ip", "-o", "link", "show", "dev", VrrpLab.IFACE).stdout();
    Matcher m = IFINDEX.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no ifindex for eth0: " + out);
    }
    return Integer.parseInt(m.group(1));
  }
}
