package org.jkeepalived.bfd.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jkeepalived.bfd.fsm.BfdAction.Send;
import org.jkeepalived.bfd.fsm.BfdAction.StateChanged;
import org.jkeepalived.bfd.packet.BfdControlPacket;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdState;
import org.junit.jupiter.api.Test;

/** RFC 5880 section 6.8, one rule per test, with injected time and a fixed random. */
class BfdSessionMachineTest {
  private static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");
  /** nextDouble() = 0: every interval is 75 % of its value. */
  private static final RandomGenerator LOW = () -> 0L;
  private static final long LOCAL = 0x11111111L;
  private static final long REMOTE = 0x22222222L;

  private static BfdSessionParameters params(long txMs, long rxMs, int mult, boolean passive) {
    return new BfdSessionParameters(LOCAL, Duration.ofMillis(txMs), Duration.ofMillis(rxMs),
        Duration.ofSeconds(1), mult, passive);
  }

  private static BfdControlPacket remote(BfdState state, long your, long txMs, long rxMs,
      int mult) {
    return new BfdControlPacket(0, state, false, false, false, false, false, mult, REMOTE, your,
        Duration.ofMillis(txMs), Duration.ofMillis(rxMs), Duration.ZERO, Optional.empty());
  }

  private static BfdControlPacket flags(BfdControlPacket p, boolean poll, boolean fin,
      boolean demand) {
    return new BfdControlPacket(p.diag(), p.state(), poll, fin, false, demand, false,
        p.detectMult(), p.myDiscriminator(), p.yourDiscriminator(), p.desiredMinTx(),
        p.requiredMinRx(), p.requiredMinEchoRx(), p.auth());
  }

  private static List<BfdControlPacket> sent(List<BfdAction> actions) {
    return actions.stream().filter(a -> a instanceof Send).map(a -> ((Send) a).packet()).toList();
  }

  private static List<BfdAction> rx(BfdSessionMachine m, BfdControlPacket p, Instant at) {
    return m.step(new BfdEvent.Received(p), at);
  }

