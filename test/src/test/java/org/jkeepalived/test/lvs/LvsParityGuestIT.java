package org.jkeepalived.test.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jkeepalived.testkit.IpvsGuest;
import org.junit.jupiter.api.Test;

/**
 * In one boot of the IPVS guest, keepalived 2.2.7 and then jkeepalived start on parity.conf (every
 * scheduler with its flags, one-packet scheduling, NAT, DR and TUN with ipip, gue and gre and
 * their checksum options, persistence with timeout, granularity and the sip engine, fwmark
 * services of both families, virtual_server_groups with a range, a CIDR and fwmarks, IPv6,
 * thresholds; real servers without checkers, always up): the kernel's table after each start is
 * the same ({@code ipvsadm -Sn}), and after each SIGTERM too (empty, as keepalived leaves it);
 * with {@code -I} jkeepalived leaves its table in place.
 */
class LvsParityGuestIT {
  @Test
  void jkeepalivedProgramsAndReleasesWhatKeepalivedDoes() {
    LvsGuest.assumeAvailable();
    try (IpvsGuest.Result r = LvsGuest.script("parity.sh", Duration.ofMinutes(20), "parity.conf")
        .run()) {
      String story = r.output() + "\n--- jkeepalived log:\n" + r.file("jk.log");
      assertThat(r.output()).as(story).doesNotContain("timeout").doesNotContain("did not stop");
      var keepalived = LvsGuest.table(r.file("ka.up.txt"));
      assertThat(keepalived).as("keepalived programmed the file; " + story).hasSize(65);
      assertThat(LvsGuest.table(r.file("jk.up.txt"))).as(story)
          .containsExactlyElementsOf(keepalived);
      assertThat(r.file("ka.exit.txt")).as("keepalived's table after SIGTERM").isEmpty();
      assertThat(r.file("jk.exit.txt")).as("jkeepalived's table after SIGTERM; " + story)
          .isEqualTo(r.file("ka.exit.txt"));
      assertThat(LvsGuest.table(r.file("jk-I.exit.txt")))
          .as("-I keeps the table after SIGTERM; " + story).containsExactlyElementsOf(keepalived);
    }
  }
}
