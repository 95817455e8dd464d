package org.jkeepalived.test.snmp;

import org.jkeepalived.mibs.config.IpText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jkeepalived.test.vrrp.ImplPair;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.jkeepalived.test.vrrp.Family;
import org.jkeepalived.test.vrrp.Impl;
import org.jkeepalived.test.vrrp.LabNode;
import org.jkeepalived.test.vrrp.LabSubnet;
import org.jkeepalived.test.vrrp.VrrpConfig;
import org.jkeepalived.test.vrrp.VrrpLab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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
 * checks that the counter keeps growing while no trap comes any more. The same scenario with
 * keepalived in the receiver's place (through snmpd as AgentX master) is the oracle.
 */
class AuthTrapScenarioIT {
  private static final String AUTH_FAILURE_TRAP = "1.3.6.1.2.1.68.0.2";
  private static final String PACKET_SRC = "1.3.6.1.2.1.68.1.5";
  private static final String AUTH_ERROR_TYPE = "1.3.6.1.2.1.68.1.6";
  private static final String STATS_AUTH_FAILURES = "1.3.6.1.2.1.68.2.4.1.4";
  private static final int AUTH_FAILURE = 3;
  private static final int VRID = 51;
  private static final String RIGHT = "right1";
  private static final String WRONG = "wrong2";
  private static final LabSubnet SUBNET = new LabSubnet(70);
  /** Node 1's unicast peer: no host has it (see {@link #silence}). */
  private static final InetAddress SILENT = SUBNET.host(Family.IPV4, 99);
  private static final int SINK_PORT = 16701;
  private static final int AGENT_PORT = 16702;
  private static final Duration START = Duration.ofSeconds(40);
  private static final Pattern IFINDEX = Pattern.compile("^(\\d+): ");

  @TempDir Path dir;

  @BeforeAll
  static void needsRoot() {
    assumeTrue(Netns.available(), Netns.unavailableReason());
  }

  /** The node under test: it hears the wrong password, counts it and (maybe) traps it. */
  private interface Receiver {
    /** Whether its SNMP agent serves the row yet. */
    boolean ready(String row);

    /** vrrpStatsAuthFailures of the row, -1 when it cannot be read. */
    long authFailures(String row);

    /** Rewrites its configuration without enable_traps, SIGHUP, waits for the reload. */
    void reloadWithoutTraps() throws Exception;

    String log();
  }

  @ParameterizedTest(name = "peer {0}")
  @EnumSource(Impl.class)
  void wrongPasswordRaisesVrrpTrapAuthFailure(Impl peer) throws Exception {
    peer.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    Impl.JKEEPALIVED.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    try (VrrpLab lab = VrrpLab.create("jkrla", 2, SUBNET, dir.resolve("lab"));
        TrapSink sink = TrapSink.start(dir.resolve("sink"), Optional.of(lab.node(1).netns()),
            "127.0.0.1", SINK_PORT)) {
      Netns ns1 = lab.node(1).netns();
      silence(ns1);
      Path conf = dir.resolve("n1.conf");
      Files.writeString(conf, config(1, 100, RIGHT, "enable_traps\nenable_snmp_rfcv2\n").render());
      try (SnmpNode node = SnmpNode.start(ns1, dir, "n1", conf, AGENT_PORT,
          "--snmp-trap-sink=udp:127.0.0.1:" + SINK_PORT)) {
        lab.node(2).start(peer, config(2, 150, WRONG, "").toBuilder().initialMaster(true).build());
        check(peer, "jkeepalived", lab, sink, new Receiver() {
          @Override
          public boolean ready(String row) {
            return node.agentUp();
          }

          @Override
          public long authFailures(String row) {
            return counter(node.snmp("snmpget", "public", STATS_AUTH_FAILURES + "." + row));
          }

          @Override
          public void reloadWithoutTraps() throws Exception {
            // -x still turns every MIB on, enable_traps stays off
            Files.writeString(conf, config(1, 100, RIGHT, "enable_snmp_rfcv2\n").render());
            node.reload();
            assertThat(SnmpNode.await(Duration.ofSeconds(15),
                () -> node.log().contains("Configuration reloaded"))).as("reloaded; log:\n%s",
                node.log()).isTrue();
          }

          @Override
          public String log() {
            return node.log();
          }
        });
      }
    }
  }

  /**
   * The oracle's peers: a jkeepalived sender (keepalived judges jkeepalived's adverts); a
   * keepalived sender too with the full matrix.
   */
  static java.util.stream.Stream<Impl> oraclePeers() {
    return Boolean.getBoolean(ImplPair.FULL_MATRIX)
        ? java.util.stream.Stream.of(Impl.values())
        : java.util.stream.Stream.of(Impl.JKEEPALIVED);
  }

