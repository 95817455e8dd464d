package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.VrrpState;
import org.junit.jupiter.api.Test;

/**
 * RFC 6527 vrrpv3StatisticsNewMasterReason as published by two engines on one LAN: "the reason
 * this virtual router transitioned to master state the last time", notMaster only if it never
 * did (issues 19.7 and 18.6).
 */
class NewMasterReasonEngineTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();

  private static VrrpInstanceConfig v3(int priority) {
    return TestRows.row("VI_1", 51, priority, 3, false, Duration.ofSeconds(1),
        Authentication.NONE, List.of(vip("198.18.2.100/32")), TestRows.multicast(),
        GarpTimers.DEFAULTS, true, false);
  }

  @Test
  void aRestartedHigherPriorityNodePreemptsAndTheOldMasterKeepsItsLastReason() throws Exception {
    try (FakeNode low = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
        FakeNode high = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2)) {
      assertThat(low.state()).isEmpty();
      low.start(v3(100));
      clock.advanceBy(Duration.ofSeconds(1));
      assertThat(low.state().orElseThrow().newMasterReason()).isEqualTo(NewMasterReason.NOT_MASTER);
      clock.advanceBy(Duration.ofSeconds(5));
      assertThat(low.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
      assertThat(low.state().orElseThrow().newMasterReason())
          .isEqualTo(NewMasterReason.MASTER_NO_RESPONSE);

      high.start(v3(150));
      clock.advanceBy(Duration.ofSeconds(6));
      assertThat(high.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
      assertThat(high.state().orElseThrow().newMasterReason())
          .isEqualTo(NewMasterReason.PREEMPTED);
      assertThat(low.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
      assertThat(low.state().orElseThrow().newMasterReason())
          .isEqualTo(NewMasterReason.MASTER_NO_RESPONSE);
    }
  }

  @Test
  void aBackupTakingOverAfterAPriorityZeroAdvertSaysPriority() throws Exception {
    try (FakeNode low = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
        FakeNode high = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2)) {
      high.start(v3(150));
      clock.advanceBy(Duration.ofSeconds(6));
      low.start(v3(100));
      clock.advanceBy(Duration.ofSeconds(6));
      assertThat(low.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
      high.engine.shutdown(); // a master that stops sends priority 0
      // Skew_Time (0.61 s), well before Master_Down_Interval (3.61 s)
      clock.advanceBy(Duration.ofSeconds(1));
      assertThat(low.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
      assertThat(low.state().orElseThrow().newMasterReason()).isEqualTo(NewMasterReason.PRIORITY);
    }
  }
}
