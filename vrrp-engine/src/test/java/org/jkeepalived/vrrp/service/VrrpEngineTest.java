package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.raw.FakeRawIpSocket;
import org.jkeepalived.linux.rtnl.AddressEvent;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.UnicastPeer;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.AddressStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAddressRow;
import org.jkeepalived.mibs.model.VrrpAddressState;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpCodec;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The VRRP service on fakes: two routers on an in-memory LAN, a fake clock, fake kernel ports. */
class VrrpEngineTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final FakeScheduler clock = new FakeScheduler(T0);
  private final FakeLan lan = new FakeLan();
  private FakeNode a;
  private FakeNode b;

  private void twoNodes(VrrpInstanceConfig rowA, VrrpInstanceConfig rowB) throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    b = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2);
    a.start(rowA);
    b.start(rowB);
  }

  @AfterEach
  void close() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  private static VrrpInstanceConfig v3(int priority) {
    return TestRows.v3("VI_1", 51, priority, List.of(vip("198.18.2.100/32")));
  }

  /**
   * Issue 19 item 8: the master's VIP row read vrrpAddressStatus unset(2) and vrrpAddressIfIndex
   * 0 (the loader's placeholder, never updated) while the VIP was on the interface; keepalived
   * reads set(1) and the interface's index. The rows follow what the engine installed.
   */
  @Test
  void vipRowsSayWhetherTheVipIsOnTheInterfaceAndWhichInterface() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    b = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2);
    for (FakeNode n : List.of(a, b)) {
      n.store.begin(Origin.CONFIG_LOAD)
          .putConfig(Tables.VRRP_ADDRESS, Index.of(1, 1),
              new VrrpAddressRow(vip("198.18.2.100/32"), "eth0", VrrpAddressRow.Kind.VIRTUAL))
          .putState(Tables.VRRP_ADDRESS, Index.of(1, 1),
              new VrrpAddressState(AddressStatus.UNSET, 0))
          .commit();
    }
    a.start(v3(150));
    b.start(v3(100));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.vipsOnLink()).containsExactly(ip("198.18.2.100"));
    assertThat(a.store.snapshot().state(Tables.VRRP_ADDRESS, Index.of(1, 1)))
        .contains(new VrrpAddressState(AddressStatus.SET, FakeNode.IFINDEX));
    assertThat(b.store.snapshot().state(Tables.VRRP_ADDRESS, Index.of(1, 1)))
        .contains(new VrrpAddressState(AddressStatus.UNSET, FakeNode.IFINDEX));
    a.engine.shutdown(); // priority 0: b takes over, and its row follows
    a.close();
    a = null;
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(b.store.snapshot().state(Tables.VRRP_ADDRESS, Index.of(1, 1)))
        .contains(new VrrpAddressState(AddressStatus.SET, FakeNode.IFINDEX));
  }

  /**
   * Issue 19 sibling review (a derived value): a master whose VIP was deleted under it kept
   * MASTER and vrrpInstanceVipsStatus allSet, read from what it had added. keepalived
   * (keepalived_netlink.c: "If one of our VIPs/eVIPs has been deleted, transition to backup")
   * leaves MASTER, and is master again with its VIPs after its own Skew_Time when nobody
   * outranks it.
   */
  @Test
  void aMasterWhoseVipIsDeletedUnderItLeavesMasterAndTakesItBack() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    a.start(v3(150));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    var vip = a.addresses.list(0).stream()
        .filter(x -> x.address().equals(ip("198.18.2.100"))).findFirst().orElseThrow();
    a.addresses.delete(vip); // the fake manager is not wired to the monitor: emit by hand
    a.links.emitAddress(new AddressEvent(AddressEvent.Kind.REMOVED, vip));
    clock.runPending();
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(a.state().orElseThrow().vipsStatus()).isEqualTo(VipsStatus.NOT_ALL_SET);
    clock.advanceBy(Duration.ofSeconds(1)); // Skew_Time at 150: (106/256) s
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.vipsOnLink()).containsExactly(ip("198.18.2.100"));
    assertThat(a.state().orElseThrow().vipsStatus()).isEqualTo(VipsStatus.ALL_SET);
    // keepalived's release_master counts the one MASTER -> BACKUP; become_master both entries
    assertThat(a.state().orElseThrow().stats().releaseMaster()).isEqualTo(1);
    assertThat(a.state().orElseThrow().stats().becomeMaster()).isEqualTo(2);
  }

  @Test
  void higherPriorityBecomesMasterAndOnlyItHoldsTheVip() throws Exception {
    twoNodes(v3(150), v3(100));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(a.vipsOnLink()).containsExactly(ip("198.18.2.100"));
    assertThat(b.vipsOnLink()).isEmpty();
    assertThat(a.state().orElseThrow().vipsStatus()).isEqualTo(VipsStatus.ALL_SET);
    assertThat(b.state().orElseThrow().masterAddress()).isEqualTo(ip("198.18.1.1"));
    assertThat(b.state().orElseThrow().stats().advertiseRcvd()).isGreaterThan(0);
    assertThat(a.state().orElseThrow().stats().becomeMaster()).isEqualTo(1);
    assertThat(a.state().orElseThrow().stats().releaseMaster()).isZero();
    assertThat(b.state().orElseThrow().stats().advertiseSent()).isZero();
    // the master's adverts reach the store at most SENT_COUNT_PUBLISH_INTERVAL (+ the counter
    // batch) after they are sent
    int sentBy5s = a.lastSocket.sent().size();
    assertThat(a.state().orElseThrow().stats().advertiseSent())
        .isPositive().isLessThanOrEqualTo(sentBy5s);
    clock.advanceBy(InstanceRuntime.SENT_COUNT_PUBLISH_INTERVAL.plusSeconds(1));
    assertThat(a.state().orElseThrow().stats().advertiseSent())
        .isGreaterThanOrEqualTo(sentBy5s).isLessThanOrEqualTo(a.lastSocket.sent().size());
  }

  /**
   * A backup at advert_int 0.1 hears ten adverts a second; their counts reach the store in
   * batches (at most one commit per COUNTER_PUBLISH_DELAY), yet none is lost.
   */
  @Test
  void receivedAdvertCountsReachTheStoreInBatchesAndComplete() throws Exception {
    Duration advert = Duration.ofMillis(100);
    twoNodes(TestRows.row("VI_1", 51, 150, 3, false, advert, Authentication.NONE,
            List.of(vip("198.18.2.100/32")), TestRows.multicast(), GarpTimers.DEFAULTS, true, false),
        TestRows.row("VI_1", 51, 100, 3, false, advert, Authentication.NONE,
            List.of(vip("198.18.2.100/32")), TestRows.multicast(), GarpTimers.DEFAULTS, true, false));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    clock.advanceBy(VrrpEngine.COUNTER_PUBLISH_DELAY); // nothing left pending
    long versionBefore = b.store.snapshot().version();
    long countBefore = b.state().orElseThrow().stats().advertiseRcvd();

    clock.advanceBy(Duration.ofSeconds(2)); // 20 adverts
    clock.advanceBy(VrrpEngine.COUNTER_PUBLISH_DELAY);

    long commits = b.store.snapshot().version() - versionBefore;
    long counted = b.state().orElseThrow().stats().advertiseRcvd() - countBefore;
    assertThat(counted).isBetween(19L, 26L);
    long batches = Duration.ofMillis(2500).dividedBy(VrrpEngine.COUNTER_PUBLISH_DELAY) + 1;
    assertThat(commits).as("store commits for %d adverts", counted).isPositive()
        .isLessThanOrEqualTo(batches);
  }

  @Test
  void garpBurstAtOnceAndSecondBurstAfterMasterDelay() throws Exception {
    twoNodes(v3(150), v3(100));
    // Backup start: master down interval 3 s + skew (106/256 s) before becoming master.
    clock.advanceBy(Duration.ofMillis(3415));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.arp.sent()).hasSize(5);
    assertThat(a.arp.sent().get(0).packet().senderProtocol()).isEqualTo(ip("198.18.2.100"));
    clock.advanceBy(Duration.ofMillis(4990));
    assertThat(a.arp.sent()).hasSize(5);
    clock.advanceBy(Duration.ofMillis(20));
    assertThat(a.arp.sent()).hasSize(10);
    clock.advanceBy(Duration.ofSeconds(60));
    assertThat(a.arp.sent()).hasSize(10);
    assertThat(b.arp.sent()).isEmpty();
  }

  @Test
  void garpRepeatIntervalAndRefreshFollowTheTimers() throws Exception {
    GarpTimers t = new GarpTimers(Duration.ZERO, 3, Duration.ZERO, 3, Duration.ofSeconds(10), 2,
        Duration.ofMillis(100), Duration.ZERO);
    VrrpInstanceConfig row = TestRows.row("VI_1", 51, 255, 3, false, Duration.ofSeconds(1),
        Authentication.NONE, List.of(vip("198.18.2.100/32")), TestRows.multicast(), t, true,
        false);
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    a.start(row);
    clock.runPending(); // priority 255: master at once
    assertThat(a.arp.sent()).hasSize(1);
    clock.advanceBy(Duration.ofMillis(200));
    // spaced by garp_interval, and (keepalived 2.2.7 on the wire) one message at most waiting
    // per address: repeats asked for while one waits are dropped
    assertThat(a.arp.sent()).hasSize(2);
    clock.advanceBy(Duration.ofSeconds(10));
    assertThat(a.arp.sent()).hasSize(4); // refresh: 2 more, the second 100 ms after the first
  }

  @Test
  void ipv6VipGetsNodadAndUnsolicitedNas() throws Exception {
    VrrpInstanceConfig row = TestRows.row("VI_6", 52, 255, 3, true, Duration.ofSeconds(1),
        Authentication.NONE, List.of(vip("fd00::100/64")), TestRows.multicast(),
        GarpTimers.DEFAULTS, true, false);
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    a.start(row);
    clock.runPending();
    assertThat(a.vipsOnLink()).containsExactly(ip("fd00::100"));
    assertThat(a.addresses.list(0).stream().filter(x -> x.address().equals(ip("fd00::100")))
        .findFirst().orElseThrow().flags() & Rtnl.IFA_F_NODAD)
        .isNotZero();
    assertThat(a.na.sent()).hasSize(5);
    assertThat(a.lastSocket.sent().get(0).destination()).isEqualTo(ip("ff02::12"));
  }

  @Test
  void snmpSetOfBasePriorityRerunsTheElection() throws Exception {
    twoNodes(v3(150), v3(100));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.vipsOnLink()).isNotEmpty();
    int sentBefore = a.lastSocket.sent().size();
    a.set(Origin.SNMP_SET, TestRows.withPriority(v3(150), 50));
    // The master announces its new priority at once, not at the next Adver_Timer.
    assertThat(a.lastSocket.sent()).hasSize(sentBefore + 1);
    clock.advanceBy(Duration.ofSeconds(4));
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(a.state().orElseThrow().effectivePriority()).isEqualTo(50);
    assertThat(b.vipsOnLink()).containsExactly(ip("198.18.2.100"));
    assertThat(a.vipsOnLink()).isEmpty();
  }

  @Test
  void reloadKeepsStateAndChangesOnlyTheVipsThatChanged() throws Exception {
    twoNodes(v3(150), v3(100));
    clock.advanceBy(Duration.ofSeconds(5));
    // (start-up tries to delete stale VIPs; the reload itself must delete nothing)
    long deletesBefore =
        a.addresses.calls().stream().filter(c -> c.operation().equals("delete")).count();
    a.set(Origin.RELOAD, TestRows.withVips(v3(150),
        List.of(vip("198.18.2.100/32"), vip("198.18.2.101/32"))));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.engine.history("VI_1")).containsExactly(
        VrrpFsmState.BACKUP, VrrpFsmState.MASTER);
    assertThat(a.vipsOnLink()).containsExactlyInAnyOrder(ip("198.18.2.100"), ip("198.18.2.101"));
    assertThat(a.addresses.calls().stream().filter(c -> c.operation().equals("delete")).count())
        .isEqualTo(deletesBefore);
  }

  @Test
  void reloadMakesAMasterAdvertiseAtOnceAndRestartsItsAdverTimer() throws Exception {
    twoNodes(v3(150), v3(100));
    clock.advanceBy(Duration.ofMillis(5500));
    int sentA = a.lastSocket.sent().size();
    int sentB = b.lastSocket.sent().size();
    a.engine.reloaded(); // nothing changed: keepalived's master still advertises right away
    b.engine.reloaded();
    assertThat(a.lastSocket.sent()).hasSize(sentA + 1);
    assertThat(a.lastSocket.sent().get(sentA).payload()[2]).isEqualTo((byte) 150);
    assertThat(b.lastSocket.sent()).hasSize(sentB); // a backup stays silent
    clock.advanceBy(Duration.ofMillis(990));
    assertThat(a.lastSocket.sent()).hasSize(sentA + 1);
    clock.advanceBy(Duration.ofMillis(20));
    assertThat(a.lastSocket.sent()).hasSize(sentA + 2);
    assertThat(a.engine.history("VI_1")).containsExactly(
        VrrpFsmState.BACKUP, VrrpFsmState.MASTER);
  }

  @Test
  void reloadAppliesTheCommittedRowsBeforeItsEventsArriveAndAdvertisesOnce() throws Exception {
    twoNodes(v3(150), v3(100));
    clock.advanceBy(Duration.ofMillis(5500));
    int sent = a.lastSocket.sent().size();
    var events = a.store.begin(Origin.RELOAD).putConfig(Tables.VRRP_INSTANCE, Index.of(1),
        TestRows.withPriority(v3(150), 140)).commit();
    a.engine.reloaded(); // the new priority is announced once, by the priority change itself
    assertThat(a.lastSocket.sent()).hasSize(sent + 1);
    assertThat(a.lastSocket.sent().get(sent).payload()[2]).isEqualTo((byte) 140);
    a.engine.onEvents(events); // the same reload's events, late: nothing more to do
    assertThat(a.lastSocket.sent()).hasSize(sent + 1);
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void linkDownGoesToFaultAndLinkUpBackToBackup() throws Exception {
    twoNodes(v3(150), v3(100));
    clock.advanceBy(Duration.ofSeconds(5));
    a.links.setRunning(FakeNode.IFINDEX, false);
    clock.runPending();
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.FAULT);
    assertThat(a.vipsOnLink()).isEmpty();
    a.links.setRunning(FakeNode.IFINDEX, true);
    clock.runPending();
    assertThat(a.engine.history("VI_1")).endsWith(
        VrrpFsmState.FAULT, VrrpFsmState.BACKUP);
  }

  @Test
  void dontTrackPrimaryIgnoresTheLink() throws Exception {
    VrrpInstanceConfig row = TestRows.row("VI_1", 51, 255, 3, false, Duration.ofSeconds(1),
        Authentication.NONE, List.of(vip("198.18.2.100/32")), TestRows.multicast(),
        GarpTimers.DEFAULTS, true, true);
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    a.start(row);
    clock.runPending();
    a.links.setRunning(FakeNode.IFINDEX, false);
    clock.runPending();
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void shutdownSendsPriorityZeroAndTheBackupTakesOverAfterSkewTime() throws Exception {
    twoNodes(v3(150), v3(100));
    clock.advanceBy(Duration.ofSeconds(5));
    a.engine.shutdown();
    FakeRawIpSocket.Sent last = a.lastSocket.sent().get(a.lastSocket.sent().size() - 1);
    assertThat(last.payload()[2]).isEqualTo((byte) 0);
    assertThat(a.vipsOnLink()).isEmpty();
    // Skew_Time for priority 100 with a 1 s interval: 156/256 s.
    clock.advanceBy(Duration.ofMillis(600));
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    clock.advanceBy(Duration.ofMillis(20));
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(b.state().orElseThrow().stats().priorityZeroPktsRcvd()).isEqualTo(1);
    assertThat(a.state().orElseThrow().stats().priorityZeroPktsSent()).isEqualTo(1);
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.SHUTDOWN);
  }

  @Test
  void multicastAdvertWithWrongTtlIsDroppedAndCounted() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    a.start(v3(100));
    FakeRawIpSocket rogue = lan.attach(ip("198.18.1.9"), 112, 2);
    rogue.setMulticastHops(1);
    byte[] advert = VrrpCodec.encode(VrrpAdvertisement.v3(51, 200, Duration.ofSeconds(1),
        List.of(ip("198.18.2.100"))), ip("198.18.1.9"), ip("224.0.0.18"),
        VrrpCodecOptions.DEFAULT);
    rogue.send(ip("224.0.0.18"), advert);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state().orElseThrow().stats().ipTtlErrors()).isEqualTo(1);
    assertThat(a.state().orElseThrow().stats().advertiseRcvd()).isZero();
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void v2PasswordMismatchIsAnAuthFailure() throws Exception {
    VrrpInstanceConfig good = TestRows.row("VI_1", 51, 150, 2, false, Duration.ofSeconds(1),
        new Authentication(Authentication.Type.PASS, "secret"), List.of(vip("198.18.2.100/32")),
        TestRows.multicast(), GarpTimers.DEFAULTS, true, false);
    VrrpInstanceConfig bad = TestRows.row("VI_1", 51, 100, 2, false, Duration.ofSeconds(1),
        new Authentication(Authentication.Type.PASS, "other"), List.of(vip("198.18.2.100/32")),
        TestRows.multicast(), GarpTimers.DEFAULTS, true, false);
    twoNodes(good, bad);
    clock.advanceBy(Duration.ofSeconds(6));
    assertThat(b.state().orElseThrow().stats().authFailures()).isGreaterThan(0);
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void unicastPeersGetTheAdvertsAndUnknownSourcesAreDropped() throws Exception {
    VrrpInstanceConfig rowA = TestRows.row("VI_1", 51, 150, 3, false, Duration.ofSeconds(1),
        Authentication.NONE, List.of(vip("198.18.2.100/32")),
        TestRows.unicast(ip("198.18.1.1"),
            List.of(new UnicastPeer(ip("198.18.1.2"), null, null)),
            true),
        GarpTimers.DEFAULTS, true, false);
    VrrpInstanceConfig rowB = TestRows.row("VI_1", 51, 100, 3, false, Duration.ofSeconds(1),
        Authentication.NONE, List.of(vip("198.18.2.100/32")),
        TestRows.unicast(ip("198.18.1.2"),
            List.of(new UnicastPeer(ip("198.18.1.7"), null, null)),
            true),
        GarpTimers.DEFAULTS, true, false);
    twoNodes(rowA, rowB);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.lastSocket.sent()).allMatch(s -> s.destination().equals(ip("198.18.1.2")));
    // b does not know a as a peer: check_unicast_src drops a's adverts, so b stays master too.
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(b.state().orElseThrow().stats().advertiseRcvd()).isZero();
  }
}
