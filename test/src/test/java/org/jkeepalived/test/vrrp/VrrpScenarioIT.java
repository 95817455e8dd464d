package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two VRRP routers on one segment, each run by keepalived or jkeepalived ({@link ImplPair}), in
 * network namespaces. Node 1 has priority 150 and starts as MASTER, node 2 has 100. What is
 * asserted is what keepalived 2.2.7 does; a jkeepalived node must do the same.
 */
class VrrpScenarioIT {
  /** Poll and scheduling tolerance on lower bounds (the daemons' timers are not exact either). */
  private static final Duration EARLY = Duration.ofMillis(30);
  /** Margin over the protocol bound for a loaded CI machine. */
  private static final Duration LATE = Duration.ofMillis(1500);
  private static final String CORE = "org.jkeepalived.test.vrrp.ScenarioMatrix#core";
  private static final String EXTENDED = "org.jkeepalived.test.vrrp.ScenarioMatrix#extended";
  private static final String AUTH = "org.jkeepalived.test.vrrp.ScenarioMatrix#auth";

  /** (a) RFC 5798 section 6.4: one master owns the VIP; the backup hears it and stays quiet. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(CORE)
  void exactlyOneMasterHoldsTheVip(Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(variant, pair, info)) {
      s.startDefault();
      // longer than the backup's Master_Down_Interval: a backup that missed the adverts would
      // have taken over within it
      Duration hold = s.masterDown(TwoNodeScenario.LOW).plus(s.advert());
      assertThat(Waits.holdsFor(() -> s.soleMaster(1), hold))
          .as("node1 sole master for %s%n%s", hold, s.lab.report())
          .isTrue();
      assertThat(s.lab.vipHolders(s.vip())).containsExactly(s.node(1));
    }
  }

  /**
   * (b) A crashed master sends nothing: the backup takes over when its Master_Down_Interval
   * expires (RFC 5798 section 6.4.2), counted from the last advert it heard.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(CORE)
  void killedMasterIsReplacedAfterMasterDownInterval(
      Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(variant, pair, info)) {
      s.startDefault();
      Duration down = s.masterDown(TwoNodeScenario.LOW);
      s.node(1).kill9();
      Duration takeover =
          s.lab.await("node2 VIP after kill -9", () -> s.node(2).hasAddress(s.vip()),
              down.plus(LATE).plus(LATE));
      s.print("takeover after kill -9", takeover, "Master_Down_Interval " + down.toMillis() + " ms");
      assertThat(takeover).isBetween(down.minus(s.advert()).minus(EARLY), down.plus(LATE));
      s.lab.await("node2 MASTER", () -> s.node(2).state() == LoggedVrrpState.MASTER, LATE);
    }
  }

  /**
   * (c) A clean stop sends priority 0 (RFC 5798 section 6.4.3), so the backup takes over after
   * Skew_Time instead of Master_Down_Interval (section 6.4.2), and the stopped node drops the VIP.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(CORE)
  void cleanStopHandsOverAfterSkewTime(Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(variant, pair, info)) {
      s.startDefault();
      Duration skew = s.skew(TwoNodeScenario.LOW);
      Duration silent = s.masterDown(TwoNodeScenario.LOW).minus(s.advert());
      long t0 = System.nanoTime();
      Thread stopper = new Thread(() -> s.node(1).stop(Duration.ofSeconds(10)), "stop-node1");
      stopper.start();
      s.lab.await("node2 VIP after SIGTERM", () -> s.node(2).hasAddress(s.vip()), silent.plus(LATE));
      Duration takeover = Duration.ofNanos(System.nanoTime() - t0);
      join(stopper);
      s.print("takeover after SIGTERM", takeover, "Skew_Time " + skew.toMillis() + " ms");
      // faster than any silent master allows: the priority-0 advert was sent and honoured
      assertThat(takeover).isBetween(skew.minus(EARLY), silent);
      assertThat(s.node(1).hasAddress(s.vip())).as("stopped node keeps no VIP").isFalse();
      assertThat(VrrpLog.sentPriorityZero(s.node(1).currentLog(), VrrpConfig.INSTANCE)).isTrue();
      s.lab.await("node2 MASTER", () -> s.node(2).state() == LoggedVrrpState.MASTER, LATE);
    }
  }

  /**
   * (d) The master's interface goes down: it enters FAULT and the backup takes over after
   * Master_Down_Interval; with the link back, the higher priority router preempts again.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(EXTENDED)
  void masterLinkDownFailsOverAndLinkUpRestores(Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(variant, pair, info)) {
      s.startDefault();
      Duration down = s.masterDown(TwoNodeScenario.LOW);
      s.node(1).linkDown();
      Duration takeover =
          s.lab.await("node2 VIP after link down", () -> s.node(2).hasAddress(s.vip()),
              down.plus(LATE).plus(LATE));
      s.print("takeover after link down", takeover, "Master_Down_Interval " + down.toMillis() + " ms");
      assertThat(takeover).isBetween(down.minus(s.advert()).minus(EARLY), down.plus(LATE));
      s.lab.await("node1 FAULT", () -> s.node(1).state() == LoggedVrrpState.FAULT, LATE);
      s.node(1).linkUp();
      Duration back = s.awaitSoleMaster(1, "node1 master again after link up");
      s.print("preempt after link up", back, "");
    }
  }

  /**
   * (d) A partition at the bridge leaves carrier up: the master never notices and stays MASTER,
   * the backup takes over too (split brain). When healed, the backup hears the higher priority and
   * returns to BACKUP (RFC 5798 section 6.4.2), leaving one master.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(EXTENDED)
  void partitionSplitsBrainAndHealingLeavesOneMaster(
      Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(variant, pair, info)) {
      s.startDefault();
      Duration down = s.masterDown(TwoNodeScenario.LOW);
      s.lab.partition(s.node(1), true);
      Duration takeover =
          s.lab.await("node2 VIP in partition", () -> s.node(2).hasAddress(s.vip()),
              down.plus(LATE).plus(LATE));
      s.print("takeover in partition", takeover, "Master_Down_Interval " + down.toMillis() + " ms");
      assertThat(s.node(1).state()).isEqualTo(LoggedVrrpState.MASTER);
      assertThat(s.lab.vipHolders(s.vip())).containsExactly(s.node(1), s.node(2));
      s.lab.partition(s.node(1), false);
      Duration healed = s.awaitSoleMaster(1, "one master after healing");
      s.print("one master after healing", healed, "");
    }
  }

  /** (e) preempt (the default): a returning higher-priority router takes the VIP back. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(EXTENDED)
  void returningHigherPriorityPreempts(Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(variant, pair, info)) {
      s.startDefault();
      s.node(1).stop(Duration.ofSeconds(10));
      s.awaitSoleMasterAmongRunning(2);
      long t0 = System.nanoTime();
      s.start(1, s.config(1).build());
      s.awaitSoleMaster(1, "node1 preempts");
      s.print("preemption after restart", Duration.ofNanos(System.nanoTime() - t0), "");
      assertThat(s.node(2).state()).isEqualTo(LoggedVrrpState.BACKUP);
    }
  }

  /**
   * (e) nopreempt (keepalived: all nodes start BACKUP): a returning higher-priority router stays
   * BACKUP while the lower-priority master keeps advertising.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(EXTENDED)
  void nopreemptKeepsTheCurrentMaster(Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(variant, pair, info)) {
      VrrpConfig one = s.config(1).initialMaster(false).nopreempt(true).build();
      // node1 first: with nopreempt whoever is master first stays so, and at 0.2 s adverts a
      // lone node2 times out before a second process has even started
      s.start(1, one);
      s.awaitSoleMasterAmongRunning(1);
      s.start(2, s.config(2).nopreempt(true).build());
      s.awaitSoleMaster(1, "node1 master, node2 backup");
      s.node(1).stop(Duration.ofSeconds(10));
      s.awaitSoleMasterAmongRunning(2);
      s.start(1, one);
      s.lab.await("node1 BACKUP after restart", () -> s.node(1).state() == LoggedVrrpState.BACKUP,
          s.masterDown(TwoNodeScenario.HIGH).plus(Duration.ofSeconds(15)));
      // a preempting node1 would take over within its Master_Down_Interval of ignoring adverts
      Duration hold = s.masterDown(TwoNodeScenario.HIGH).plus(s.advert().multipliedBy(2));
      assertThat(Waits.holdsFor(() -> s.soleMaster(2), hold))
          .as("node2 stays master for %s%n%s", hold, s.lab.report())
          .isTrue();
    }
  }

  /**
   * (f) VRRPv2 PASS authentication (RFC 2338 section 5.3.6.1; keepalived keeps it for v2): adverts
   * with the wrong password are dropped and logged, so each router hears nobody and both become
   * MASTER with the VIP.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(AUTH)
  void wrongPasswordIsRefusedAndBothBecomeMaster(Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(variant, pair, info)) {
      s.start(2, s.config(2).authPass("wrong").build());
      s.start(1, s.config(1).authPass("secret").build());
      s.lab.await("both MASTER with the VIP", () -> s.lab.nodes().stream().allMatch(
          n -> n.state() == LoggedVrrpState.MASTER && n.hasAddress(s.vip())),
          s.masterDown(TwoNodeScenario.LOW).plus(Duration.ofSeconds(15)));
      s.lab.await("both log the invalid password", () -> s.lab.nodes().stream().allMatch(
          n -> VrrpLog.authErrors(n.currentLog(), VrrpConfig.INSTANCE) > 0),
          s.advert().multipliedBy(3).plus(LATE));
      assertThat(Waits.holdsFor(() -> s.lab.vipHolders(s.vip()).size() == 2, s.advert().multipliedBy(2)))
          .as("split brain persists").isTrue();
    }
  }

  private static void join(Thread t) {
    try {
      t.join(Duration.ofSeconds(15).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
