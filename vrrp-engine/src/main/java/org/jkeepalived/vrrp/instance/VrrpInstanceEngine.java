package org.jkeepalived.vrrp.instance;

import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.engine.loop.Scheduler;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jkeepalived.vrrp.fsm.Transition;
import org.jkeepalived.vrrp.fsm.VrrpAction;
import org.jkeepalived.vrrp.fsm.VrrpEvent;
import org.jkeepalived.vrrp.fsm.VrrpFsmInstanceState;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.fsm.VrrpStateMachine;
import org.jkeepalived.vrrp.fsm.VrrpTimers;
import org.jkeepalived.vrrp.packet.AddressListCheck;
import org.jkeepalived.vrrp.packet.DecodedAdvert;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpCodec;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.packet.VrrpDecodeResult;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one VRRP instance: decodes what the socket delivers, feeds the pure state machine, and
 * carries out its actions (send, timers, observer calls). All methods must be called on the
 * scheduler's loop; the engine itself makes no protocol decision. State changes are logged in
 * keepalived's words ({@code (VI_1) Entering MASTER STATE}), which interop tests read.
 */
public final class VrrpInstanceEngine {
  private static final Logger LOG = LoggerFactory.getLogger("org.jkeepalived.vrrp");

  private final InstanceParameters config;
  private final VrrpStateMachine fsm;
  private final Scheduler scheduler;
  private final VrrpSocket socket;
  private final InstanceObserver observer;
  private VrrpFsmInstanceState state;
  private Optional<Scheduler.Cancellable> timer = Optional.empty();
  /** When the running Master_Down_Timer runs out; null when the timer is another or none. */
  private Instant masterDownDue;
  /**
   * When the task behind {@link #timer} runs, if it is the Master_Down_Timer's: it may run
   * before {@link #masterDownDue}, and then arms itself again for the rest (see {@link #arm}).
   */
  private Instant masterDownWakeUp;
  private BooleanSupplier masterGate = () -> true;
  private boolean wantsMaster;
  /** In a vrrp_startup_delay: shown as BACKUP, nothing runs. */
  private boolean held;
  private final DownTimerGrace downGrace;
  /** keepalived's per-packet lines, rate-limited per kind and source. */
  private PacketLog packetLog = new PacketLog(PacketLog.SLF4J);

  public VrrpInstanceEngine(InstanceParameters config, Scheduler scheduler, VrrpSocket socket,
      InstanceObserver observer) {
    this(config, scheduler, socket, observer,
        VrrpFsmInstanceState.initial(config.priority(), config.preempt(), config.fsm()));
  }

  /** An engine that starts from a given state machine state (used when a reload replaces one). */
  public VrrpInstanceEngine(InstanceParameters config, Scheduler scheduler, VrrpSocket socket,
      InstanceObserver observer, VrrpFsmInstanceState initial) {
    this.config = Objects.requireNonNull(config, "config");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.socket = Objects.requireNonNull(socket, "socket");
    this.observer = Objects.requireNonNull(observer, "observer");
    this.fsm = new VrrpStateMachine(config.fsm());
    this.state = Objects.requireNonNull(initial, "initial");
    this.downGrace = new DownTimerGrace(socket::receivePending);
    socket.onReceive(this::onPacket);
  }

  /** Writes the per-packet lines (bad packets, priority 0 heard) to {@code log} (tests). */
  public void logPacketsTo(PacketLog log) {
    this.packetLog = Objects.requireNonNull(log);
  }

  public InstanceParameters config() {
    return config;
  }

  /**
   * Consulted when the Master_Down_Timer of a backup runs out (keepalived's sync group rule,
   * vrrp_sync_can_goto_master): when it says no, the instance stays BACKUP and only
   * {@link #wantsMaster() wants} to be master until an advert re-arms its timer or something
   * else takes it into MASTER.
   */
  public void setMasterGate(BooleanSupplier gate) {
    this.masterGate = Objects.requireNonNull(gate);
  }

  /** A backup whose Master_Down_Timer ran out but whom the gate held back (keepalived wantstate). */
  public boolean wantsMaster() {
    return wantsMaster && state.state() == VrrpFsmState.BACKUP;
  }

  /** Startup event (ends a {@link #hold()}). */
  public void start() {
    held = false;
    handle(new VrrpEvent.Startup());
  }

  /**
   * vrrp_startup_delay: shows the instance as BACKUP (or FAULT) until {@link #start()}; until
   * then it reads no advert and runs no timer, as keepalived's dispatcher has not started.
   */
  public void hold() {
    held = true;
    handle(new VrrpEvent.Hold());
  }

