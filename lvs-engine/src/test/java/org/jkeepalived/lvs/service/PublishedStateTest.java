package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.mibs.config.lvs.CheckerKind;
import org.jkeepalived.mibs.model.CheckDurations;
import org.jkeepalived.mibs.model.CheckerState;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.notify.CheckNotifications;
import org.jkeepalived.mibs.notify.Notification;
import org.jkeepalived.mibs.oid.KeepalivedCheckMib;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.junit.jupiter.api.Test;

/**
 * The state the engine publishes: real and virtual server status, the IPVS counters polled from
 * the kernel, and the traps the agent's forwarder makes of those state changes (KEEPALIVED-MIB
 * realServerStateChange and virtualServerQuorumStateChange, gated by enable_snmp_checker).
 */
class PublishedStateTest {
  static final String CONF = """
      global_defs {
        router_id lb1
        enable_traps
        enable_snmp_checker
      }
      virtual_server 198.18.2.10 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        quorum 2
        real_server 198.18.2.21 8080 {
          weight 2
          TCP_CHECK {
          }
        }
        real_server 198.18.2.22 8080 {
          weight 1
          TCP_CHECK {
          }
        }
      }
      """;

  @Test
  void countersArePolledIntoTheStore() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      IpvsServiceKey svc = IpvsServiceKey.of(6, LvsRig.addr("198.18.2.10"), 80);
      IpvsCounters vs = new IpvsCounters(3, 18, 18, 1305, 1572, 1, 2, 3, 4, 5);
      IpvsCounters rs = new IpvsCounters(1, 6, 6, 435, 524, 0, 0, 0, 0, 0);
      rig.ipvs.setServiceStats(svc, vs);
      rig.ipvs.setDestinationStats(svc, new IpvsDestKey(LvsRig.addr("198.18.2.21"), 8080), rs,
          1, 2, 0);
      int dumps = rig.ipvs.dumps();

      rig.advance(LvsCore.STATS_INTERVAL.plus(LvsCore.COUNTER_DELAY));

