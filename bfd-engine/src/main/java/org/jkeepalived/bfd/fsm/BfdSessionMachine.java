package org.jkeepalived.bfd.fsm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jkeepalived.bfd.fsm.BfdAction.Send;
import org.jkeepalived.bfd.fsm.BfdAction.StateChanged;
import org.jkeepalived.bfd.packet.BfdControlPacket;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdState;

/**
 * One BFD session's state machine in asynchronous mode (RFC 5880 section 6.8), holding the state
 * variables of section 6.8.1. Pure in what matters for tests: it never reads a clock, touches a
 * socket or draws its own random numbers; each {@link #step} takes the event and the time and
 * returns what to send and which state changes happened, and {@link #nextWakeUp()} says when the
 * driver must deliver the next {@link BfdEvent.Tick}.
 *
 * <p>It is an object with its variables rather than an immutable record stepped from state to
 * state as VRRP's is: a session steps on every received and every sent packet (every few
 * milliseconds), and the 20 variables of section 6.8.1 would be copied each time. Nothing outside
 * reads or writes them but through this class, on the engine's loop.
 */
public final class BfdSessionMachine {
  private final RandomGenerator random;
  private BfdSessionParameters params;

  private BfdState sessionState = BfdState.DOWN;
  private BfdState remoteSessionState = BfdState.DOWN;
  private long remoteDiscr;
  private BfdDiag localDiag = BfdDiag.NO_DIAGNOSTIC;
  private Duration remoteMinRx = BfdTimers.INITIAL_REMOTE_MIN_RX;
  private Duration remoteDesiredMinTx = Duration.ZERO;
  private int remoteDetectMult;
  private boolean remoteDemandMode;

  /** bfd.DesiredMinTxInterval and bfd.RequiredMinRxInterval as advertised now. */
  private Duration desiredMinTx;
  private Duration requiredMinRx;
  /** What the transmit interval and the detection time use: may lag during a Poll (6.8.3). */
  private Duration desiredMinTxInUse;
  private Duration requiredMinRxInUse;
  private boolean pollActive;
  private boolean pollAgain;

  private Instant nextTransmit;
  private Instant detectionDeadline;

  /**
   * A new session, Down (section 6.8.1); an active one sends its first packet at the first tick,
   * which is due at once.
   *
   * @param random the source of transmit jitter (section 6.8.7)
   */
  public BfdSessionMachine(BfdSessionParameters params, RandomGenerator random, Instant now) {
    this.params = Objects.requireNonNull(params, "params");
    this.random = Objects.requireNonNull(random, "random");
    this.desiredMinTx = advertisedDesiredMinTx();
    this.requiredMinRx = params.requiredMinRx();
    this.desiredMinTxInUse = desiredMinTx;
    this.requiredMinRxInUse = requiredMinRx;
    this.nextTransmit = params.passive() ? null : now;
  }

  /** One step: the event at {@code now}; returns the packets to send and the state changes. */
  public List<BfdAction> step(BfdEvent event, Instant now) {
    List<BfdAction> out = new ArrayList<>(2);
    if (event instanceof BfdEvent.Received r) {
      received(r.packet(), now, out);
    } else if (event instanceof BfdEvent.Tick) {
      tick(now, out);
    } else if (event instanceof BfdEvent.Disable) {
      disable(now, out);
    } else if (event instanceof BfdEvent.Enable) {
      enable(now, out);
    } else if (event instanceof BfdEvent.ParametersChanged p) {
      params = p.parameters();
      parametersMayHaveChanged(now, out);
    }
    return out;
  }