  /** Shutdown event (a master sends priority 0 and removes its VIPs). */
  public void stop() {
    handle(new VrrpEvent.Shutdown());
    cancelTimer();
  }

  /**
   * Takes over from an engine this one replaces (a reload that changed the instance): a master
   * announces itself and re-arms its Adver_Timer, a backup re-arms its Master_Down_Timer; other
   * states have no timer running.
   */
  public void resume() {
    if (isMaster()) {
      handle(new VrrpEvent.AdverTimerExpired());
    } else if (state.state() == VrrpFsmState.BACKUP) {
      arm(VrrpTimers.masterDownInterval(config.fsm().version(), state.priority(),
          state.masterAdverInterval(), config.fsm().downTimerAdverts()),
          new VrrpEvent.MasterDownTimerExpired());
    }
  }

  /** Cancels the timer without any protocol action: the engine is being replaced. */
  public void dispose() {
    cancelTimer();
  }

  /**
   * Sets the effective priority (SNMP set of the base priority, a reload, tracking). A master
   * announces the new priority at once, so that a backup that now outranks it and preempts sees
   * the lower advert and takes over without waiting for the next Adver_Timer.
   */
  public void changePriority(int priority) {
    if (priority == state.priority()) {
      return;
    }
    LOG.info("({}) Changing effective priority from {} to {}", config.name(), state.priority(),
        priority);
    handle(new VrrpEvent.PriorityChanged(priority));
    if (isMaster()) {
      handle(new VrrpEvent.AdverTimerExpired());
    }
  }

  /** Sets Preempt_Mode. */
  public void changePreempt(boolean preempt) {
    if (preempt != state.preempt()) {
      handle(new VrrpEvent.PreemptChanged(preempt));
    }
  }

  /** Feeds any event (link changes, priority and preempt changes from the store). */
  public void handle(VrrpEvent event) {
    if (held && (event instanceof VrrpEvent.MasterDownTimerExpired
        || event instanceof VrrpEvent.AdverTimerExpired)) {
      return; // a sync group follower's push: nothing runs before the startup delay ends
    }
    VrrpFsmState before = state.state();
    Transition t = fsm.step(state, event, scheduler.now());
    state = t.next();
    // keepalived logs the new state before it acts on it (VIPs, GARP).
    // Plain loops: this runs for every received advert (streams were a tenth of a backup's
    // allocation).
    for (VrrpAction a : t.actions()) {
      if (a instanceof VrrpAction.Notify n) {
        logEntering(before, n.state());
      }
    }
    for (VrrpAction a : t.actions()) {
      perform(a);
    }
  }

  /** The current state machine state. */
  public VrrpFsmInstanceState state() {
    return state;
  }