      assertThat(rig.vs(1).stats())
          .isEqualTo(new IpvsStats(3, 0, 0, 0, 18, 18, 1305, 1572, 1, 2, 3, 4, 5));
      assertThat(rig.rs(1, 1).stats())
          .isEqualTo(new IpvsStats(1, 1, 2, 0, 6, 6, 435, 524, 0, 0, 0, 0, 0));
      assertThat(rig.rs(1, 2).stats()).isEqualTo(IpvsStats.ZERO);
      // one service dump and one destination dump per service, every interval
      assertThat(rig.ipvs.dumps() - dumps).isEqualTo(2);
      rig.advance(Duration.ofSeconds(10));
      assertThat(rig.ipvs.dumps() - dumps).isEqualTo(6);
    }
  }

  @Test
  void statusAndQuorumArePublishedAndMakeKeepalivedsTraps() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      RealServerState rsBefore = rig.rs(1, 1);
      VirtualServerState vsBefore = rig.vs(1);
      assertThat(vsBefore.realServersUp()).isEqualTo(2);
      assertThat(vsBefore.quorumStatus()).isEqualTo(QuorumStatus.MET);

      rig.verdict("198.18.2.21 8080", 0, false);

      RealServerState rsAfter = rig.rs(1, 1);
      VirtualServerState vsAfter = rig.vs(1);
      assertThat(rsAfter.status()).isEqualTo(RealServerStatus.DEAD);
      assertThat(vsAfter.quorumStatus()).isEqualTo(QuorumStatus.NOT_MET);
      assertThat(vsAfter.realServersUp()).isEqualTo(1);

      var snap = rig.store.snapshot();
      Notification rsTrap = CheckNotifications.realServerStateChange(new StoreEvent(
          Tables.REAL_SERVER, Index.of(1, 1), Part.STATE, rsBefore, rsAfter, Origin.ENGINE), snap)
          .orElseThrow();
      assertThat(rsTrap.trapOid()).isEqualTo(KeepalivedCheckMib.realServerStateChange);
      assertThat(rsTrap.varbinds()).filteredOn(v -> v.oid().equals(KeepalivedCheckMib.realServerStatus))
          .extracting(v -> v.value()).containsExactly(RealServerStatus.DEAD.code());
      assertThat(rsTrap.varbinds())
          .filteredOn(v -> v.oid().equals(KeepalivedCheckMib.virtualServerRealServersUp))
          .extracting(v -> v.value()).containsExactly(1L);
      Notification qTrap = CheckNotifications.quorumStateChange(new StoreEvent(
          Tables.VIRTUAL_SERVER, Index.of(1), Part.STATE, vsBefore, vsAfter, Origin.ENGINE), snap)
          .orElseThrow();
      assertThat(qTrap.trapOid()).isEqualTo(KeepalivedCheckMib.virtualServerQuorumStateChange);
      assertThat(qTrap.varbinds())
          .filteredOn(v -> v.oid().equals(KeepalivedCheckMib.virtualServerQuorumStatus))
          .extracting(v -> v.value()).containsExactly(QuorumStatus.NOT_MET.code());
    }
  }

  @Test
  void noTrapWithoutEnableSnmpChecker() {
    try (LvsRig rig = LvsRig.start(CONF.replace("enable_snmp_checker", ""))) {
      RealServerState before = rig.rs(1, 1);
      rig.verdict("198.18.2.21 8080", 0, false);
      assertThat(CheckNotifications.realServerStateChange(new StoreEvent(Tables.REAL_SERVER,
          Index.of(1, 1), Part.STATE, before, rig.rs(1, 1), Origin.ENGINE), rig.store.snapshot()))
          .isEmpty();
    }
  }

  @Test
  void eachCheckersVerdictReasonAndProbeTimesArePublished() {
    String conf = CONF.replace("weight 1\n", "weight 1\n    SMTP_CHECK {\n    }\n");
    try (LvsRig rig = LvsRig.start(conf)) {
      String server = "198.18.2.22 8080";
      rig.verdict(server, 0, CheckVerdict.down("Connection timeout to server [198.18.2.22]:25"));
      CheckId smtp = new CheckId(rig.checks.checksOf(" rs " + server).get(0).realServer(), 0);
      rig.loop.execute(() -> rig.core.probed(smtp, Duration.ofMillis(3)));
      rig.loop.execute(() -> rig.core.probed(smtp, Duration.ofMillis(700)));
      rig.settle();
      assertThat(rig.rs(1, 2).checkers()).as("counters wait for the counter delay")
          .extracting(c -> c.durations().count()).containsExactly(0L, 0L);

      rig.advance(LvsCore.COUNTER_DELAY);

      RealServerState st = rig.rs(1, 2);
      assertThat(st.failedChecks()).isEqualTo(1);
      assertThat(st.checkers()).extracting(CheckerState::kind)
          .containsExactly(CheckerKind.SMTP_CHECK, CheckerKind.TCP_CHECK);
      assertThat(st.checkers()).extracting(CheckerState::up).containsExactly(false, true);
      assertThat(st.checkers().get(0).reason())
          .isEqualTo("Connection timeout to server [198.18.2.22]:25");
      CheckDurations d = st.checkers().get(0).durations();
      assertThat(d.count()).isEqualTo(2);
      assertThat(d.sum()).isEqualTo(Duration.ofMillis(703));
      assertThat(d.last()).isEqualTo(Duration.ofMillis(700));
      assertThat(st.checkers().get(1).durations()).isEqualTo(CheckDurations.NONE);
    }
  }

  @Test
  void aSlowStatisticsPollComesBackAfterTenTimesItsDurationNotEveryInterval() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      // every dump holds the loop 400 ms, as a slow kernel read does: a poll of the one
      // service (a service dump and a destination dump) takes 0.8 s
      rig.ipvs.onDump(() -> rig.loop.stall(Duration.ofMillis(400)));
      Instant started = rig.loop.now();
      int dumps = rig.ipvs.dumps();
      rig.advance(LvsCore.STATS_INTERVAL);
      assertThat(rig.ipvs.dumps() - dumps).as("the first poll, on time").isEqualTo(2);

      // it ended at 5.8 s; the next is 8 s (10 x 0.8 s) later, not 5 s
      Instant next = started.plus(Duration.ofMillis(5_800 + 8_000));
      rig.advance(Duration.between(rig.loop.now(), next).minusMillis(1));
      assertThat(rig.ipvs.dumps() - dumps).as("not at 5 s after it").isEqualTo(2);
      rig.advance(Duration.ofMillis(1));
      assertThat(rig.ipvs.dumps() - dumps).isEqualTo(4);
    }
  }

  @Test
  void theNextPollIsTheIntervalOrTenTimesTheLastPollsDuration() {
    assertThat(LvsCore.nextStatsPoll(Duration.ZERO)).isEqualTo(LvsCore.STATS_INTERVAL);
    assertThat(LvsCore.nextStatsPoll(Duration.ofMillis(30))).isEqualTo(LvsCore.STATS_INTERVAL);
    assertThat(LvsCore.nextStatsPoll(Duration.ofMillis(500))).isEqualTo(LvsCore.STATS_INTERVAL);
    assertThat(LvsCore.nextStatsPoll(Duration.ofMillis(501))).isEqualTo(Duration.ofMillis(5_010));
    assertThat(LvsCore.nextStatsPoll(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void probeTimesTheCheckersLeftAreTakenInWithTheStatisticsPoll() {
    String conf = CONF.replace("weight 1\n", "weight 1\n    SMTP_CHECK {\n    }\n");
    try (LvsRig rig = LvsRig.start(conf)) {
      CheckId smtp = new CheckId(rig.checks.checksOf(" rs 198.18.2.22 8080").get(0).realServer(), 0);
      rig.probeTimes.record(smtp, Duration.ofMillis(3)); // as a checker's loop does
      rig.probeTimes.record(smtp, Duration.ofMillis(700));
      rig.advance(LvsCore.STATS_INTERVAL.minusMillis(1));
      assertThat(rig.rs(1, 2).checkers().get(0).durations()).as("not before the poll")
          .isEqualTo(CheckDurations.NONE);

      rig.advance(Duration.ofMillis(1).plus(LvsCore.COUNTER_DELAY));

      CheckDurations d = rig.rs(1, 2).checkers().get(0).durations();
      assertThat(d).isEqualTo(CheckDurations.NONE.plus(Duration.ofMillis(3))
          .plus(Duration.ofMillis(700)));
      assertThat(rig.rs(1, 2).checkers().get(1).durations()).isEqualTo(CheckDurations.NONE);
    }
  }
}
