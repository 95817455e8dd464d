package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.watch.FileEvent;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.TrackFileConfig;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpScriptConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.ScriptResult;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.TrackerState;
import org.jkeepalived.mibs.model.VrrpScriptState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tracking and sync groups in the running engine: two routers on a fake LAN, fake scripts, file
 * watcher and links, a fake clock.
 */
class TrackingEngineTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final FakeScheduler clock = new FakeScheduler(T0);
  private final FakeLan lan = new FakeLan();
  private FakeNode a;
  private FakeNode b;
  @TempDir Path dir;

  @AfterEach
  void close() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  private void nodes() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    b = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2);
  }

  private static VrrpInstanceConfig v3(int priority, VrrpInstanceConfig.Tracking t) {
    return TestRows.withTracking(
        TestRows.v3("VI_1", 51, priority, List.of(vip("198.18.2.100/32"))), t);
  }

  private static VrrpInstanceConfig.Tracking scripts(TrackRef... refs) {
    return TestRows.tracks(List.of(), List.of(refs), List.of());
  }

  private static VrrpScriptConfig script(String name, int weight) {
    return new VrrpScriptConfig(name, new ScriptSpec(List.of("/jktw/" + name), null, null),
        Duration.ofSeconds(1), null, weight, false, 1, 1, false);
  }

  private static VrrpState state(FakeNode n) {
    return n.state().orElseThrow().state();
  }

  private static int priority(FakeNode n) {
    return n.state().orElseThrow().effectivePriority();
  }

  @Test
  void failingScriptWithNegativeWeightHandsMastershipOverAndRecoveryTakesItBack()
      throws Exception {
    nodes();
    a.config(Tables.VRRP_SCRIPT, 1, script("chk", -60));
    a.start(v3(150, scripts(new TrackRef("chk", null, false))));
    b.start(v3(100, TestRows.tracking(false)));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
    assertThat(priority(a)).isEqualTo(150);
    assertThat(a.store.snapshot().state(Tables.VRRP_SCRIPT, Index.of(1)))
        .contains(new VrrpScriptState(ScriptResult.GOOD));
    assertThat(a.scripts.runs("/jktw/chk")).isGreaterThanOrEqualTo(5);

    a.scripts.exitWith("/jktw/chk", 1);
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(priority(a)).isEqualTo(90); // 150 - 60, announced at once
    assertThat(a.store.snapshot().state(Tables.VRRP_SCRIPT, Index.of(1)))
        .contains(new VrrpScriptState(ScriptResult.BAD));
    clock.advanceBy(Duration.ofSeconds(5)); // B's Master_Down_Timer runs out: it preempts
    assertThat(state(b)).isEqualTo(VrrpState.MASTER);
    assertThat(state(a)).isEqualTo(VrrpState.BACKUP);
    assertThat(a.vipsOnLink()).isEmpty();
    assertThat(b.vipsOnLink()).hasSize(1);

    a.scripts.exitWith("/jktw/chk", 0);
    clock.advanceBy(Duration.ofSeconds(6));
    assertThat(priority(a)).isEqualTo(150);
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
    assertThat(state(b)).isEqualTo(VrrpState.BACKUP);
  }

  @Test
  void reloadAppliesTheNewBaseAndScriptWeightWithTheTrackersState() throws Exception {
    nodes();
    a.config(Tables.VRRP_SCRIPT, 1, script("chk", -60));
    VrrpInstanceConfig row = v3(150, scripts(new TrackRef("chk", null, false)));
    a.start(row);
    a.scripts.exitWith("/jktw/chk", 1);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(priority(a)).isEqualTo(90);
    a.set(Origin.SNMP_SET, TestRows.withPriority(row, 200));
    assertThat(a.engine.instance("VI_1").orElseThrow().state().priority()).isEqualTo(140);
    a.engine.onEvents(a.store.begin(Origin.CONFIG_LOAD)
        .putConfig(Tables.VRRP_SCRIPT, Index.of(1), script("chk", -100)).commit());
    // the script restarts (its declaration changed): pending, then failed again
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(priority(a)).isEqualTo(100);
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void weightZeroScriptFailureIsFaultAndSuccessComesBack() throws Exception {
    nodes();
    a.config(Tables.VRRP_SCRIPT, 1, script("chk", 0));
    a.start(v3(150, scripts(new TrackRef("chk", null, false))));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
    a.scripts.exitWith("/jktw/chk", 2);
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(state(a)).isEqualTo(VrrpState.FAULT);
    assertThat(a.vipsOnLink()).isEmpty();
    assertThat(priority(a)).isEqualTo(150); // weight 0 does not change the priority
    a.scripts.exitWith("/jktw/chk", 0);
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(state(a)).isEqualTo(VrrpState.BACKUP);
    clock.advanceBy(Duration.ofSeconds(4));
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
    assertThat(a.engine.history("VI_1")).containsSubsequence(
        VrrpFsmState.MASTER, VrrpFsmState.FAULT,
        VrrpFsmState.BACKUP, VrrpFsmState.MASTER);
  }

  @Test
  void weightZeroScriptHoldsTheInstanceInInitUntilItsFirstResult() throws Exception {
    nodes();
    a.config(Tables.VRRP_SCRIPT, 1, script("chk", 0));
    a.scripts.exitWith("/jktw/chk", 1);
    a.start(v3(150, scripts(new TrackRef("chk", null, false))));
    assertThat(a.engine.instance("VI_1").orElseThrow().state().state())
        .isEqualTo(VrrpFsmState.INITIALIZE);
    clock.advanceBy(Duration.ofSeconds(5));
    // the first result was a failure: straight from INIT to FAULT, never BACKUP
    assertThat(a.engine.history("VI_1"))
        .containsExactly(VrrpFsmState.FAULT);
  }

  @Test
  void trackFileAddsValueTimesWeightAndFaultsAtMinus254() throws Exception {
    nodes();
    Path f = dir.resolve("prio");
    Files.writeString(f, "-4\n");
    a.config(Tables.VRRP_FILE, 1, new TrackFileConfig("tf", f.toString(), 1, false, false, 0,
        false));
    a.start(v3(150, TestRows.tracks(List.of(), List.of(),
        List.of(new TrackRef("tf", 5, false)))));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(priority(a)).isEqualTo(130); // 150 + (-4 * 5)
    assertThat(a.store.snapshot().state(Tables.VRRP_FILE, Index.of(1)))
        .contains(new TrackerState(false, -4));
    Files.writeString(f, "3\n");
    a.files.fire(dir, "prio", FileEvent.Kind.WRITTEN);
    clock.runPending();
    assertThat(priority(a)).isEqualTo(165);
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
    Files.writeString(f, "-60\n"); // -300 <= -254: FAULT whatever the base priority
    a.files.fire(dir, "prio", FileEvent.Kind.WRITTEN);
    clock.runPending();
    assertThat(state(a)).isEqualTo(VrrpState.FAULT);
  }

  @Test
  void trackInterfaceDownIsFaultWithWeightZeroAndLowersPriorityWithAWeight() throws Exception {
    nodes();
    a.start(v3(150, TestRows.tracks(List.of(new TrackRef("eth1", null, false)), List.of(),
        List.of())));
    b.start(v3(100, TestRows.tracks(List.of(new TrackRef("eth1", -30, false)), List.of(),
        List.of())));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(state(a)).isEqualTo(VrrpState.MASTER);
    b.links.setRunning(FakeNode.IFINDEX1, false);
    clock.runPending();
    assertThat(state(b)).isEqualTo(VrrpState.BACKUP);
    assertThat(priority(b)).isEqualTo(70);
    a.links.setRunning(FakeNode.IFINDEX1, false);
    clock.runPending();
    assertThat(state(a)).isEqualTo(VrrpState.FAULT);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(state(b)).isEqualTo(VrrpState.MASTER);
    a.links.setRunning(FakeNode.IFINDEX1, true);
    clock.runPending();
    assertThat(state(a)).isEqualTo(VrrpState.BACKUP);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(state(a)).isEqualTo(VrrpState.MASTER); // preempts B's 70
  }

  private static VrrpSyncGroupConfig group() {
    return new VrrpSyncGroupConfig("G1", List.of("VI_1", "VI_2"), List.of(), List.of(), List.of(),
        List.of(), List.of(), null, false, null, false, false);
  }

  private static void startGroup(FakeNode n, int priority) throws Exception {
    n.config(Tables.VRRP_SYNC_GROUP, 1, group());
    VrrpInstanceConfig vi1 = TestRows.v3("VI_1", 51, priority, List.of(vip("198.18.2.100/32")));
    VrrpInstanceConfig vi2 = TestRows.onInterface(
        TestRows.v3("VI_2", 52, priority, List.of(vip("198.18.4.100/32"))), "eth1");
    n.start(vi1, vi2);
  }

  private static VrrpState groupState(FakeNode n) {
    return n.store.snapshot().state(Tables.VRRP_SYNC_GROUP, Index.of(1))
        .map(VrrpSyncGroupState::state).orElseThrow();
  }

  /** Issue 19 sibling review: at SIGTERM the group's last state is shutdown(5), as keepalived's. */
  @Test
  void aStoppedSyncGroupReadsShutdown() throws Exception {
    nodes();
    startGroup(a, 150);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(groupState(a)).isEqualTo(VrrpState.MASTER);
    a.engine.shutdown();
    clock.runPending();
    assertThat(a.state(1).orElseThrow().state()).isEqualTo(VrrpState.SHUTDOWN);
    assertThat(groupState(a)).isEqualTo(VrrpState.SHUTDOWN);
  }

  @Test
  void syncGroupOnTwoInterfacesFailsOverAsOne() throws Exception {
    nodes();
    startGroup(a, 150);
    startGroup(b, 100);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state(1).orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.state(2).orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(groupState(a)).isEqualTo(VrrpState.MASTER);
    assertThat(groupState(b)).isEqualTo(VrrpState.BACKUP);

    a.links.setRunning(FakeNode.IFINDEX1, false); // only VI_2's interface
    clock.runPending();
    assertThat(a.state(1).orElseThrow().state()).isEqualTo(VrrpState.FAULT);
    assertThat(a.state(2).orElseThrow().state()).isEqualTo(VrrpState.FAULT);
    assertThat(groupState(a)).isEqualTo(VrrpState.FAULT);
    assertThat(a.vipsOnLink()).isEmpty();
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(b.state(1).orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(b.state(2).orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(groupState(b)).isEqualTo(VrrpState.MASTER);
    assertThat(b.vipsOnLink()).hasSize(2);

    a.links.setRunning(FakeNode.IFINDEX1, true);
    clock.runPending();
    assertThat(a.state(1).orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(a.state(2).orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(groupState(a)).isEqualTo(VrrpState.MASTER);
    assertThat(groupState(b)).isEqualTo(VrrpState.BACKUP);
  }

  @Test
  void aMemberBecomesMasterOnlyWhenEveryMemberWantsToAndThenAllDo() throws Exception {
    nodes();
    startGroup(a, 150);
    // B runs VI_1 alone with a higher priority; VI_2 has no peer at all.
    b.start(TestRows.v3("VI_1", 51, 200, List.of(vip("198.18.2.100/32"))));
    clock.advanceBy(Duration.ofSeconds(10));
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    // VI_2's Master_Down_Timer ran out, but VI_1 hears a master: the group stays BACKUP
    assertThat(a.state(2).orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(a.engine.instance("VI_2").orElseThrow().wantsMaster()).isTrue();
    assertThat(groupState(a)).isEqualTo(VrrpState.BACKUP);

    b.engine.shutdown(); // priority 0: A's VI_1 takes over after Skew_Time, VI_2 with it
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(a.state(1).orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.state(2).orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.engine.history("VI_2")).containsExactly(
        VrrpFsmState.BACKUP, VrrpFsmState.MASTER);
    assertThat(groupState(a)).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void aMemberHearingAHigherPriorityMasterTakesTheOtherMemberToBackup() throws Exception {
    nodes();
    startGroup(a, 150);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state(1).orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.state(2).orElseThrow().state()).isEqualTo(VrrpState.MASTER);

    // B runs VI_1 alone with a higher priority: it preempts A's VI_1; VI_2 has no peer at all.
    b.start(TestRows.v3("VI_1", 51, 200, List.of(vip("198.18.2.100/32"))));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.state(1).orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(a.state(2).orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(a.engine.history("VI_2")).containsExactly(
        VrrpFsmState.BACKUP, VrrpFsmState.MASTER,
        VrrpFsmState.BACKUP);
    assertThat(a.vipsOnLink()).isEmpty();
    assertThat(groupState(a)).isEqualTo(VrrpState.BACKUP);

    // VI_2's Master_Down_Timer runs out, but VI_1 still hears B: the group stays BACKUP
    clock.advanceBy(Duration.ofSeconds(10));
    assertThat(a.state(2).orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(groupState(a)).isEqualTo(VrrpState.BACKUP);
  }
}