  private void onPacket(byte[] message, PacketContext context) {
    if (held) {
      return; // keepalived reads no VRRP socket during vrrp_startup_delay
    }
    Optional<ReceivePolicy.Rejection> no = config.receivePolicy().check(context);
    if (no.isPresent()) {
      observer.unicastRejected(config.name(), no.get());
      return;
    }
    VrrpDecodeResult r = VrrpCodec.decode(message, context, config.codec());
    if (r instanceof VrrpDecodeError e) {
      packetLog.rejected(config.name(), e, message, context, config.fsm().version(),
          config.codec().auth().type(), scheduler.now());
      observer.packetRejected(config.name(), e, context.source());
      return;
    }
    VrrpAdvertisement a = ((DecodedAdvert) r).advert();
    // Policy the codec leaves to us (RFC 5798 section 7.1): our VRID and version only.
    if (a.vrid() != config.vrid()) {
      return;
    }
    if (a.version() != config.fsm().version()) {
      // keepalived 2.2.7 vrrp_check_packet: logs and counts it (RFC 2787 vrrpRouterVersionErrors)
      packetLog.wrongVersion(config.name(), a.version().wire(), config.fsm().version().wire(),
          context.source(), scheduler.now());
      observer.packetRejected(config.name(), new VrrpDecodeError(VrrpDecodeError.Reason.VERSION,
          "version " + a.version().wire()), context.source());
      return;
    }
    if (a.version() == VrrpVersion.V2
        && !a.advertInterval().equals(config.fsm().advertInterval())) {
      packetLog.intervalMismatch(config.name(), config.fsm().advertInterval().toSeconds(),
          a.advertInterval().toSeconds(), context.source(), scheduler.now());
      // RFC 3768 section 7.1: v2 drops adverts with another interval; RFC 2787 counts them in
      // vrrpStatsAdvertiseIntervalErrors (keepalived 2.2.7 does not count them)
      observer.advertRefused(config.name(), a, new VrrpDecodeError(
          VrrpDecodeError.Reason.ADVERT_INTERVAL, "advert interval " + a.advertInterval()),
          context.source());
      return;
    }
    if (!config.expectsDestination(context.destination())) {
      // keepalived's vrrp_check_packet: refused before it counts the advert received, counted in
      // addrListErr (no MIB counter is closer: RFC 6527's vrrpv3StatisticsProtoErrReason has
      // no reason for a wrong destination)
      packetLog.unexpectedDestination(config.name(), config.unicast(), config.destinations(),
          context.destination(), context.source(), scheduler.now());
      observer.packetRejected(config.name(), new VrrpDecodeError(
          VrrpDecodeError.Reason.ADDRESS_LIST, "sent to " + IpText.format(context.destination())),
          context.source());
      return;
    }
    if (AddressListCheck.applies(config.codec().skipCheckAdvAddr(), context.source(),
        state.masterAddress())) {
      Optional<String> bad = AddressListCheck.mismatch(a, config.virtualAddresses());
      if (bad.isPresent()) {
        // keepalived: logs, counts addrListErr and ignores the advert; received all the same
        packetLog.addressListMismatch(config.name(), bad.get(), context.source(),
            scheduler.now());
        observer.advertRefused(config.name(), a,
            new VrrpDecodeError(VrrpDecodeError.Reason.ADDRESS_LIST, bad.get()),
            context.source());
        return;
      }
    }
    observer.advertReceived(config.name(), a, context);
    logAdvert(a, context.source());
    handle(new VrrpEvent.AdvertReceived(a.priority(), context.source(), a.advertInterval()));
  }

  /** keepalived's lines for the adverts that decide something. */
  private void logAdvert(VrrpAdvertisement a, InetAddress from) {
    String name = config.name();
    int ours = state.priority();
    if (state.state() == VrrpFsmState.BACKUP) {
      if (a.priority() == 0) {
        packetLog.priorityZero(name, from, scheduler.now());
      } else if (a.priority() < ours && state.preempt()) {
        LOG.info("({}) received lower priority ({}) advert from {} - discarding", name,
            a.priority(), IpText.format(from));
      }
    } else if (state.state() == VrrpFsmState.MASTER && a.priority() > ours) {
      LOG.info("({}) Master received advert from {} with higher priority {}, ours {}", name,
          IpText.format(from), a.priority(), ours);
    }
  }

  private void logEntering(VrrpFsmState from, VrrpFsmState to) {
    String name = config.name();
    switch (to) {
      case MASTER -> LOG.info("({}) Entering MASTER STATE", name);
      case BACKUP -> LOG.info(from == VrrpFsmState.INITIALIZE
          ? "({}) Entering BACKUP STATE (init)" : "({}) Entering BACKUP STATE", name);
      case FAULT -> LOG.info("({}) Entering FAULT STATE", name);
      case INITIALIZE -> LOG.info("({}) Entering INIT STATE", name);
      case STOP -> LOG.debug("({}) stopped", name);
    }
  }

  private void perform(VrrpAction action) {
    if (action instanceof VrrpAction.SendAdvert s) {
      send(s.priority());
    } else if (action instanceof VrrpAction.ArmAdverTimer t) {
      arm(t.after(), new VrrpEvent.AdverTimerExpired());
    } else if (action instanceof VrrpAction.ArmMasterDownTimer t) {
      arm(t.after(), new VrrpEvent.MasterDownTimerExpired());
    } else if (action instanceof VrrpAction.MoveMasterDownTimer m) {
      moveMasterDown(m.by());
    } else if (action instanceof VrrpAction.CancelTimers) {
      cancelTimer();
    } else if (action instanceof VrrpAction.AddVips) {
      observer.vipsAdded(config.name());
    } else if (action instanceof VrrpAction.RemoveVips) {
      observer.vipsRemoved(config.name());
    } else if (action instanceof VrrpAction.SendGratuitous) {
      observer.gratuitousRequested(config.name());
    } else if (action instanceof VrrpAction.Notify n) {
      observer.stateChanged(config.name(), n.state());
    }
  }

