package org.jkeepalived.test.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeepalived.test.rig.WalkTypes;
import org.jkeepalived.testkit.IpvsGuest;
import org.junit.jupiter.api.Test;

/**
 * One boot of the IPVS guest, traffic.conf (two NAT services on backends at local addresses): first
 * keepalived 2.2.7 with snmpd (AgentX) and {@code enable_snmp_checker}, walked; then one
 * jkeepalived run that is walked the same way (the same OIDs with the same types as keepalived's,
 * also as saved in snmpwalk-keepalived-check.numeric.txt), carries HTTP from the VIP to both
 * backends, takes an {@code snmpset realServerWeight} into the kernel (polled for up to 10 s,
 * the script logs how long; it refuses a negative one), reloads on SIGHUP a file that changes
 * one weight while a connection through that real server stays established and counted on it (a
 * SET, not a delete and add), and on SIGTERM leaves the table as keepalived does.
 */
class LvsTrafficGuestIT {
  private static final String CHECK = "1.3.6.1.4.1.9586.100.5.3";
  @Test
  void trafficSnmpReloadAndStopInOneDaemonRun() {
    LvsGuest.assumeAvailable();
    try (IpvsGuest.Result r = LvsGuest.script("traffic.sh", Duration.ofMinutes(20), "traffic.conf")
        .run()) {
      String story = r.output() + "\n--- jkeepalived log:\n" + r.file("jk.log");
      assertThat(r.output()).as(story).doesNotContain("timeout").doesNotContain("did not stop");
      assertThat(LvsGuest.table(r.file("jk.up.txt"))).as(story).containsExactly(
          "-A -t 198.18.2.10:80 -s rr",
          "-A -t 198.18.2.10:9000 -s wrr",
          "-a -t 198.18.2.10:80 -r 198.18.2.21:8080 -m -w 1",
          "-a -t 198.18.2.10:80 -r 198.18.2.22:8080 -m -w 2",
          "-a -t 198.18.2.10:9000 -r 198.18.2.21:9000 -m -w 1");

      // SNMP: jkeepalived's walk has keepalived's OIDs and types (this run's and the saved one)
      Map<String, String> saved =
          WalkTypes.of(LvsGuest.resource("snmpwalk-keepalived-check.numeric.txt").lines().toList());
      Map<String, String> keepalived = WalkTypes.of(r.file("ka.walk.txt").lines().toList());
      Map<String, String> ours = WalkTypes.of(r.file("jk.walk.txt").lines().toList());
      assertThat(keepalived.keySet()).as("this run's keepalived walk is the saved one")
          .isEqualTo(saved.keySet());
      assertThat(differences(saved, ours)).as(r.file("jk.walk.txt")).isEmpty();

      // (b) both backends answered through the VIP
      assertThat(r.file("http.txt").lines()).as(story).hasSize(6)
          .contains("backend 1", "backend 2").allMatch(l -> l.startsWith("backend "));

      // snmpset: in the kernel (polled for up to 10 s); out of range refused
      assertThat(r.file("snmpset.txt")).as(story).contains(CHECK + ".4.1.7.1.2 = INTEGER: 7");
      assertThat(r.file("jk.snmpset.txt")).contains("-r 198.18.2.22:8080 -m -w 7");
      assertThat(r.file("snmpset-bad.txt")).containsIgnoringCase("wrongValue");

      // (c) the reload set the weight and kept the connection and its count on the real server
      assertThat(r.file("jk.reload.txt")).as(story)
          .contains("-a -t 198.18.2.10:9000 -r 198.18.2.21:9000 -m -w 4")
          .as("a reload returns the SET weight to the configured one, as keepalived")
          .contains("-a -t 198.18.2.10:80 -r 198.18.2.22:8080 -m -w 2");
      assertThat(r.file("conn.before.txt")).contains("ESTABLISHED").contains("198.18.2.21:9000");
      assertThat(established(r.file("conn.after.txt")))
          .isEqualTo(established(r.file("conn.before.txt")));
      assertThat(r.file("ln.after.txt")).as(r.file("ln.after.txt"))
          .containsPattern("198\\.18\\.2\\.21:9000\\s+Masq\\s+4\\s+1\\s");
      assertThat(r.file("client.txt")).contains("client alive");

      // (d) SIGTERM: empty, as keepalived left it
      assertThat(r.file("ka.exit.txt")).isEmpty();
      assertThat(r.file("jk.exit.txt")).as(story).isEmpty();
    }
  }

  /** The established connections of an {@code ipvsadm -Lnc} (without their expiry clocks). */
  private static List<String> established(String lnc) {
    return lnc.lines().filter(l -> l.contains("ESTABLISHED"))
        .map(l -> l.replaceAll("\\d\\d:\\d\\d", "")).toList();
  }

  private static List<String> differences(Map<String, String> theirs, Map<String, String> ours) {
    List<String> out = new ArrayList<>();
    theirs.forEach((oid, type) -> {
      String t = ours.get(oid);
      if (!type.equals(t)) {
        out.add(oid + " keepalived " + type + ", jkeepalived " + t);
      }
    });
    ours.keySet().stream().filter(k -> !theirs.containsKey(k))
        .forEach(k -> out.add(k + " only in jkeepalived's walk"));
    return out;
  }
}