  /** Brings a 50 ms x 3 session Up against a remote at 50 ms x 3 (it answers our Poll). */
  private static BfdSessionMachine up(Instant at) {
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 3, false), LOW, at);
    rx(m, remote(BfdState.INIT, LOCAL, 1000, 50, 3), at);
    rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), false, true, false), at);
    assertThat(m.sessionState()).isEqualTo(BfdState.UP);
    assertThat(m.pollActive()).isFalse();
    return m;
  }

  @Test
  void aNewActiveSessionIsDownAndSendsAtOnceAtTheSlowRate() {
    // 6.8.1: Down, RemoteDiscr 0; 6.8.3: Desired Min TX at least 1 s while not Up
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 3, false), LOW, T0);
    assertThat(m.nextWakeUp()).contains(T0);
    List<BfdControlPacket> out = sent(m.step(new BfdEvent.Tick(), T0));
    assertThat(out).hasSize(1);
    BfdControlPacket p = out.get(0);
    assertThat(p.state()).isEqualTo(BfdState.DOWN);
    assertThat(p.yourDiscriminator()).isZero();
    assertThat(p.myDiscriminator()).isEqualTo(LOCAL);
    assertThat(p.desiredMinTx()).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.requiredMinRx()).isEqualTo(Duration.ofMillis(50));
    assertThat(p.detectMult()).isEqualTo(3);
    assertThat(m.nextWakeUp()).contains(T0.plusMillis(750)); // 1 s, jittered to 75 %
  }

  @Test
  void threeWayHandshakeDownInitUp() {
    // 6.8.6: Down + Down -> Init; Init + Init/Up -> Up; Down + Init -> Up
    BfdSessionMachine a = new BfdSessionMachine(params(50, 50, 3, false), LOW, T0);
    BfdSessionMachine b = new BfdSessionMachine(
        new BfdSessionParameters(REMOTE, Duration.ofMillis(50), Duration.ofMillis(50),
            Duration.ofSeconds(1), 3, false), LOW, T0);
    BfdControlPacket fromA = sent(a.step(new BfdEvent.Tick(), T0)).get(0);
    List<BfdAction> bActs = rx(b, fromA, T0);
    assertThat(bActs).contains(new StateChanged(BfdState.DOWN, BfdState.INIT,
        BfdDiag.NO_DIAGNOSTIC));
    BfdControlPacket fromB = sent(bActs).get(0);
    assertThat(fromB.state()).isEqualTo(BfdState.INIT);
    assertThat(fromB.yourDiscriminator()).isEqualTo(LOCAL);
    List<BfdAction> aActs = rx(a, fromB, T0);
    assertThat(aActs).contains(new StateChanged(BfdState.DOWN, BfdState.UP,
        BfdDiag.NO_DIAGNOSTIC));
    BfdControlPacket aUp = sent(aActs).get(0);
    assertThat(aUp.state()).isEqualTo(BfdState.UP);
    assertThat(aUp.poll()).isTrue(); // 6.8.3: the fast rate is a parameter change: Poll
    assertThat(aUp.desiredMinTx()).isEqualTo(Duration.ofMillis(50));
    List<BfdAction> bUp = rx(b, aUp, T0);
    assertThat(bUp).contains(new StateChanged(BfdState.INIT, BfdState.UP,
        BfdDiag.NO_DIAGNOSTIC));
    assertThat(sent(bUp).get(0).fin()).isTrue(); // 6.8.7: Final at once
    assertThat(sent(bUp).get(0).poll()).isFalse();
    rx(a, sent(bUp).get(0), T0);
    assertThat(a.pollActive()).isFalse();
    assertThat(a.transmitInterval()).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void downIgnoresARemoteThatSaysUp() {
    // 6.8.6: in Down only Down (-> Init) and Init (-> Up) move the session
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 3, false), LOW, T0);
    assertThat(rx(m, remote(BfdState.UP, LOCAL, 50, 50, 3), T0))
        .noneMatch(a -> a instanceof StateChanged);
    assertThat(m.sessionState()).isEqualTo(BfdState.DOWN);
  }

  @Test
  void remoteAdminDownTakesTheSessionDownWithDiagnostic3() {
    BfdSessionMachine m = up(T0);
    List<BfdAction> acts = rx(m, remote(BfdState.ADMIN_DOWN, LOCAL, 1000, 50, 3), T0);
    assertThat(acts).contains(new StateChanged(BfdState.UP, BfdState.DOWN,
        BfdDiag.NEIGHBOR_SIGNALED_SESSION_DOWN));
    assertThat(sent(acts).get(0).diag()).isEqualTo(3);
  }

  @Test
  void remoteDownWhileUpTakesTheSessionDownWithDiagnostic3() {
    BfdSessionMachine m = up(T0);
    rx(m, remote(BfdState.DOWN, 0, 1000, 50, 3), T0);
    assertThat(m.sessionState()).isEqualTo(BfdState.DOWN);
    assertThat(m.localDiag()).isEqualTo(BfdDiag.NEIGHBOR_SIGNALED_SESSION_DOWN);
  }

  @Test
  void silenceForTheDetectionTimeTakesTheSessionDownWithDiagnostic1() {
    // 6.8.4: Detection Time = remote mult 3 x max(our rx 50, remote tx 50) = 150 ms
    BfdSessionMachine m = up(T0);
    assertThat(m.detectionTime()).isEqualTo(Duration.ofMillis(150));
    Instant t = T0;
    while (t.isBefore(T0.plusMillis(149))) { // our own transmissions do not reset it
      t = m.nextWakeUp().orElseThrow();
      if (t.isBefore(T0.plusMillis(150))) {
        m.step(new BfdEvent.Tick(), t);
        assertThat(m.sessionState()).isEqualTo(BfdState.UP);
      }
    }
    List<BfdAction> acts = m.step(new BfdEvent.Tick(), T0.plusMillis(150));
    assertThat(acts).contains(new StateChanged(BfdState.UP, BfdState.DOWN,
        BfdDiag.CONTROL_DETECTION_TIME_EXPIRED));
    assertThat(m.remoteDiscriminator()).isZero(); // 6.8.1
    BfdControlPacket p = sent(acts).get(0);
    assertThat(p.desiredMinTx()).isEqualTo(Duration.ofSeconds(1)); // back to the slow rate
    assertThat(p.poll()).isFalse(); // nobody to poll
  }

  @Test
  void eachValidPacketRestartsTheDetectionTimer() {
    BfdSessionMachine m = up(T0);
    rx(m, remote(BfdState.UP, LOCAL, 50, 50, 3), T0.plusMillis(100));
    m.step(new BfdEvent.Tick(), T0.plusMillis(200));
    assertThat(m.sessionState()).isEqualTo(BfdState.UP);
    m.step(new BfdEvent.Tick(), T0.plusMillis(250));
    assertThat(m.sessionState()).isEqualTo(BfdState.DOWN);
  }

  @Test
  void detectionTimeFollowsTheRemotesMultiplierAndTransmitInterval() {
    // 6.8.4: remote mult 5 and remote tx 300 ms against our rx 50: 1500 ms
    BfdSessionMachine m = up(T0);
    rx(m, remote(BfdState.UP, LOCAL, 300, 50, 5), T0);
    assertThat(m.detectionTime()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void aReceivedPollIsAnsweredAtOnceWithFinalAndPollClear() {
    // 6.8.7: without respect to the transmission timer, even while polling ourselves
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 3, false), LOW, T0);
    rx(m, remote(BfdState.INIT, LOCAL, 1000, 50, 3), T0); // we go Up and poll
    assertThat(m.pollActive()).isTrue();
    List<BfdControlPacket> out = sent(rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), true,
        false, false), T0.plusMillis(1)));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).fin()).isTrue();
    assertThat(out.get(0).poll()).isFalse();
  }

  @Test
  void aLargerMinTxWhileUpWaitsForTheFinal() {
    // 6.8.3: a larger Desired Min TX is used only once the Poll Sequence has ended
    BfdSessionMachine m = up(T0);
    List<BfdAction> acts = m.step(new BfdEvent.ParametersChanged(params(300, 50, 3, false)),
        T0.plusMillis(10));
    BfdControlPacket poll = sent(acts).get(0);
    assertThat(poll.poll()).isTrue();
    assertThat(poll.desiredMinTx()).isEqualTo(Duration.ofMillis(300));
    assertThat(m.transmitInterval()).isEqualTo(Duration.ofMillis(50));
    rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), false, true, false), T0.plusMillis(20));
    assertThat(m.pollActive()).isFalse();
    assertThat(m.transmitInterval()).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aSmallerMinTxWhileUpAppliesAtOnceAndStillPolls() {
    BfdSessionMachine m = up(T0);
    List<BfdAction> acts = m.step(new BfdEvent.ParametersChanged(params(20, 50, 3, false)),
        T0.plusMillis(10));
    assertThat(sent(acts).get(0).poll()).isTrue();
    assertThat(m.transmitInterval()).isEqualTo(Duration.ofMillis(50)); // remote rx 50 bounds it
  }

  @Test
  void aSmallerMinRxWhileUpKeepsTheOldDetectionTimeUntilTheFinal() {
    // 6.8.3: the previous Required Min RX counts for the Detection Time until the Final
    BfdSessionMachine m = new BfdSessionMachine(params(50, 300, 3, false), LOW, T0);
    rx(m, remote(BfdState.INIT, LOCAL, 1000, 50, 3), T0);
    rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), false, true, false), T0);
    assertThat(m.detectionTime()).isEqualTo(Duration.ofMillis(900));
    List<BfdAction> acts = m.step(new BfdEvent.ParametersChanged(params(50, 50, 3, false)), T0);
    assertThat(sent(acts).get(0).requiredMinRx()).isEqualTo(Duration.ofMillis(50));
    rx(m, remote(BfdState.UP, LOCAL, 50, 50, 3), T0);
    assertThat(m.detectionTime()).isEqualTo(Duration.ofMillis(900));
    rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), false, true, false), T0);
    assertThat(m.detectionTime()).isEqualTo(Duration.ofMillis(150));
  }

  @Test
  void aChangeDuringAPollStartsAnotherPollAfterTheFinal() {
    // 6.5: one Poll Sequence at a time
    BfdSessionMachine m = up(T0);
    m.step(new BfdEvent.ParametersChanged(params(100, 50, 3, false)), T0);
    assertThat(sent(m.step(new BfdEvent.ParametersChanged(params(200, 50, 3, false)), T0)))
        .isEmpty();
    List<BfdAction> acts = rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), false, true,
        false), T0);
    assertThat(m.pollActive()).isTrue();
    assertThat(sent(acts).get(0).poll()).isTrue();
    assertThat(sent(acts).get(0).desiredMinTx()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void periodicPacketsCarryPollUntilTheFinal() {
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 3, false), LOW, T0);
    rx(m, remote(BfdState.INIT, LOCAL, 1000, 50, 3), T0);
    Instant next = m.nextWakeUp().orElseThrow();
    assertThat(sent(m.step(new BfdEvent.Tick(), next)).get(0).poll()).isTrue();
  }

  @Test
  void slowRateWhileNotUpIsOneSecondAfterTheRemoteIsHeard() {
    // 6.8.3: Init is not Up: the packets advertise 1 s and go at 1 s (jittered)
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 3, false), LOW, T0);
    rx(m, remote(BfdState.DOWN, 0, 1000, 50, 3), T0);
    assertThat(m.sessionState()).isEqualTo(BfdState.INIT);
    assertThat(m.transmitInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(m.desiredMinTx()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void remoteDemandModeStopsPeriodicTransmissionOnceBothAreUp() {
    // 6.8.7: Demand mode active on the remote: no periodic packets; detection goes on
    BfdSessionMachine m = up(T0);
    rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), false, false, true), T0.plusMillis(1));
    assertThat(m.remoteDemandMode()).isTrue();
    Instant wake = m.nextWakeUp().orElseThrow();
    assertThat(wake).isEqualTo(T0.plusMillis(151)); // only the detection deadline is left
    assertThat(sent(m.step(new BfdEvent.Tick(), T0.plusMillis(100)))).isEmpty();
    // and a Poll from the remote is still answered
    assertThat(sent(rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), true, false, true),
        T0.plusMillis(120)))).singleElement().matches(BfdControlPacket::fin);
  }

  @Test
  void aRemoteMinRxOfZeroStopsPeriodicTransmission() {
    // 6.8.7: bfd.RemoteMinRxInterval zero: the remote wants no periodic packets
    BfdSessionMachine m = up(T0);
    rx(m, remote(BfdState.UP, LOCAL, 50, 0, 3), T0);
    assertThat(sent(m.step(new BfdEvent.Tick(), T0.plusMillis(60)))).isEmpty();
  }

  @Test
  void aPassiveSessionWaitsForTheRemote() {
    // 6.1: the passive role sends nothing before a packet has taught it the remote discriminator
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 3, true), LOW, T0);
    assertThat(m.nextWakeUp()).isEmpty();
    assertThat(sent(m.step(new BfdEvent.Tick(), T0.plusSeconds(5)))).isEmpty();
    List<BfdAction> acts = rx(m, remote(BfdState.DOWN, 0, 1000, 50, 3), T0.plusSeconds(5));
    assertThat(sent(acts)).singleElement().matches(p -> p.state() == BfdState.INIT
        && p.yourDiscriminator() == REMOTE);
  }

  @Test
  void aPassiveSessionFallsSilentWhenTheRemoteIsLost() {
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 3, true), LOW, T0);
    rx(m, remote(BfdState.INIT, LOCAL, 1000, 50, 3), T0);
    rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), false, true, false), T0);
    List<BfdAction> acts = m.step(new BfdEvent.Tick(), T0.plusMillis(150));
    assertThat(m.sessionState()).isEqualTo(BfdState.DOWN);
    assertThat(sent(acts)).isEmpty();
    assertThat(m.nextWakeUp()).isEmpty();
  }

  @Test
  void adminDownSendsDiagnostic7AndIgnoresTheRemoteUntilEnabled() {
    // 6.8.16 and 6.8.6: AdminDown discards received packets
    BfdSessionMachine m = up(T0);
    List<BfdAction> acts = m.step(new BfdEvent.Disable(), T0);
    assertThat(acts).contains(new StateChanged(BfdState.UP, BfdState.ADMIN_DOWN,
        BfdDiag.ADMINISTRATIVELY_DOWN));
    assertThat(sent(acts)).anyMatch(p -> p.state() == BfdState.ADMIN_DOWN && p.diag() == 7);
    rx(m, remote(BfdState.DOWN, 0, 1000, 50, 3), T0);
    assertThat(m.sessionState()).isEqualTo(BfdState.ADMIN_DOWN);
    m.step(new BfdEvent.Enable(), T0);
    assertThat(m.sessionState()).isEqualTo(BfdState.DOWN);
    rx(m, remote(BfdState.DOWN, 0, 1000, 50, 3), T0);
    assertThat(m.sessionState()).isEqualTo(BfdState.INIT);
  }

  @Test
  void multiplierOneJittersTo75To90Percent() {
    // 6.8.7: with Detect Mult 1 no interval may exceed 90 %
    RandomGenerator high = () -> -1L;
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 1, false), high, T0);
    m.step(new BfdEvent.Tick(), T0);
    Duration gap = Duration.between(T0, m.nextWakeUp().orElseThrow());
    assertThat(gap).isLessThanOrEqualTo(Duration.ofMillis(900))
        .isGreaterThanOrEqualTo(Duration.ofMillis(750));
  }

  @Test
  void upWithTheFrrCaptureTimersSendsEvery50MsJittered() {
    BfdSessionMachine m = up(T0);
    Instant t = T0;
    for (int i = 0; i < 20; i++) {
      Instant next = m.nextWakeUp().orElseThrow();
      if (!next.isBefore(T0.plusMillis(100))) {
        break;
      }
      assertThat(Duration.between(t, next)).isLessThanOrEqualTo(Duration.ofMillis(50));
      t = next;
      m.step(new BfdEvent.Tick(), t);
      rx(m, remote(BfdState.UP, LOCAL, 50, 50, 3), t); // the remote keeps talking
    }
    assertThat(m.sessionState()).isEqualTo(BfdState.UP);
  }

  @Test
  void aRemoteThatLowersItsMinRxGetsTheNextPacketAtTheNewRate() {
    // FRR asks for 1 s while not Up, then 50 ms once Up: a packet still scheduled 1 s out would
    // come after its 150 ms Detection Time (found against bfdd)
    BfdSessionMachine m = new BfdSessionMachine(params(50, 50, 3, false), LOW, T0);
    rx(m, remote(BfdState.INIT, LOCAL, 1000, 1000, 3), T0); // we go Up: 1 s is the remote's rx
    assertThat(m.nextWakeUp()).contains(T0.plusMillis(750));
    rx(m, flags(remote(BfdState.UP, LOCAL, 50, 50, 3), true, false, false), T0.plusMillis(5));
    assertThat(m.nextWakeUp().orElseThrow()).isBeforeOrEqualTo(T0.plusMillis(55));
  }
}