  private void send(int priority) {
    VrrpAdvertisement advert = config.fsm().version() == VrrpVersion.V2
        ? VrrpAdvertisement.v2(config.vrid(), priority, config.codec().auth(),
            config.fsm().advertInterval(), config.virtualAddresses())
        : VrrpAdvertisement.v3(config.vrid(), priority, config.fsm().advertInterval(),
            config.virtualAddresses());
    for (InetAddress destination : config.destinations()) {
      socket.send(VrrpCodec.encode(advert, config.fsm().primaryAddress(), destination,
          config.codec()), destination);
      observer.advertSent(config.name(), priority);
    }
    if (priority == 0) {
      // after the send: the line's console and syslog writes stay off the wire's critical path
      // (SIGTERM to the priority-0 advert, bench/failover sig_p0_ms; issue 15)
      LOG.info("({}) sent 0 priority", config.name());
    }
  }

  private void arm(Duration after, VrrpEvent event) {
    if (held) {
      return; // e.g. a link back during the startup delay: BACKUP now, the timer at Startup
    }
    boolean masterDown = event instanceof VrrpEvent.MasterDownTimerExpired;
    Instant due = masterDown ? scheduler.now().plus(after) : null;
    downGrace.reset();
    if (masterDown) {
      wantsMaster = false; // a master was heard (or the timer restarts): not wanting any more
    }
    // A backup restarts its Master_Down_Timer on every advert (RFC 5798 section 6.4.2). Moving
    // only the due time, and letting the task already queued arm itself again for the rest when
    // it runs early, saves a cancel and a new task per advert: with cancel + schedule, a
    // 500-instance backup at advert_int 0.1 queued 5000 tasks a second, and the loop woke for
    // each cancelled one too (bench/scale/measured/2026-12-07-footprint.md).
    if (masterDown && masterDownDue != null && timer.isPresent()
        && !due.isBefore(masterDownWakeUp)) {
      masterDownDue = due;
      return;
    }
    cancelTimer();
    timer = Optional.of(scheduler.schedule(after, () -> expire(event)));
    masterDownDue = due;
    masterDownWakeUp = due;
  }

  /** Moves a running Master_Down_Timer's expiry by {@code by}, without restarting it. */
  private void moveMasterDown(Duration by) {
    if (masterDownDue == null || timer.isEmpty()) {
      return;
    }
    Instant due = masterDownDue.plus(by);
    if (!due.isBefore(masterDownWakeUp)) {
      masterDownDue = due; // later: the queued task arms itself again when it runs
      return;
    }
    timer.get().cancel();
    Duration after = Duration.between(scheduler.now(), due);
    VrrpEvent event = new VrrpEvent.MasterDownTimerExpired();
    timer = Optional.of(scheduler.schedule(after.isNegative() ? Duration.ZERO : after,
        () -> expire(event)));
    masterDownDue = due;
    masterDownWakeUp = due;
  }

  private void expire(VrrpEvent event) {
    if (masterDownDue != null && scheduler.now().isBefore(masterDownDue)) {
      // the Master_Down_Timer was restarted or moved later since this task was queued
      masterDownWakeUp = masterDownDue;
      timer = Optional.of(scheduler.schedule(Duration.between(scheduler.now(), masterDownDue),
          () -> expire(event)));
      return;
    }
    timer = Optional.empty();
    masterDownDue = null;
    if (event instanceof VrrpEvent.MasterDownTimerExpired && state.state() == VrrpFsmState.BACKUP) {
      // adverts that reached the socket during a pause of this process come first (DownTimerGrace)
      if (downGrace.holdBack(scheduler.now(), masterDownInterval())) {
        LOG.debug("({}) Master_Down_Timer ran out with adverts still queued: reading them first",
            config.name());
        timer = Optional.of(scheduler.schedule(DownTimerGrace.RECHECK, () -> expire(event)));
        return;
      }
      LOG.info("({}) Receive advertisement timeout", config.name());
      wantsMaster = true;
      if (!masterGate.getAsBoolean()) {
        LOG.info("({}) sync group not ready: staying BACKUP", config.name());
        return;
      }
    }
    handle(event);
  }

  private Duration masterDownInterval() {
    return VrrpTimers.masterDownInterval(config.fsm().version(), state.priority(),
        state.masterAdverInterval(), config.fsm().downTimerAdverts());
  }

  private void cancelTimer() {
    timer.ifPresent(Scheduler.Cancellable::cancel);
    timer = Optional.empty();
    masterDownDue = null;
  }

  /** True when in MASTER. */
  public boolean isMaster() {
    return state.state() == VrrpFsmState.MASTER;
  }
}