  /** Section 6.8.6, from "set bfd.RemoteDiscr" on: the packet passed every earlier check. */
  private void received(BfdControlPacket p, Instant now, List<BfdAction> out) {
    remoteDiscr = p.myDiscriminator();
    remoteSessionState = p.state();
    remoteDemandMode = p.demand();
    remoteMinRx = p.requiredMinRx();
    remoteDesiredMinTx = p.desiredMinTx();
    remoteDetectMult = p.detectMult();
    if (p.fin() && pollActive) {
      endPoll(now, out); // section 6.5: the Final ends the Poll Sequence
    }
    detectionDeadline = now.plus(BfdTimers.detectionTime(remoteDetectMult, requiredMinRxInUse,
        remoteDesiredMinTx));
    if (p.poll()) {
      // section 6.8.7: the Final goes at once, whatever the timer, the state or Demand mode
      out.add(new Send(packet(false, true)));
    }
    if (sessionState == BfdState.ADMIN_DOWN) {
      return;
    }
    BfdState before = sessionState;
    if (p.state() == BfdState.ADMIN_DOWN) {
      if (sessionState != BfdState.DOWN) {
        changeState(BfdState.DOWN, BfdDiag.NEIGHBOR_SIGNALED_SESSION_DOWN, out);
      }
    } else if (sessionState == BfdState.DOWN) {
      if (p.state() == BfdState.DOWN) {
        changeState(BfdState.INIT, localDiag, out);
      } else if (p.state() == BfdState.INIT) {
        changeState(BfdState.UP, BfdDiag.NO_DIAGNOSTIC, out);
      }
    } else if (sessionState == BfdState.INIT) {
      if (p.state() == BfdState.INIT || p.state() == BfdState.UP) {
        changeState(BfdState.UP, BfdDiag.NO_DIAGNOSTIC, out);
      }
    } else if (p.state() == BfdState.DOWN) {
      changeState(BfdState.DOWN, BfdDiag.NEIGHBOR_SIGNALED_SESSION_DOWN, out);
    }
    if (sessionState != before) {
      parametersMayHaveChanged(now, out);
      transmitNow(now, out);
    } else if (nextTransmit == null && transmitsPeriodically()) {
      transmitNow(now, out); // passive heard its peer (6.1), or the remote left Demand mode
    } else if (!transmitsPeriodically()) {
      nextTransmit = null; // section 6.8.7: the remote is in Demand mode, or wants nothing
    } else {
      tightenTransmit(now);
    }
  }

  /**
   * The transmit interval may have shrunk (the remote lowered its Required Min RX, as FRR does
   * when it comes Up from its 1 s while not Up): a packet scheduled at the old, slower rate would
   * come after the remote's new Detection Time, so it goes at the new rate instead.
   */
  private void tightenTransmit(Instant now) {
    if (nextTransmit == null) {
      return;
    }
    Instant sooner = now.plus(BfdTimers.jittered(transmitInterval(), params.detectMult(), random));
    if (sooner.isBefore(nextTransmit)) {
      nextTransmit = sooner;
    }
  }

  /** The detection timer (section 6.8.4) and the periodic transmission (section 6.8.7). */
  private void tick(Instant now, List<BfdAction> out) {
    if (detectionDeadline != null && !now.isBefore(detectionDeadline)) {
      detectionDeadline = null;
      // section 6.8.1: a Detection Time without a valid packet forgets the remote
      remoteDiscr = 0;
      remoteDemandMode = false;
      remoteSessionState = BfdState.DOWN;
      remoteMinRx = BfdTimers.INITIAL_REMOTE_MIN_RX;
      if (pollActive) {
        endPoll(now, out); // no Final can come from a remote that is gone
        pollAgain = false;
      }
      if (sessionState == BfdState.INIT || sessionState == BfdState.UP) {
        changeState(BfdState.DOWN, BfdDiag.CONTROL_DETECTION_TIME_EXPIRED, out);
        parametersMayHaveChanged(now, out);
        if (mayTransmit()) {
          transmitNow(now, out);
        } else {
          nextTransmit = null;
        }
      }
    }
    if (nextTransmit != null && !now.isBefore(nextTransmit)) {
      if (transmitsPeriodically()) {
        transmitNow(now, out);
      } else {
        nextTransmit = null;
      }
    }
  }

  /** Section 6.8.16: AdminDown with diagnostic 7, told to the remote at once. */
  private void disable(Instant now, List<BfdAction> out) {
    if (sessionState == BfdState.ADMIN_DOWN) {
      return;
    }
    changeState(BfdState.ADMIN_DOWN, BfdDiag.ADMINISTRATIVELY_DOWN, out);
    detectionDeadline = null;
    parametersMayHaveChanged(now, out);
    if (mayTransmit()) {
      transmitNow(now, out);
    }
  }

  /** Section 6.8.16: leaving AdminDown goes Down; the diagnostic stays until the next change. */
  private void enable(Instant now, List<BfdAction> out) {
    if (sessionState != BfdState.ADMIN_DOWN) {
      return;
    }
    changeState(BfdState.DOWN, localDiag, out);
    if (mayTransmit()) {
      transmitNow(now, out);
    }
  }

  private void changeState(BfdState to, BfdDiag diag, List<BfdAction> out) {
    BfdState from = sessionState;
    sessionState = to;
    localDiag = diag;
    out.add(new StateChanged(from, to, diag));
  }

