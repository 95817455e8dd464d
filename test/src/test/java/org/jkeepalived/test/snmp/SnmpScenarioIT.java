package org.jkeepalived.test.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.test.rig.SharedData;
import org.jkeepalived.test.rig.WalkTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jkeepalived as an SNMP-managed element, end to end in namespaces: net-snmp walks it and compares
 * with keepalived 2.2.7's walk, snmptrapd receives its notifications on a failover, and an
 * snmpset of vrrpInstanceBasePriority moves the VIP.
 */
class SnmpScenarioIT {
  private static final String KEEPALIVED_MIB = "1.3.6.1.4.1.9586.100.5";
  private static final String BASE_PRIORITY = KEEPALIVED_MIB + ".2.3.1.7";
  private static final String STATE_CHANGE = KEEPALIVED_MIB + ".2.10.0.2";
  private static final String V3_NEW_MASTER = "1.3.6.1.2.1.207.0.1";
  private static final String VIP = "198.18.2.100";
  private static final Duration ELECTION = Duration.ofSeconds(20);

  @TempDir Path dir;

  @BeforeAll
  static void needsRoot() {
    assumeTrue(Netns.available(), Netns.unavailableReason());
  }

  /** (a) The walk of the reference setup serves keepalived's OIDs with keepalived's types. */
  @Test
  void walkMatchesKeepalivedAsMaster() throws Exception {
    Optional<Path> shared = SharedData.root();
    assumeTrue(shared.isPresent(), "shared/conformance not present");
    Path snmp = shared.get().resolve("conformance/snmp");
    try (Netns ns = Netns.create("jkwi1")) {
      // The reference rig: node1 on la1e0 with 198.18.1.1/24 and fd00:1::1/64 (snmp-test.sh),
      // la1e0 being ifIndex 2 there (the RFC MIB rows are indexed by it). No DAD: the VRRPv3
      // IPv6 instance binds the link-local address as soon as it starts.
      noDad(ns);
      ns.ip("link", "add", "name", "la1e0", "index", "2", "type", "veth", "peer", "name", "la1e0p",
          "index", "3");
      ns.ip("link", "set", "la1e0", "up");
      ns.ip("link", "set", "la1e0p", "up");
      ns.ip("addr", "add", "198.18.1.1/24", "dev", "la1e0");
      ns.ip("addr", "add", "fd00:1::1/64", "dev", "la1e0");
      assertThat(SnmpNode.await(ELECTION, () -> ns.exec(SnmpNode.CMD, "ip", "-6", "addr", "show",
          "dev", "la1e0", "scope", "link").stdout().contains("fe80:"))).isTrue();
      try (SnmpNode node = SnmpNode.start(ns, dir, "node1", snmp.resolve("snmp-ref-node1.conf"),
          16301)) {
        boolean master = SnmpNode.await(ELECTION, () -> node.hasAddress("la1e0", "198.18.1.100")
            && node.hasAddress("la1e0", "198.18.1.101") && node.hasAddress("la1e0", "fd00:1::100"));
        assertThat(master).as("all three instances master; log:\n%s", node.log()).isTrue();
        assertThat(SnmpNode.await(ELECTION, node::agentUp)).as("agent up; log:\n%s", node.log())
            .isTrue();
        Thread.sleep(1500); // let the engine publish the stats of the last transition
        int[] ka = compare(node, snmp, "KEEPALIVED-MIB", KEEPALIVED_MIB);
        int[] v2 = compare(node, snmp, "VRRP-MIB", "1.3.6.1.2.1.68");
        int[] v3 = compare(node, snmp, "VRRPv3-MIB", "1.3.6.1.2.1.207");
        // Every OID keepalived served, with its type (147, 31 and 80 when written).
        assertThat(ka[0]).as("KEEPALIVED-MIB matches").isEqualTo(ka[1]);
        assertThat(v2[0]).as("VRRP-MIB matches").isEqualTo(v2[1]);
        assertThat(v3[0]).as("VRRPv3-MIB matches").isEqualTo(v3[1]);
        assertThat(ka[2] + v2[2] + v3[2]).as("OIDs keepalived does not serve").isZero();
      }
    }
  }

