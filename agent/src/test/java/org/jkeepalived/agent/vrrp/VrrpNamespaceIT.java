package org.jkeepalived.agent.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * jkeepalived daemons on real sockets in two namespaces: against each other, and against the real
 * keepalived 2.2.7 in both directions (v2 PASS, v3 IPv4, v3 IPv6). Needs root.
 */
class VrrpNamespaceIT {
  private static final Duration ELECTION = Duration.ofSeconds(15);
  private NsPair lab;

  @BeforeEach
  void setUp() throws Exception {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "needs root for network namespaces and raw sockets");
    lab = NsPair.create();
  }

  @AfterEach
  void tearDown() {
    if (lab != null) {
      lab.close();
    }
  }

  private static String conf(String ns, int priority, String version, String auth, String vip) {
    return "global_defs {\n  router_id " + ns + "\n  vrrp_garp_master_delay 1\n}\n"
        + "vrrp_instance VI_1 {\n  state BACKUP\n  interface " + NsPair.IFACE + "\n"
        + "  virtual_router_id 51\n  priority " + priority + "\n  advert_int 1\n"
        + "  version " + version + "\n" + auth
        + "  virtual_ipaddress {\n    " + vip + "\n  }\n}\n";
  }

  private static final String PASS =
      "  authentication {\n    auth_type PASS\n    auth_pass secret\n  }\n";

  private static boolean holds(String ns, String vip) {
    return NsPair.addresses(ns).contains(" " + vip);
  }

  private void failoverBetween(boolean jk1, boolean jk2, String version, String auth,
      String vip) throws Exception {
    String shown = vip.replaceAll("/\\d+$", "/");
    Path c1 = lab.conf("n1.conf", conf(lab.ns1, 150, version, auth, vip));
    Path c2 = lab.conf("n2.conf", conf(lab.ns2, 100, version, auth, vip));
    // The higher priority router first, so the election has one outcome whatever the start-up
    // times (a JVM starts slower than keepalived).
    Process p1 = jk1 ? lab.jkeepalived(lab.ns1, "n1", c1) : lab.keepalived(lab.ns1, "n1", c1);
    assertThat(NsPair.await(ELECTION, () -> holds(lab.ns1, shown)))
        .as("n1 alone becomes master\n%s", lab.log("n1")).isTrue();
    Process p2 = jk2 ? lab.jkeepalived(lab.ns2, "n2", c2) : lab.keepalived(lab.ns2, "n2", c2);
    assertThat(NsPair.await(ELECTION, () -> holds(lab.ns1, shown)
        && lab.log("n2").contains("(VI_1) Entering BACKUP STATE")))
        .as("n1 master with the VIP, n2 backup\nn1:\n%s\nn2:\n%s", lab.log("n1"), lab.log("n2"))
        .isTrue();
    // Stable: the backup does not take the VIP while the master runs (longer than its
    // Master_Down_Interval of 3.6 s).
    Thread.sleep(4000);
    assertThat(holds(lab.ns2, shown)).as(lab.log("n2")).isFalse();
    assertThat(lab.log("n2")).doesNotContain("(VI_1) Entering MASTER STATE");
    NsPair.stop(p1);
    assertThat(NsPair.await(ELECTION, () -> holds(lab.ns2, shown)))
        .as("VIP moves to n2\nn1:\n%s\nn2:\n%s", lab.log("n1"), lab.log("n2")).isTrue();
    assertThat(holds(lab.ns1, shown)).isFalse();
    assertThat(lab.log("n2")).contains("(VI_1) Entering MASTER STATE");
    if (jk1) {
      assertThat(lab.log("n1")).contains("(VI_1) sent 0 priority");
    }
    NsPair.stop(p2);
  }

  @Test
  void twoJkeepalivedElectOneMasterAndTheVipMovesWhenItStops() throws Exception {
    failoverBetween(true, true, "3", "", "198.18.77.100/32");
  }

  @Test
  void jkeepalivedMasterKeepalivedBackupV2Pass() throws Exception {
    failoverBetween(true, false, "2", PASS, "198.18.77.100/32");
  }

  @Test
  void keepalivedMasterJkeepalivedBackupV2Pass() throws Exception {
    failoverBetween(false, true, "2", PASS, "198.18.77.100/32");
  }

  @Test
  void jkeepalivedMasterKeepalivedBackupV3() throws Exception {
    failoverBetween(true, false, "3", "", "198.18.77.100/32");
  }

  @Test
  void keepalivedMasterJkeepalivedBackupV3() throws Exception {
    failoverBetween(false, true, "3", "", "198.18.77.100/32");
  }

  @Test
  void jkeepalivedMasterKeepalivedBackupV3Ipv6() throws Exception {
    failoverBetween(true, false, "3", "", "fd00:77::100/64");
  }

  @Test
  void keepalivedMasterJkeepalivedBackupV3Ipv6() throws Exception {
    failoverBetween(false, true, "3", "", "fd00:77::100/64");
  }
}