  /**
   * The oracle: keepalived 2.2.7 in the receiver's place, its SNMP through snmpd (AgentX master,
   * trap2sink to the same snmptrapd), sends the same notification with the same varbinds.
   */
  @ParameterizedTest(name = "peer {0}")
  @MethodSource("oraclePeers")
  void keepalivedRaisesTheSameTrap(Impl peer) throws Exception {
    peer.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    Impl.KEEPALIVED.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    try (VrrpLab lab = VrrpLab.create("jkrla", 2, SUBNET, dir.resolve("lab"));
        TrapSink sink = TrapSink.start(dir.resolve("sink"), Optional.of(lab.node(1).netns()),
            "127.0.0.1", SINK_PORT);
        AgentxMaster snmpd = AgentxMaster.start(lab.node(1).netns(), dir.resolve("snmpd"),
            Optional.of("127.0.0.1:" + SINK_PORT))) {
      LabNode n1 = lab.node(1);
      silence(n1.netns());
      String snmp = snmpd.socketKeyword() + "enable_snmp_rfcv2\n";
      n1.start(Impl.KEEPALIVED, config(1, 100, RIGHT, snmp + "enable_traps\n"));
      lab.node(2).start(peer, config(2, 150, WRONG, "").toBuilder().initialMaster(true).build());
      check(peer, "keepalived", lab, sink, new Receiver() {
        @Override
        public boolean ready(String row) {
          return authFailures(row) >= 0;
        }

        @Override
        public long authFailures(String row) {
          // keepalived 2.2.7 answers a GET of any RFC 2787 table cell with noSuchInstance (its
          // AgentX handlers serve GETNEXT only): walk the column and pick the row
          String out = n1.netns().exec(SnmpNode.CMD, "snmpwalk", "-v2c", "-c", "public", "-On",
              "-t", "2", "-r", "1", "-M", "/dev/null", "-m", "", "127.0.0.1:161",
              STATS_AUTH_FAILURES).stdout();
          String prefix = "." + STATS_AUTH_FAILURES + "." + row + " = ";
          return out.lines().filter(l -> l.startsWith(prefix)).findFirst()
              .map(l -> counter(l)).orElse(-1L);
        }

        @Override
        public void reloadWithoutTraps() {
          int at = n1.currentLog().length();
          n1.reload(config(1, 100, RIGHT, snmp));
          assertThat(SnmpNode.await(Duration.ofSeconds(15),
              () -> n1.currentLog().substring(at).contains("Reload complete")))
              .as("reloaded; log:\n%s", n1.currentLog()).isTrue();
        }

        @Override
        public String log() {
          return n1.currentLog() + "\nsnmpd:\n" + snmpd.log();
        }
      });
    }
  }

  /**
   * The trap comes with the peer's address and authFailure(3), once per refused advert, and the
   * counter grows; after a reload without enable_traps the counter still grows and no trap comes.
   */
  private static void check(Impl peer, String receiver, VrrpLab lab, TrapSink sink, Receiver node)
      throws Exception {
    InetAddress peerAddress = SUBNET.node(Family.IPV4, 2);
    String row = ifIndex(lab.node(1).netns()) + "." + VRID;
    assertThat(SnmpNode.await(START, () -> node.ready(row))).as("agent up; log:\n%s", node.log())
        .isTrue();
    Predicate<TrapRecord> authTrap = t -> t.oid().equals(AUTH_FAILURE_TRAP)
        && t.varbind(PACKET_SRC + "." + row).map(v -> v.type().equals("IpAddress")
            && v.value().strip().equals(IpText.format(peerAddress))).orElse(false)
        && t.varbind(AUTH_ERROR_TYPE + "." + row).map(v -> v.asLong() == AUTH_FAILURE)
            .orElse(false);
    Optional<TrapRecord> trap = sink.await(authTrap, START);
    assertThat(trap).as("vrrpTrapAuthFailure from %s, %s peer; sink:\n%s\nlog:\n%s", receiver,
        peer, sink.output(), node.log()).isPresent();

    long first = node.authFailures(row);
    assertThat(SnmpNode.await(Duration.ofSeconds(10), () -> node.authFailures(row) > first))
        .as("vrrpStatsAuthFailures.%s grows past %d", row, first).isTrue();
    // one trap per refused advert (about one a second here)
    assertThat(sink.awaitCount(authTrap, 3, Duration.ofSeconds(15))).hasSizeGreaterThan(2);
    System.out.printf("%s, %s peer: first vrrpTrapAuthFailure %s; vrrpStatsAuthFailures %d%n",
        receiver, peer, trap.get(), node.authFailures(row));

    node.reloadWithoutTraps();
    Thread.sleep(2000); // a trap already on its way when the reload took effect may still come
    long before = sink.traps().stream().filter(authTrap).count();
    long counted = node.authFailures(row);
    Thread.sleep(4000);
    assertThat(node.authFailures(row)).as("still counted; log:\n%s\nlab:\n%s", node.log(), lab.report())
        .isGreaterThan(counted);
    assertThat(sink.traps().stream().filter(authTrap).count())
        .as("no vrrpTrapAuthFailure without enable_traps").isEqualTo(before);
  }

  /**
   * Node {@code node}'s configuration, unicast: the peer (node 2) advertises to node 1, node 1 to
   * an address nobody answers ({@link #SILENT}). A keepalived 2.2.7 master that keeps receiving
   * adverts it refuses, as often as it sends its own, can stop sending (its advert timer is
   * pushed back by each refused advert): the peer must never hear node 1, or it may fall silent
   * and node 1's counter stop.
   */
  private static VrrpConfig config(int node, int priority, String password, String global) {
    InetAddress to = node == 1 ? SILENT : SUBNET.node(Family.IPV4, 1);
    return VrrpConfig.builder()
        .routerId("n" + node)
        .vrid(VRID)
        .vip(SUBNET.vip(Family.IPV4), 24)
        .priority(priority)
        .authPass(password)
        .unicast(SUBNET.node(Family.IPV4, node), List.of(to))
        .extraGlobal(global)
        .build();
  }

  /** Gives node 1 a neighbour entry for {@link #SILENT}, so that its adverts go nowhere. */
  private static void silence(Netns ns1) {
    ns1.ip("neigh", "replace", IpText.format(SILENT), "lladdr", "02:00:00:00:00:63", "dev",
        VrrpLab.IFACE, "nud", "permanent");
  }

  /** The Counter32 an snmpget printed, -1 if none. */
  private static long counter(Proc.Result r) {
    return counter(r.stdout());
  }

  private static long counter(String text) {
    Matcher m = Pattern.compile("Counter32: (\\d+)").matcher(text);
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
