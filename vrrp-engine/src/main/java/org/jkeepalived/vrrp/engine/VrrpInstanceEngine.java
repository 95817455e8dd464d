package org.jkeepalived.vrrp.engine;

import java.util.Objects;
import java.util.Optional;
import org.jkeepalived.vrrp.fsm.Transition;
import org.jkeepalived.vrrp.fsm.VrrpAction;
import org.jkeepalived.vrrp.fsm.VrrpEvent;
import org.jkeepalived.vrrp.fsm.VrrpInstanceState;
import org.jkeepalived.vrrp.fsm.VrrpState;
import org.jkeepalived.vrrp.fsm.VrrpStateMachine;
import org.jkeepalived.vrrp.packet.DecodedAdvert;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpCodec;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.packet.VrrpDecodeResult;
import org.jkeepalived.vrrp.packet.VrrpVersion;

/**
 * Runs one VRRP instance: decodes what the socket delivers, feeds the pure state machine, and
 * carries out its actions (send, timers, observer calls). All methods must be called on the
 * scheduler's loop; the engine itself makes no protocol decision.
 */
public final class VrrpInstanceEngine {
  private final VrrpInstanceConfig config;
  private final VrrpStateMachine fsm;
  private final Scheduler scheduler;
  private final VrrpSocket socket;
  private final InstanceObserver observer;
  private VrrpInstanceState state;
  private Optional<Scheduler.Cancellable> timer = Optional.empty();

  public VrrpInstanceEngine(VrrpInstanceConfig config, Scheduler scheduler, VrrpSocket socket,
      InstanceObserver observer) {
    this.config = Objects.requireNonNull(config, "config");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.socket = Objects.requireNonNull(socket, "socket");
    this.observer = Objects.requireNonNull(observer, "observer");
    this.fsm = new VrrpStateMachine(config.fsm());
    this.state = VrrpInstanceState.initial(config.priority(), config.preempt(), config.fsm());
    socket.onReceive(this::onPacket);
  }

  /** Startup event. */
  public void start() {
    handle(new VrrpEvent.Startup());
  }

  /** Shutdown event (a master sends priority 0). */
  public void stop() {
    handle(new VrrpEvent.Shutdown());
  }

  /** Feeds any event (link changes, priority and preempt changes from the store). */
  public void handle(VrrpEvent event) {
    Transition t = fsm.step(state, event, scheduler.now());
    state = t.next();
    t.actions().forEach(this::perform);
  }

  /** The current state machine state. */
  public VrrpInstanceState state() {
    return state;
  }

  private void onPacket(byte[] message, PacketContext context) {
    VrrpDecodeResult r = VrrpCodec.decode(message, context, config.codec());
    if (r instanceof VrrpDecodeError e) {
      observer.packetRejected(config.name(), e);
      return;
    }
    VrrpAdvertisement a = ((DecodedAdvert) r).advert();
    // Policy the codec leaves to us (RFC 5798 section 7.1): our VRID and version only.
    if (a.vrid() != config.vrid() || a.version() != config.fsm().version()) {
      return;
    }
    if (a.version() == VrrpVersion.V2
        && !a.advertInterval().equals(config.fsm().advertInterval())) {
      return; // RFC 3768 section 7.1: v2 drops adverts with another interval
    }
    handle(new VrrpEvent.AdvertReceived(a.priority(), context.source(), a.advertInterval()));
  }

  private void perform(VrrpAction action) {
    if (action instanceof VrrpAction.SendAdvert s) {
      send(s.priority());
    } else if (action instanceof VrrpAction.ArmAdverTimer t) {
      arm(t.after(), new VrrpEvent.AdverTimerExpired());
    } else if (action instanceof VrrpAction.ArmMasterDownTimer t) {
      arm(t.after(), new VrrpEvent.MasterDownTimerExpired());
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
    socket.send(VrrpCodec.encode(advert, config.fsm().primaryAddress(), config.destination(),
        config.codec()), config.destination());
  }

  private void arm(java.time.Duration after, VrrpEvent event) {
    cancelTimer();
    timer = Optional.of(scheduler.schedule(after, () -> {
      timer = Optional.empty();
      handle(event);
    }));
  }

  private void cancelTimer() {
    timer.ifPresent(Scheduler.Cancellable::cancel);
    timer = Optional.empty();
  }

  /** True when in MASTER. */
  public boolean isMaster() {
    return state.state() == VrrpState.MASTER;
  }
}