  private static void noDad(Netns ns) {
    ns.exec(SnmpNode.CMD, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
        "net.ipv6.conf.default.accept_dad=0");
  }

  /**
   * Walks {@code root} and prints and returns {matching OIDs, OIDs keepalived served, OIDs only
   * we served}.
   */
  private static int[] compare(SnmpNode node, Path snmp, String mib, String root) throws Exception {
    Map<String, String> theirs = types(Files.readAllLines(
        snmp.resolve("snmpwalk-keepalived-" + mib + "-master.numeric.txt")));
    var walk = node.snmp("snmpwalk", "public", root);
    Map<String, String> ours = types(walk.stdout().lines().toList());
    int match = 0;
    List<String> missing = new ArrayList<>();
    List<String> wrongType = new ArrayList<>();
    for (var e : theirs.entrySet()) {
      String t = ours.get(e.getKey());
      if (t == null) {
        missing.add(e.getKey());
      } else if (!t.equals(e.getValue())) {
        wrongType.add(e.getKey() + " " + t + "/" + e.getValue());
      } else {
        match++;
      }
    }
    List<String> extra = ours.keySet().stream().filter(k -> !theirs.containsKey(k)).toList();
    System.out.printf("%s: %d of %d OIDs with the same type (missing %s; other type %s; extra %s)%n",
        mib, match, theirs.size(), missing, wrongType, extra);
    return new int[] {match, theirs.size(), extra.size()};
  }

  /** OID -> type from {@code snmpwalk -On} lines. */
  static Map<String, String> types(List<String> lines) {
    return WalkTypes.of(lines);
  }

  /** Two nodes: jkwi2 (priority 150) and jkwi3 (priority 100), one VRRPv3 instance. */
  private static String conf(String routerId, String dev, int priority) {
    return "global_defs {\n  router_id " + routerId + "\n  enable_traps\n  enable_snmp_vrrp\n"
        + "  enable_snmp_rfcv3\n}\n"
        + "vrrp_instance VI_1 {\n  state BACKUP\n  interface " + dev + "\n  virtual_router_id 61\n"
        + "  priority " + priority + "\n  advert_int 1\n  version 3\n"
        + "  virtual_ipaddress {\n    " + VIP + "/24 dev " + dev + "\n  }\n}\n";
  }

  private static Netns[] pair() {
    Netns a = Netns.create("jkwi2");
    Netns b;
    try {
      b = Netns.create("jkwi3");
      a.ip("link", "add", "jw2e0", "type", "veth", "peer", "name", "jw3e0", "netns", b.name());
      a.ip("addr", "add", "198.18.2.2/24", "dev", "jw2e0");
      b.ip("addr", "add", "198.18.2.3/24", "dev", "jw3e0");
      a.ip("link", "set", "jw2e0", "up");
      b.ip("link", "set", "jw3e0", "up");
    } catch (RuntimeException e) {
      a.close();
      throw e;
    }
    return new Netns[] {a, b};
  }

