package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * keepalived 2.2.7's own run (shared/conformance/ipvs): the same keepalived.conf gives the same
 * kernel calls in the same order (its decoded netlink messages: NEW_SERVICE then a NEW_DEST per
 * real server; a failed check DEL_DEST, its recovery NEW_DEST) and the same {@code ipvsadm -Sn}.
 * At SIGTERM keepalived sends DEL_DEST for each real server then DEL_SERVICE; jkeepalived sends
 * the DEL_SERVICE alone, with which the kernel unlinks every destination (ip_vs_ctl.c
 * __ip_vs_del_service): the same empty table in one command instead of one per real server
 * (bench/lvs/measured/2026-12-07-session6.md).
 */
class ConformanceTest {
  static final Path DIR = Path.of("/work/shared/conformance/ipvs");

  @Test
  void startFailRecoverStopAsKeepalived() throws IOException {
    try (LvsRig rig = LvsRig.start(Files.readString(DIR.resolve("keepalived.conf")))) {
      assertThat(rig.ipvs.save().lines().toList())
          .isEqualTo(Files.readString(DIR.resolve("ipvsadm-S.txt")).lines().toList());

      rig.verdict("198.18.2.22 8080", 0, false);
      rig.verdict("198.18.2.22 8080", 0, true);
      rig.core.shutdown();

      assertThat(rig.ipvs.calls()).containsExactly(
          "NEW_SERVICE tcp 198.18.2.10:80 rr",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 1",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080 masq w 2",
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080 masq w 2",
          "DEL_SERVICE tcp 198.18.2.10:80");
      assertThat(rig.ipvs.save()).isEmpty();
      assertThat(rig.checks.closed()).isTrue();
    }
  }

  @Test
  void keepalivedsNetlinkServiceAttributes() throws IOException {
    // IPVS_CMD_NEW_SERVICE: flags 0, timeout 0, netmask 0xffffffff for a non-persistent service
    String decoded = Files.readString(DIR.resolve("keepalived-netlink.decoded.txt"));
    assertThat(decoded).contains("IPVS_SVC_ATTR_NETMASK: 0xffffffff", "IPVS_SVC_ATTR_TIMEOUT: 0");
    try (LvsRig rig = LvsRig.start(Files.readString(DIR.resolve("keepalived.conf")))) {
      var s = rig.ipvs.serviceTable().get(0);
      assertThat(s.netmask()).isEqualTo(0xFFFFFFFFL);
      assertThat(s.timeoutSeconds()).isZero();
      assertThat(s.flags()).isZero();
      assertThat(rig.ipvs.destinationTable(s.key()))
          .extracting(d -> d.weight() + " " + d.forwarding() + " " + d.upperThreshold())
          .containsExactly("1 0 0", "2 0 0");
    }
  }
}
