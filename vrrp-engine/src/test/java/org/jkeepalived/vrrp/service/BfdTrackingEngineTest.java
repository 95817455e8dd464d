package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * track_bfd in the running engine: the BFD session state reaches VRRP only as bfdSessTable rows
 * in the store (here written as the BFD engine would, with {@link Origin#ENGINE}), on a fake LAN
 * with a fake clock.
 */
class BfdTrackingEngineTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  /** The session's bfdSessIndex; deliberately not the vrrpBfdTable index. */
  private static final int SESS = 7;
  private final FakeScheduler clock = new FakeScheduler(T0);
  private final FakeLan lan = new FakeLan();
  private FakeNode a;
  private FakeNode b;

  @AfterEach
  void close() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  private static BfdInstanceConfig bfd(String name, int weight, boolean toVrrp) throws Exception {
    return new BfdInstanceConfig(name, InetAddress.getByName("198.18.1.2"), null,
        Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), 5, false, 255, 64, 0,
        weight, false, toVrrp, true);
  }

  private static BfdSessState session(BfdState state) {
    return new BfdSessState(state, 0, false, BfdDiag.NO_DIAGNOSTIC, Duration.ZERO, Duration.ZERO,
        0, null, null, BfdDiag.NO_DIAGNOSTIC, 0, 0, 0, 0, null);
  }

  private static VrrpInstanceConfig tracksBfd(int priority, String bfd) {
    return TestRows.withTracking(TestRows.v3("VI_1", 51, priority, List.of(vip("198.18.2.100/32"))),
        new VrrpInstanceConfig.Tracking(List.of(), List.of(), List.of(), List.of(),
            List.of(new TrackRef(bfd, null, false)), false, false));
  }

  /** Config rows as the loader writes them: vrrpBfdTable and bfdSessTable, and the session Up. */
  private void startA(BfdInstanceConfig c, int priority) throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    b = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2);
    a.config(Tables.VRRP_BFD, 1, c);
    a.config(Tables.BFD_SESS, SESS, c);
    a.store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, Index.of(SESS), session(BfdState.UP))
        .commit();
    a.start(tracksBfd(priority, c.name()));
    b.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
    clock.advanceBy(Duration.ofSeconds(5));
  }

  /** The BFD engine publishes a session state; the store's events reach the VRRP engine. */
  private void bfdEngineSays(BfdState state) {
    a.engine.onEvents(a.store.begin(Origin.ENGINE)
        .putState(Tables.BFD_SESS, Index.of(SESS), session(state)).commit());
    clock.runPending(); // the instance row is published from the loop
  }

  private static VrrpState state(FakeNode n) {
    return n.state().orElseThrow().state();
  }

  private static int priority(FakeNode n) {
    return n.state().orElseThrow().effectivePriority();
  }

  @Test
  void sessionDownLowersPriorityByItsWeightAndUpRestoresIt() throws Exception {
    startA(bfd("b1", -60, true), 150);
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
    assertThat(priority(a)).isEqualTo(150);

    bfdEngineSays(BfdState.DOWN);
    assertThat(priority(a)).isEqualTo(90); // 150 - 60
    clock.advanceBy(Duration.ofSeconds(5)); // B's Master_Down_Timer runs out: it preempts
    assertThat(state(b)).isEqualTo(VrrpState.MASTER);
    assertThat(state(a)).isEqualTo(VrrpState.BACKUP);

    bfdEngineSays(BfdState.UP);
    assertThat(priority(a)).isEqualTo(150);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
    assertThat(state(b)).isEqualTo(VrrpState.BACKUP);
  }

  @Test
  void weightZeroSessionDownIsFaultAndUpLeavesIt() throws Exception {
    startA(bfd("b1", 0, true), 150);
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);

    bfdEngineSays(BfdState.DOWN);
    assertThat(state(a)).isEqualTo(VrrpState.FAULT);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(state(b)).isEqualTo(VrrpState.MASTER);

    bfdEngineSays(BfdState.INIT); // only Up counts as up
    assertThat(state(a)).isEqualTo(VrrpState.FAULT);

    bfdEngineSays(BfdState.UP);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
    assertThat(state(b)).isEqualTo(VrrpState.BACKUP);
  }

  @Test
  void sessionRowRemovedCountsAsDown() throws Exception {
    startA(bfd("b1", -60, true), 150);
    a.engine.onEvents(a.store.begin(Origin.ENGINE)
        .removeState(Tables.BFD_SESS, Index.of(SESS)).commit());
    clock.runPending();
    assertThat(priority(a)).isEqualTo(90);
  }

  /** A, priority 90, BACKUP to B (100), with bfd_fast_takeover on b1 and b1 Up. */
  private void startFastTakeover(boolean extension) throws Exception {
    BfdInstanceConfig c = bfd("b1", 0, true);
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    b = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2);
    a.config(Tables.VRRP_BFD, 1, c);
    a.config(Tables.BFD_SESS, SESS, c);
    a.store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, Index.of(SESS), session(BfdState.UP))
        .commit();
    a.start(TestRows.withTracking(TestRows.v3("VI_1", 51, 90, List.of(vip("198.18.2.100/32"))),
        new VrrpInstanceConfig.Tracking(List.of(), List.of(), List.of(), List.of(), List.of(),
            false, false, extension ? "b1" : null)));
    b.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
    clock.advanceBy(Duration.ofSeconds(5));
  }

  @Test
  void fastTakeoverMakesTheBackupMasterWhenTheSessionGoesDownWithoutWaiting() throws Exception {
    startFastTakeover(true);
    assertThat(state(a)).isEqualTo(VrrpState.BACKUP);
    assertThat(state(b)).isEqualTo(VrrpState.MASTER);
    b.lastSocket.close(); // B dies silently (kill -9): no priority 0 advert
    Instant before = clock.now();
    bfdEngineSays(BfdState.DOWN);
    // no time passed: not Master_Down_Interval (3 x advert_int + skew) but the BFD event itself
    assertThat(clock.now()).isEqualTo(before);
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void withoutTheExtensionTheBackupWaitsMasterDownInterval() throws Exception {
    startFastTakeover(false);
    b.lastSocket.close();
    bfdEngineSays(BfdState.DOWN);
    assertThat(state(a)).isEqualTo(VrrpState.BACKUP);
    // keepalived's path: Master_Down_Interval, 3 x 1 s + Skew_Time, after B's last advert
    clock.advanceBy(Duration.ofMillis(3700));
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void aSessionThatWasNeverUpTriggersNoTakeover() throws Exception {
    startFastTakeover(true);
    bfdEngineSays(BfdState.DOWN);
    clock.advanceBy(Duration.ofSeconds(5)); // B (100) preempts A (90) back
    assertThat(state(a)).isEqualTo(VrrpState.BACKUP);
    bfdEngineSays(BfdState.INIT); // Down -> Init: not an Up -> Down edge
    assertThat(state(a)).isEqualTo(VrrpState.BACKUP);
  }
}