  /**
   * Section 6.8.3: a change of bfd.DesiredMinTxInterval or bfd.RequiredMinRxInterval starts a
   * Poll Sequence; while Up, a larger transmit interval and a smaller receive interval wait for
   * its Final (the old values keep the remote's detection honest meanwhile).
   */
  private void parametersMayHaveChanged(Instant now, List<BfdAction> out) {
    Duration tx = advertisedDesiredMinTx();
    Duration rx = params.requiredMinRx();
    if (tx.equals(desiredMinTx) && rx.equals(requiredMinRx)) {
      return;
    }
    desiredMinTx = tx;
    requiredMinRx = rx;
    boolean up = sessionState == BfdState.UP && remoteDiscr != 0;
    if (!up || tx.compareTo(desiredMinTxInUse) < 0) {
      desiredMinTxInUse = tx;
    }
    if (!up || rx.compareTo(requiredMinRxInUse) > 0) {
      requiredMinRxInUse = rx;
    }
    if (remoteDiscr == 0) {
      return; // nobody to poll: the new values apply at once
    }
    if (pollActive) {
      pollAgain = true; // section 6.5: one Poll Sequence at a time, the next one after its Final
    } else {
      pollActive = true;
      if (transmitsPeriodically() || mayTransmit()) {
        transmitNow(now, out);
      }
    }
  }

  private void endPoll(Instant now, List<BfdAction> out) {
    pollActive = false;
    desiredMinTxInUse = desiredMinTx;
    requiredMinRxInUse = requiredMinRx;
    tightenTransmit(now);
    if (pollAgain) {
      pollAgain = false;
      pollActive = true;
      transmitNow(now, out);
    }
  }

  /** Sends the current packet now and schedules the next periodic one. */
  private void transmitNow(Instant now, List<BfdAction> out) {
    if (!mayTransmit()) {
      return;
    }
    out.add(new Send(packet(pollActive, false)));
    nextTransmit = transmitsPeriodically()
        ? now.plus(BfdTimers.jittered(transmitInterval(), params.detectMult(), random))
        : null;
  }

  /** Section 6.1/6.8.7: a passive session stays silent until it knows the remote. */
  private boolean mayTransmit() {
    return !params.passive() || remoteDiscr != 0;
  }

  /** Section 6.8.7: the conditions under which periodic packets are sent. */
  private boolean transmitsPeriodically() {
    if (!mayTransmit() || remoteMinRx.isZero()) {
      return false;
    }
    boolean remoteDemandActive = remoteDemandMode && sessionState == BfdState.UP
        && remoteSessionState == BfdState.UP;
    return !remoteDemandActive || pollActive;
  }

  private Duration advertisedDesiredMinTx() {
    return sessionState == BfdState.UP ? params.desiredMinTx()
        : BfdTimers.notUpDesiredMinTx(params.desiredMinTx(), params.idleTx());
  }

  /** Section 6.8.7: the packet this session sends now. */
  private BfdControlPacket packet(boolean poll, boolean fin) {
    return new BfdControlPacket(localDiag.code(), sessionState, poll, fin, false, false, false,
        params.detectMult(), params.localDiscriminator(), remoteDiscr, desiredMinTx,
        requiredMinRx, Duration.ZERO, Optional.empty());
  }

  /** When the driver must deliver the next {@link BfdEvent.Tick}; empty while nothing is due. */
  public Optional<Instant> nextWakeUp() {
    if (nextTransmit == null) {
      return Optional.ofNullable(detectionDeadline);
    }
    if (detectionDeadline == null) {
      return Optional.of(nextTransmit);
    }
    return Optional.of(nextTransmit.isBefore(detectionDeadline) ? nextTransmit : detectionDeadline);
  }

  // --- the state variables, for the MIB and tests ---

  /** Whether the Detection Time (section 6.8.4) ran out without a valid packet by {@code now}. */
  public boolean detectionDue(Instant now) {
    return detectionDeadline != null && !now.isBefore(detectionDeadline);
  }

  public BfdState sessionState() {
    return sessionState;
  }

  public BfdState remoteSessionState() {
    return remoteSessionState;
  }

  public long localDiscriminator() {
    return params.localDiscriminator();
  }

  public long remoteDiscriminator() {
    return remoteDiscr;
  }

  public BfdDiag localDiag() {
    return localDiag;
  }

  public BfdSessionParameters parameters() {
    return params;
  }

  public boolean pollActive() {
    return pollActive;
  }

  public boolean remoteDemandMode() {
    return remoteDemandMode;
  }

  public int remoteDetectMult() {
    return remoteDetectMult;
  }

  /** The interval periodic packets go at before jitter (bfdSessNegotiatedInterval). */
  public Duration transmitInterval() {
    return BfdTimers.transmitInterval(desiredMinTxInUse, remoteMinRx);
  }

  /** The current Detection Time, or zero before the remote was heard. */
  public Duration detectionTime() {
    return remoteDetectMult == 0 ? Duration.ZERO
        : BfdTimers.detectionTime(remoteDetectMult, requiredMinRxInUse, remoteDesiredMinTx);
  }

  /** bfd.DesiredMinTxInterval as now advertised. */
  public Duration desiredMinTx() {
    return desiredMinTx;
  }
}
