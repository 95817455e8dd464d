package org.jkeepalived.vrrp.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.vrrp.fsm.VrrpAction.AddVips;
import org.jkeepalived.vrrp.fsm.VrrpAction.ArmAdverTimer;
import org.jkeepalived.vrrp.fsm.VrrpAction.ArmMasterDownTimer;
import org.jkeepalived.vrrp.fsm.VrrpAction.CancelTimers;
import org.jkeepalived.vrrp.fsm.VrrpAction.Notify;
import org.jkeepalived.vrrp.fsm.VrrpAction.RemoveVips;
import org.jkeepalived.vrrp.fsm.VrrpAction.SendAdvert;
import org.jkeepalived.vrrp.fsm.VrrpAction.SendGratuitous;
import org.jkeepalived.vrrp.fsm.VrrpEvent.AdvertReceived;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.junit.jupiter.api.Test;

class VrrpStateMachineTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final InetAddress ME = ip("198.18.7.5");
  private static final InetAddress LOWER_IP = ip("198.18.7.2");
  private static final InetAddress HIGHER_IP = ip("198.18.7.9");
  private static final Duration ONE_S = Duration.ofSeconds(1);
  private static final VrrpFsmConfig V2 = VrrpFsmConfig.defaults(VrrpVersion.V2, ONE_S, ME);
  private static final VrrpFsmConfig V3 =
      VrrpFsmConfig.defaults(VrrpVersion.V3, Duration.ofMillis(100), ME);

  private static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static VrrpFsmInstanceState in(VrrpFsmState state, int prio, VrrpFsmConfig c) {
    return VrrpFsmInstanceState.initial(prio, true, c).with(state);
  }

  private static Transition step(VrrpFsmConfig c, VrrpFsmInstanceState s, VrrpEvent e) {
    return new VrrpStateMachine(c).step(s, e, T0);
  }

  @Test
  void startupOfNonOwnerEntersBackupWithMasterDownTimer() {
    Transition t = step(V2, VrrpFsmInstanceState.initial(100, true, V2), new VrrpEvent.Startup());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(t.actions()).containsExactly(
        new ArmMasterDownTimer(Duration.ofNanos(3_609_375_000L)), new Notify(VrrpFsmState.BACKUP));
  }

  @Test
  void startupOfAddressOwnerGoesStraightToMaster() {
    Transition t = step(V2, VrrpFsmInstanceState.initial(255, true, V2), new VrrpEvent.Startup());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.MASTER);
    assertThat(t.actions()).containsExactly(new SendAdvert(255), new AddVips(),
        new SendGratuitous(), new ArmAdverTimer(ONE_S), new Notify(VrrpFsmState.MASTER));
  }

  @Test
  void startupWithLinkDownEntersFault() {
    VrrpStateMachine m = new VrrpStateMachine(V2);
    VrrpFsmInstanceState s = m.step(VrrpFsmInstanceState.initial(100, true, V2),
        new VrrpEvent.InterfaceDown(), T0).next();
    Transition t = m.step(s, new VrrpEvent.Startup(), T0);
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.FAULT);
    assertThat(t.actions()).containsExactly(new Notify(VrrpFsmState.FAULT));
  }

  @Test
  void holdShowsBackupWithoutATimerAndStartupThenArmsIt() {
    VrrpStateMachine m = new VrrpStateMachine(V2);
    Transition held = m.step(VrrpFsmInstanceState.initial(100, true, V2), new VrrpEvent.Hold(), T0);
    assertThat(held.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(held.actions()).containsExactly(new Notify(VrrpFsmState.BACKUP));
    Transition t = m.step(held.next(), new VrrpEvent.Startup(), T0);
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(t.actions()).containsExactly(
        new ArmMasterDownTimer(Duration.ofNanos(3_609_375_000L)));
  }

  @Test
  void heldAddressOwnerBecomesMasterAtStartupAndAHoldWithLinkDownIsFault() {
    VrrpStateMachine m = new VrrpStateMachine(V2);
    VrrpFsmInstanceState held = m.step(VrrpFsmInstanceState.initial(255, true, V2),
        new VrrpEvent.Hold(), T0).next();
    assertThat(m.step(held, new VrrpEvent.Startup(), T0).next().state())
        .isEqualTo(VrrpFsmState.MASTER);
    VrrpFsmInstanceState down = m.step(VrrpFsmInstanceState.initial(100, true, V2),
        new VrrpEvent.InterfaceDown(), T0).next();
    Transition t = m.step(down, new VrrpEvent.Hold(), T0);
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.FAULT);
    assertThat(m.step(t.next(), new VrrpEvent.Startup(), T0).next().state())
        .isEqualTo(VrrpFsmState.FAULT);
  }

  @Test
  void masterDownTimerExpiryPromotesBackup() {
    Transition t = step(V2, in(VrrpFsmState.BACKUP, 100, V2), new VrrpEvent.MasterDownTimerExpired());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.MASTER);
    assertThat(t.next().masterAddress()).contains(ME);
    assertThat(t.actions()).containsExactly(new SendAdvert(100), new AddVips(),
        new SendGratuitous(), new ArmAdverTimer(ONE_S), new Notify(VrrpFsmState.MASTER));
  }

  @Test
  void masterPeerDownMakesABackupThatHeardAMasterMasterAtOnce() {
    // bfd_fast_takeover (draft-ietf-rtgwg-vrrp-bfd-p2p): no Master_Down_Interval to wait
    VrrpFsmInstanceState heard = step(V2, in(VrrpFsmState.BACKUP, 100, V2),
        new AdvertReceived(150, HIGHER_IP, ONE_S)).next();
    Transition t = step(V2, heard, new VrrpEvent.MasterPeerDown());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.MASTER);
    assertThat(t.next().masterReason()).isEqualTo(MasterReason.MASTER_NO_RESPONSE);
    assertThat(t.actions()).containsExactly(new SendAdvert(100), new AddVips(),
        new SendGratuitous(), new ArmAdverTimer(ONE_S), new Notify(VrrpFsmState.MASTER));
  }

  @Test
  void masterPeerDownMeansNothingWithoutAMasterOrOutsideBackup() {
    Transition none = step(V2, in(VrrpFsmState.BACKUP, 100, V2), new VrrpEvent.MasterPeerDown());
    assertThat(none.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(none.actions()).isEmpty();
    for (VrrpFsmState st : List.of(VrrpFsmState.MASTER, VrrpFsmState.FAULT)) {
      Transition t = step(V2, in(st, 100, V2), new VrrpEvent.MasterPeerDown());
      assertThat(t.next().state()).isEqualTo(st);
      assertThat(t.actions()).isEmpty();
    }
  }

  @Test
  void adverTimerExpirySendsAdvertAndRearms() {
    Transition t = step(V2, in(VrrpFsmState.MASTER, 100, V2), new VrrpEvent.AdverTimerExpired());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.MASTER);
    assertThat(t.actions()).containsExactly(new SendAdvert(100), new ArmAdverTimer(ONE_S));
  }

  @Test
  void backupReceivingHigherPriorityAdvertResetsMasterDownTimer() {
    Transition t = step(V2, in(VrrpFsmState.BACKUP, 100, V2), new AdvertReceived(150, HIGHER_IP, ONE_S));
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(t.next().masterAddress()).contains(HIGHER_IP);
    assertThat(t.actions()).containsExactly(new ArmMasterDownTimer(Duration.ofNanos(3_609_375_000L)));
  }

  @Test
  void backupReceivingEqualPriorityAdvertStaysBackup() {
    Transition t = step(V2, in(VrrpFsmState.BACKUP, 100, V2), new AdvertReceived(100, LOWER_IP, ONE_S));
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(t.actions()).containsExactly(new ArmMasterDownTimer(Duration.ofNanos(3_609_375_000L)));
  }

  @Test
  void backupReceivingPriorityZeroArmsSkewTime() {
    Transition t = step(V2, in(VrrpFsmState.BACKUP, 100, V2), new AdvertReceived(0, HIGHER_IP, ONE_S));
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(t.actions()).containsExactly(new ArmMasterDownTimer(Duration.ofNanos(609_375_000L)));
  }

  @Test
  void preemptingBackupDiscardsLowerPriorityAdvert() {
    Transition t = step(V2, in(VrrpFsmState.BACKUP, 100, V2), new AdvertReceived(50, LOWER_IP, ONE_S));
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(t.actions()).as("timer left running so that it expires").isEmpty();
    assertThat(t.next().masterAddress()).contains(LOWER_IP);
  }

  @Test
  void nopreemptBackupAcceptsLowerPriorityMaster() {
    VrrpFsmInstanceState s = VrrpFsmInstanceState.initial(100, false, V2).with(VrrpFsmState.BACKUP);
    Transition t = step(V2, s, new AdvertReceived(50, LOWER_IP, ONE_S));
    assertThat(t.actions()).containsExactly(new ArmMasterDownTimer(Duration.ofNanos(3_609_375_000L)));
  }

  @Test
  void preemptChangedOverSnmpTakesEffectOnNextAdvert() {
    VrrpStateMachine m = new VrrpStateMachine(V2);
    VrrpFsmInstanceState s = m.step(in(VrrpFsmState.BACKUP, 100, V2),
        new VrrpEvent.PreemptChanged(false), T0).next();
    assertThat(s.preempt()).isFalse();
    assertThat(m.step(s, new AdvertReceived(50, LOWER_IP, ONE_S), T0).actions())
        .containsExactly(new ArmMasterDownTimer(Duration.ofNanos(3_609_375_000L)));
  }

  @Test
  void preemptDelayHoldsBackupUntilItEndsThenDiscards() {
    VrrpFsmConfig c = V2.withPreemptDelay(Duration.ofSeconds(10));
    VrrpStateMachine m = new VrrpStateMachine(c);
    AdvertReceived lower = new AdvertReceived(50, LOWER_IP, ONE_S);
    Transition first = m.step(in(VrrpFsmState.BACKUP, 100, c), lower, T0);
    assertThat(first.next().preemptDelayUntil()).contains(T0.plusSeconds(10));
    assertThat(first.actions()).hasSize(1).first().isInstanceOf(ArmMasterDownTimer.class);
    Transition during = m.step(first.next(), lower, T0.plusSeconds(9));
    assertThat(during.actions()).hasSize(1).first().isInstanceOf(ArmMasterDownTimer.class);
    assertThat(during.next().preemptDelayUntil()).as("not restarted").contains(T0.plusSeconds(10));
    Transition after = m.step(during.next(), lower, T0.plusSeconds(10));
    assertThat(after.actions()).as("delay over: discard and let the timer expire").isEmpty();
  }

  @Test
  void higherPriorityAdvertCancelsPreemptDelay() {
    VrrpFsmConfig c = V2.withPreemptDelay(Duration.ofSeconds(10));
    VrrpStateMachine m = new VrrpStateMachine(c);
    VrrpFsmInstanceState s = m.step(in(VrrpFsmState.BACKUP, 100, c),
        new AdvertReceived(50, LOWER_IP, ONE_S), T0).next();
    Transition t = m.step(s, new AdvertReceived(200, HIGHER_IP, ONE_S), T0.plusSeconds(1));
    assertThat(t.next().preemptDelayUntil()).isEmpty();
  }

  @Test
  void strictModeIgnoresPreemptDelay() {
    VrrpFsmConfig c = V2.withPreemptDelay(Duration.ofSeconds(10)).strict();
    Transition t = step(c, in(VrrpFsmState.BACKUP, 100, c), new AdvertReceived(50, LOWER_IP, ONE_S));
    assertThat(t.actions()).isEmpty();
    assertThat(c.lowerPrioNoAdvert()).isTrue();
    assertThat(c.higherPrioSendAdvert()).isFalse();
  }

  @Test
  void v3BackupLearnsTheMastersAdvertInterval() {
    Duration masterInt = Duration.ofMillis(500);
    Transition t = step(V3, in(VrrpFsmState.BACKUP, 200, V3), new AdvertReceived(250, HIGHER_IP, masterInt));
    assertThat(t.next().masterAdverInterval()).isEqualTo(masterInt);
    // 3 x 0.5 s + (56 x 0.5 s) / 256
    assertThat(t.actions()).containsExactly(new ArmMasterDownTimer(Duration.ofNanos(1_609_375_000L)));
  }

  @Test
  void v2BackupKeepsItsOwnInterval() {
    Transition t = step(V2, in(VrrpFsmState.BACKUP, 100, V2),
        new AdvertReceived(150, HIGHER_IP, Duration.ofSeconds(5)));
    assertThat(t.next().masterAdverInterval()).isEqualTo(ONE_S);
  }

  @Test
  void masterYieldsToHigherPriority() {
    Transition t = step(V2, in(VrrpFsmState.MASTER, 100, V2), new AdvertReceived(150, LOWER_IP, ONE_S));
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(t.actions()).containsExactly(new CancelTimers(), new RemoveVips(),
        new ArmMasterDownTimer(Duration.ofNanos(3_609_375_000L)), new Notify(VrrpFsmState.BACKUP));
  }

  @Test
  void syncBackupTakesMasterToBackupAsAHigherPriorityAdvertWould() {
    Transition t = step(V2, in(VrrpFsmState.MASTER, 100, V2), new VrrpEvent.SyncBackup());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    // 3 * 1 s + (256 - 100) / 256 s: its own interval, no master known
    assertThat(t.actions()).containsExactly(new CancelTimers(), new RemoveVips(),
        new ArmMasterDownTimer(Duration.ofNanos(3_609_375_000L)), new Notify(VrrpFsmState.BACKUP));
  }

  @Test
  void syncBackupOfAV3MasterKeepsItsOwnAdvertInterval() {
    Transition t = step(V3, in(VrrpFsmState.MASTER, 200, V3), new VrrpEvent.SyncBackup());
    // 3 * 100 ms + (256 - 200) * 100 ms / 256
    assertThat(t.actions()).contains(new ArmMasterDownTimer(Duration.ofNanos(321_875_000L)));
  }

  @Test
  void syncBackupIsIgnoredOutsideMaster() {
    for (VrrpFsmState st : new VrrpFsmState[] {VrrpFsmState.INITIALIZE, VrrpFsmState.BACKUP, VrrpFsmState.FAULT,
        VrrpFsmState.STOP}) {
      VrrpFsmInstanceState s = in(st, 100, V2);
      Transition t = step(V2, s, new VrrpEvent.SyncBackup());
      assertThat(t.next()).as("%s", st).isEqualTo(s);
      assertThat(t.actions()).as("%s", st).isEmpty();
    }
  }

  @Test
  void masterWithHigherPrioSendAdvertSendsOneBeforeYielding() {
    VrrpFsmConfig c = V2.withHigherPrioSendAdvert(true);
    Transition t = step(c, in(VrrpFsmState.MASTER, 100, c), new AdvertReceived(150, LOWER_IP, ONE_S));
    assertThat(t.actions()).startsWith(new CancelTimers(), new SendAdvert(100), new RemoveVips());
  }

  @Test
  void equalPriorityIsWonByTheHigherPrimaryAddress() {
    Transition lose = step(V2, in(VrrpFsmState.MASTER, 100, V2), new AdvertReceived(100, HIGHER_IP, ONE_S));
    assertThat(lose.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    Transition win = step(V2, in(VrrpFsmState.MASTER, 100, V2), new AdvertReceived(100, LOWER_IP, ONE_S));
    assertThat(win.next().state()).isEqualTo(VrrpFsmState.MASTER);
  }

  @Test
  void masterAnswersLowerPriorityAdvertByDefault() {
    Transition t = step(V2, in(VrrpFsmState.MASTER, 100, V2), new AdvertReceived(50, HIGHER_IP, ONE_S));
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.MASTER);
    assertThat(t.actions()).containsExactly(new SendAdvert(100), new ArmAdverTimer(ONE_S));
  }

  @Test
  void masterWithLowerPrioNoAdvertDiscardsLowerPriorityAdvert() {
    VrrpFsmConfig c = V2.withLowerPrioNoAdvert(true);
    Transition t = step(c, in(VrrpFsmState.MASTER, 100, c), new AdvertReceived(50, HIGHER_IP, ONE_S));
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.MASTER);
    assertThat(t.actions()).isEmpty();
  }

  @Test
  void masterReceivingPriorityZeroSendsAdvertAtOnce() {
    Transition t = step(V2, in(VrrpFsmState.MASTER, 100, V2), new AdvertReceived(0, HIGHER_IP, ONE_S));
    assertThat(t.actions()).containsExactly(new SendAdvert(100), new ArmAdverTimer(ONE_S));
  }

  @Test
  void masterShutdownSendsPriorityZeroForFastTakeover() {
    Transition t = step(V2, in(VrrpFsmState.MASTER, 100, V2), new VrrpEvent.Shutdown());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.STOP);
    assertThat(t.actions()).containsExactly(new CancelTimers(), new SendAdvert(0), new RemoveVips(),
        new Notify(VrrpFsmState.STOP));
  }

  @Test
  void backupShutdownStopsQuietly() {
    Transition t = step(V2, in(VrrpFsmState.BACKUP, 100, V2), new VrrpEvent.Shutdown());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.STOP);
    assertThat(t.actions()).containsExactly(new CancelTimers(), new Notify(VrrpFsmState.STOP));
  }

  @Test
  void interfaceDownMovesMasterToFaultWithAPriorityZeroAdvertAndDropsVips() {
    Transition t = step(V2, in(VrrpFsmState.MASTER, 100, V2), new VrrpEvent.InterfaceDown());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.FAULT);
    assertThat(t.next().linkUp()).isFalse();
    assertThat(t.actions()).containsExactly(new CancelTimers(), new SendAdvert(0),
        new RemoveVips(), new Notify(VrrpFsmState.FAULT));
  }

  @Test
  void stepDownLeavesMasterForBackupWithAPriorityZeroAdvertAndWaitsOnlyItsSkewTime() {
    Transition t = step(V2, in(VrrpFsmState.MASTER, 150, V2), new VrrpEvent.StepDown());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    // (256 - 150) / 256 s: keepalived was master again 417 ms after its priority 0 advert
    assertThat(t.actions()).containsExactly(new CancelTimers(), new SendAdvert(0),
        new RemoveVips(), new ArmMasterDownTimer(Duration.ofNanos(414_062_000L)),
        new Notify(VrrpFsmState.BACKUP));
    assertThat(step(V2, in(VrrpFsmState.BACKUP, 100, V2), new VrrpEvent.StepDown()).actions())
        .as("only a master steps down").isEmpty();
  }

  @Test
  void interfaceDownMovesBackupToFault() {
    Transition t = step(V2, in(VrrpFsmState.BACKUP, 100, V2), new VrrpEvent.InterfaceDown());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.FAULT);
    assertThat(t.actions()).containsExactly(new CancelTimers(), new Notify(VrrpFsmState.FAULT));
  }

  @Test
  void faultIgnoresAdvertsAndTimers() {
    VrrpFsmInstanceState s = in(VrrpFsmState.FAULT, 100, V2).withLinkUp(false);
    for (VrrpEvent e : new VrrpEvent[] {new AdvertReceived(50, LOWER_IP, ONE_S),
        new VrrpEvent.MasterDownTimerExpired(), new VrrpEvent.AdverTimerExpired()}) {
      Transition t = step(V2, s, e);
      assertThat(t.next()).isEqualTo(s);
      assertThat(t.actions()).isEmpty();
    }
  }

  @Test
  void interfaceUpLeavesFaultForBackup() {
    Transition t = step(V2, in(VrrpFsmState.FAULT, 100, V2).withLinkUp(false), new VrrpEvent.InterfaceUp());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(t.next().linkUp()).isTrue();
    assertThat(t.actions()).containsExactly(
        new ArmMasterDownTimer(Duration.ofNanos(3_609_375_000L)), new Notify(VrrpFsmState.BACKUP));
  }

  @Test
  void interfaceUpLeavesFaultForMasterWhenAddressOwner() {
    Transition t = step(V2, in(VrrpFsmState.FAULT, 255, V2).withLinkUp(false), new VrrpEvent.InterfaceUp());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.MASTER);
  }

  @Test
  void stoppedInstanceRestartsOnStartup() {
    Transition t = step(V2, in(VrrpFsmState.STOP, 100, V2), new VrrpEvent.Startup());
    assertThat(t.next().state()).isEqualTo(VrrpFsmState.BACKUP);
  }

  @Test
  void stoppedInstanceIgnoresAdverts() {
    VrrpFsmInstanceState s = in(VrrpFsmState.STOP, 100, V2);
    Transition t = step(V2, s, new AdvertReceived(50, LOWER_IP, ONE_S));
    assertThat(t.next()).isEqualTo(s);
    assertThat(t.actions()).isEmpty();
  }

  @Test
  void priorityChangeUpdatesStateAndTheNextAdvert() {
    VrrpStateMachine m = new VrrpStateMachine(V2);
    Transition t = m.step(in(VrrpFsmState.MASTER, 100, V2), new VrrpEvent.PriorityChanged(80), T0);
    assertThat(t.next().priority()).isEqualTo(80);
    assertThat(t.actions()).isEmpty();
    assertThat(m.step(t.next(), new VrrpEvent.AdverTimerExpired(), T0).actions())
        .contains(new SendAdvert(80));
  }

  @Test
  void priorityChangeChangesTheBackupsSkew() {
    VrrpStateMachine m = new VrrpStateMachine(V2);
    VrrpFsmInstanceState s = m.step(in(VrrpFsmState.BACKUP, 100, V2), new VrrpEvent.PriorityChanged(200), T0)
        .next();
    // 3 s + (56 / 256) s
    assertThat(m.step(s, new AdvertReceived(250, HIGHER_IP, ONE_S), T0).actions())
        .containsExactly(new ArmMasterDownTimer(Duration.ofNanos(3_218_750_000L)));
  }

  /**
   * Issue 19 item 10: a backup raised above its master by an SNMP SET took over up to the old
   * Skew_Time late. The running Master_Down_Timer is not restarted (RFC 5798 section 6.4.2: only
   * an advert restarts it) but moved by the change of Skew_Time, so that it runs out one new
   * Master_Down_Interval after the master's last advert, as keepalived moves its timer.
   */
  @Test
  void aBackupsPriorityChangeMovesTheRunningTimerByTheSkewDifference() {
    VrrpStateMachine m = new VrrpStateMachine(V2);
    Transition up = m.step(in(VrrpFsmState.BACKUP, 100, V2), new VrrpEvent.PriorityChanged(250), T0);
    // Skew_Time 609375 -> 23437 us (whole microseconds, as keepalived): sooner, not restarted
    assertThat(up.next().priority()).isEqualTo(250);
    assertThat(up.actions())
        .containsExactly(new VrrpAction.MoveMasterDownTimer(Duration.ofNanos(-585_938_000L)));
    Transition down = m.step(up.next(), new VrrpEvent.PriorityChanged(100), T0);
    assertThat(down.actions())
        .containsExactly(new VrrpAction.MoveMasterDownTimer(Duration.ofNanos(585_938_000L)));
    // v3: Skew_Time scales with Master_Adver_Interval (0.1 s), in whole microseconds: 2343 - 60937
    Transition v3 = step(V3, in(VrrpFsmState.BACKUP, 100, V3), new VrrpEvent.PriorityChanged(250));
    assertThat(v3.actions())
        .containsExactly(new VrrpAction.MoveMasterDownTimer(Duration.ofNanos(-58_594_000L)));
    // a master has no Master_Down_Timer: nothing moves
    assertThat(step(V2, in(VrrpFsmState.MASTER, 100, V2), new VrrpEvent.PriorityChanged(250))
        .actions()).isEmpty();
  }

  @Test
  void downTimerAdvertsReplacesTheFactorThree() {
    VrrpFsmConfig c = V2.withDownTimerAdverts(5);
    Transition t = step(c, VrrpFsmInstanceState.initial(100, true, c), new VrrpEvent.Startup());
    assertThat(t.actions()).first()
        .isEqualTo(new ArmMasterDownTimer(Duration.ofNanos(5_609_375_000L)));
  }

  @Test
  void ipv6PrimaryAddressesCompareUnsigned() {
    assertThat(VrrpStateMachine.compare(ip("fe80::ff"), ip("fe80::1"))).isPositive();
    assertThat(VrrpStateMachine.compare(ip("198.18.7.200"), ip("198.18.7.20"))).isPositive();
  }
}