  /** (b) Killing the master: the backup's agent sends vrrpInstanceStateChange and vrrpv3NewMaster. */
  @Test
  void failoverSendsStateChangeAndNewMasterTraps() throws Exception {
    Netns[] ns = pair();
    try (Netns a = ns[0]; Netns b = ns[1];
        TrapSink sink = TrapSink.start(dir.resolve("sink"), Optional.of(b), "0.0.0.0", 16310)) {
      Files.writeString(dir.resolve("n2.conf"), conf("jkwi2", "jw2e0", 150));
      Files.writeString(dir.resolve("n3.conf"), conf("jkwi3", "jw3e0", 100));
      // The master's agent listens on 127.0.0.1 (the default) and still reaches the remote sink.
      try (SnmpNode master = SnmpNode.start(a, dir, "n2", dir.resolve("n2.conf"), 16311,
              "--snmp-trap-sink=udp:198.18.2.3:16310");
          SnmpNode backup = SnmpNode.start(b, dir, "n3", dir.resolve("n3.conf"), 16312,
              "--snmp-trap-sink=udp:127.0.0.1:16310")) {
        assertThat(SnmpNode.await(ELECTION, () -> master.hasAddress("jw2e0", VIP)))
            .as("jkwi2 master; log:\n%s", master.log()).isTrue();
        assertThat(SnmpNode.await(ELECTION, backup::agentUp)).as("backup agent; log:\n%s",
            backup.log()).isTrue();
        // the master's own election is reported too, even if it came before its agent listened
        Optional<TrapRecord> first = sink.await(
            t -> t.oid().equals(STATE_CHANGE) && t.source().contains("198.18.2.2"),
            Duration.ofSeconds(10));
        assertThat(first).as("jkwi2's state change; sink:\n%s\nlog:\n%s", sink.output(),
            master.log()).isPresent();
        master.kill();
        assertThat(SnmpNode.await(ELECTION, () -> backup.hasAddress("jw3e0", VIP)))
            .as("jkwi3 takes over; log:\n%s", backup.log()).isTrue();
        Optional<TrapRecord> change = sink.await(
            t -> t.source().contains("127.0.0.1") && stateChange(t, "2"), // master(2)
            Duration.ofSeconds(10));
        Optional<TrapRecord> newMaster = sink.awaitOid(V3_NEW_MASTER, Duration.ofSeconds(10));
        System.out.println("traps received:\n" + sink.output());
        assertThat(change).as("vrrpInstanceStateChange to master; sink:\n%s", sink.output())
            .isPresent();
        assertThat(newMaster).as("vrrpv3NewMaster; sink:\n%s", sink.output()).isPresent();
      }
    }
  }

  /**
   * Issue 19 item 9: keepalived sends a vrrpInstanceStateChange per instance for init -> BACKUP
   * at start and one with state shutdown(5) when it stops; jkeepalived sent coldStart only (its
   * trap forwarders subscribed after the engines had started, and the agent closed before they
   * stopped).
   */
  @Test
  void startAndStopSendBackupAndShutdownStateChanges() throws Exception {
    Netns[] ns = pair();
    try (Netns a = ns[0]; Netns b = ns[1];
        TrapSink sink = TrapSink.start(dir.resolve("sink"), Optional.of(a), "0.0.0.0", 16330)) {
      Files.writeString(dir.resolve("n4.conf"), conf("jkwi2", "jw2e0", 150));
      SnmpNode node = SnmpNode.start(a, dir, "n4", dir.resolve("n4.conf"), 16331,
          "--snmp-trap-sink=udp:127.0.0.1:16330");
      try (node) {
        Optional<TrapRecord> backup = sink.await(t -> stateChange(t, "1"), Duration.ofSeconds(10));
        assertThat(backup).as("init -> BACKUP; sink:\n%s\nlog:\n%s", sink.output(), node.log())
            .isPresent();
        assertThat(SnmpNode.await(ELECTION, () -> node.hasAddress("jw2e0", VIP))).isTrue();
      } // SIGTERM
      Optional<TrapRecord> shutdown = sink.await(t -> stateChange(t, "5"), Duration.ofSeconds(10));
      assertThat(shutdown).as("shutdown(5) on SIGTERM; sink:\n%s\nlog:\n%s", sink.output(),
          node.log()).isPresent();
    }
  }

  /** A vrrpInstanceStateChange whose vrrpInstanceState (keepalived: no row index) is {@code code}. */
  private static boolean stateChange(TrapRecord t, String code) {
    return t.oid().equals(STATE_CHANGE)
        && t.varbind(KEEPALIVED_MIB + ".2.3.1.4").map(v -> v.value().strip().equals(code))
            .orElse(false);
  }

  /** (c) snmpset of the master's base priority below the backup's moves the VIP. */
  @Test
  void snmpsetOfBasePriorityMovesTheVip() throws Exception {
    Netns[] ns = pair();
    try (Netns a = ns[0]; Netns b = ns[1]) {
      Files.writeString(dir.resolve("n2.conf"), conf("jkwi2", "jw2e0", 150));
      Files.writeString(dir.resolve("n3.conf"), conf("jkwi3", "jw3e0", 100));
      try (SnmpNode master = SnmpNode.start(a, dir, "n2", dir.resolve("n2.conf"), 16321,
              "--snmp-write-community=private");
          SnmpNode backup = SnmpNode.start(b, dir, "n3", dir.resolve("n3.conf"), 16322)) {
        assertThat(SnmpNode.await(ELECTION, () -> master.hasAddress("jw2e0", VIP)))
            .as("jkwi2 master; log:\n%s", master.log()).isTrue();
        assertThat(SnmpNode.await(ELECTION, master::agentUp)).isTrue();
        var set = master.snmp("snmpset", "private", BASE_PRIORITY + ".1", "i", "50");
        assertThat(set.exitCode()).as("snmpset: %s %s", set.stdout(), set.stderr()).isZero();
        assertThat(SnmpNode.await(ELECTION, () -> backup.hasAddress("jw3e0", VIP)
                && !master.hasAddress("jw2e0", VIP)))
            .as("VIP on jkwi3; logs:\n%s\n%s", master.log(), backup.log()).isTrue();
        var get = master.snmp("snmpget", "public", BASE_PRIORITY + ".1");
        assertThat(get.stdout()).contains(BASE_PRIORITY + ".1 = INTEGER: 50");
      }
    }
  }

  /**
   * Issue 19 item 10: an snmpset raising the backup's base priority above the master's took over
   * in 2.7-3.5 s; the protocol bound is one Master_Down_Interval at the new priority after the
   * master's last advert (advert_int 1 s, priority 250: 3 s + 6/256 s), which came before the set.
   * Measured in the backup's own log, from its "via SNMP" line to "Entering MASTER STATE".
   */
  @Test
  void aBackupRaisedAboveTheMasterBySnmpsetTakesOverWithinTheNewMasterDownInterval()
      throws Exception {
    Netns[] ns = pair();
    try (Netns a = ns[0]; Netns b = ns[1]) {
      Files.writeString(dir.resolve("n5.conf"), conf("jkwi2", "jw2e0", 150));
      Files.writeString(dir.resolve("n6.conf"), conf("jkwi3", "jw3e0", 100));
      try (SnmpNode master = SnmpNode.start(a, dir, "n5", dir.resolve("n5.conf"), 16341);
          SnmpNode backup = SnmpNode.start(b, dir, "n6", dir.resolve("n6.conf"), 16342,
              "--snmp-write-community=private")) {
        assertThat(SnmpNode.await(ELECTION, () -> master.hasAddress("jw2e0", VIP))).isTrue();
        assertThat(SnmpNode.await(ELECTION, backup::agentUp)).isTrue();
        var snmpset = backup.snmp("snmpset", "private", BASE_PRIORITY + ".1", "i", "250");
        assertThat(snmpset.exitCode()).as("snmpset: %s %s", snmpset.stdout(), snmpset.stderr())
            .isZero();
        assertThat(SnmpNode.await(ELECTION,
                () -> backup.log().matches("(?s).*via SNMP.*Entering MASTER STATE.*")))
            .as("takeover; log:\n%s", backup.log()).isTrue();
        List<String> lines = backup.log().lines().toList();
        int set = lines.indexOf(lines.stream().filter(l -> l.contains("via SNMP")).findFirst()
            .orElseThrow());
        String tookOver = lines.subList(set, lines.size()).stream()
            .filter(l -> l.contains("Entering MASTER STATE")).findFirst().orElseThrow();
        long ms = Duration.between(logTime(lines.get(set)), logTime(tookOver)).toMillis();
        System.out.println("snmpset to MASTER: " + ms + " ms");
        // 3023 ms at most, plus the time from the set's log line to the engine and log jitter
        assertThat(ms).as("log:\n%s", backup.log()).isBetween(0L, 3150L);
      }
    }
  }

  /** The time of a log line (-D: HH:mm:ss.SSS). */
  private static java.time.LocalTime logTime(String line) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d\\d:\\d\\d:\\d\\d\\.\\d{3})").matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return java.time.LocalTime.parse(m.group(1));
  }
}
