package org.jkeepalived.vrrp.fsm;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

/**
 * The VRRP state machine of RFC 5798 section 6.4 (RFC 3768 section 6.4 for v2) with keepalived's
 * FAULT and STOP states and its options. Pure: it takes (state, event, now) and returns the next
 * state and the actions to perform; it never reads a clock or touches a socket.
 */
public final class VrrpStateMachine {
  private final VrrpFsmConfig config;

  public VrrpStateMachine(VrrpFsmConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public VrrpFsmConfig config() {
    return config;
  }

  /** One step. Events that mean nothing in the current state leave it unchanged, no actions. */
  public Transition step(VrrpFsmInstanceState s, VrrpEvent event, Instant now) {
    if (event instanceof VrrpEvent.PriorityChanged p) {
      return priorityChanged(s, p.priority());
    }
    if (event instanceof VrrpEvent.PreemptChanged p) {
      return stay(s.withPreempt(p.preempt()));
    }
    return switch (s.state()) {
      case INITIALIZE, STOP -> idle(s, event);
      case BACKUP -> backup(s, event, now);
      case MASTER -> master(s, event);
      case FAULT -> fault(s, event);
    };
  }

  /**
   * A local priority change (tracking, an SNMP SET of the base priority). RFC 5798 section 6.4.2
   * restarts the Master_Down_Timer only on an advert, so a priority change must not restart it:
   * the master's last advert still counts. But Master_Down_Interval includes Skew_Time, which
   * follows the priority (section 6.1), so a backup's running timer is moved by the difference
   * and runs out one new Master_Down_Interval after the master's last advert (after the priority
   * 0 advert, one new Skew_Time), as keepalived's vrrp_set_effective_priority moves its sands.
   * Keeping the old expiry made a backup raised above its master by an SNMP SET take over up to
   * the old skew late (issue 19 item 10: 2.7-3.5 s where the bound at priority 250 is 3.02 s).
   */
  private Transition priorityChanged(VrrpFsmInstanceState s, int priority) {
    VrrpFsmInstanceState n = s.withPriority(priority);
    if (s.state() != VrrpFsmState.BACKUP || priority == s.priority()) {
      return stay(n);
    }
    return stay(n, new VrrpAction.MoveMasterDownTimer(masterDown(n).minus(masterDown(s))));
  }

  /** INITIALIZE and STOP: wait for Startup, follow the link. */
  private Transition idle(VrrpFsmInstanceState s, VrrpEvent event) {
    if (event instanceof VrrpEvent.InterfaceDown) {
      return stay(s.withLinkUp(false));
    }
    if (event instanceof VrrpEvent.InterfaceUp) {
      return stay(s.withLinkUp(true));
    }
    if (event instanceof VrrpEvent.Startup) {
      if (!s.linkUp()) {
        return go(s, VrrpFsmState.FAULT);
      }
      return start(s);
    }
    if (event instanceof VrrpEvent.Hold) {
      if (!s.linkUp()) {
        return go(s, VrrpFsmState.FAULT);
      }
      return go(s.withMaster(config.advertInterval(), Optional.empty())
          .withPreemptDelayUntil(Optional.empty()), VrrpFsmState.BACKUP);
    }
    return stay(s);
  }

  /**
   * RFC 5798 section 6.4.1: the address owner (priority 255) becomes master at once, anyone
   * else becomes backup with Master_Down_Timer armed.
   */
  private Transition start(VrrpFsmInstanceState s) {
    VrrpFsmInstanceState base = s.withMaster(config.advertInterval(), Optional.empty())
        .withPreemptDelayUntil(Optional.empty());
    if (s.priority() == 255) {
      return becomeMaster(base.withMasterReason(MasterReason.PRIORITY));
    }
    return becomeBackup(base, List.of());
  }

  /** RFC 5798 section 6.4.2. */
  private Transition backup(VrrpFsmInstanceState s, VrrpEvent event, Instant now) {
    if (event instanceof VrrpEvent.Shutdown) {
      return go(s, VrrpFsmState.STOP, new CancelTimers());
    }
    if (event instanceof VrrpEvent.InterfaceDown) {
      return go(s.withLinkUp(false), VrrpFsmState.FAULT, new CancelTimers());
    }
    if (event instanceof VrrpEvent.MasterDownTimerExpired) {
      // the reason recorded when the timer was last armed or left to run (keepalived's
      // next_master_reason): masterNoResponse, preempted or priority
      return becomeMaster(s.withPreemptDelayUntil(Optional.empty()));
    }
    if (event instanceof VrrpEvent.MasterPeerDown && s.masterAddress().isPresent()) {
      // BFD saw the master die (bfd_fast_takeover): what Master_Down_Timer would conclude a
      // Master_Down_Interval later; a backup that has heard no master has nobody to take over from
      return becomeMaster(s.withPreemptDelayUntil(Optional.empty())
          .withMasterReason(MasterReason.MASTER_NO_RESPONSE));
    }
    if (event instanceof AdvertReceived a) {
      return backupAdvert(s, a, now);
    }
    if (event instanceof VrrpEvent.Startup) {
      // the end of a Hold (vrrp_startup_delay): section 6.4.1 as from Initialize, already BACKUP
      return s.priority() == 255 ? becomeMaster(s.withMasterReason(MasterReason.PRIORITY))
          : stay(s, new ArmMasterDownTimer(masterDown(s)));
    }
    return stay(s);
  }

  private Transition backupAdvert(VrrpFsmInstanceState s, AdvertReceived a, Instant now) {
    if (a.priority() == 0) {
      // The master is leaving: take over after Skew_Time only.
      return stay(s.withMasterReason(MasterReason.PRIORITY), new ArmMasterDownTimer(
          VrrpTimers.skewTime(config.version(), s.priority(), s.masterAdverInterval())));
    }
    boolean lower = a.priority() < s.priority();
    Optional<Instant> delay = s.preemptDelayUntil();
    if (!config.preemptDelay().isZero()) {
      // keepalived: the delay starts on the first lower-priority advert and ends on a higher one.
      delay = !lower ? Optional.empty()
          : Optional.of(delay.orElse(now.plus(config.preemptDelay())));
    }
    boolean delaying = delay.isPresent() && now.isBefore(delay.get());
    if (!s.preempt() || !lower || delaying) {
      Duration learned = config.version() == VrrpVersion.V3 ? a.interval() : s.masterAdverInterval();
      VrrpFsmInstanceState n = s.withMaster(learned, Optional.of(a.source()))
          .withPreemptDelayUntil(delay).withMasterReason(MasterReason.MASTER_NO_RESPONSE);
      return stay(n, new ArmMasterDownTimer(masterDown(n)));
    }
    // Preempt: discard, so that Master_Down_Timer runs out (keepalived records the master); the
    // takeover is then preempted(2), not masterNoResponse(3) (RFC 6527, as keepalived)
    return stay(s.withMaster(s.masterAdverInterval(), Optional.of(a.source()))
        .withPreemptDelayUntil(delay).withMasterReason(MasterReason.PREEMPTED));
  }

  /** RFC 5798 section 6.4.3. */
  private Transition master(VrrpFsmInstanceState s, VrrpEvent event) {
    if (event instanceof VrrpEvent.AdverTimerExpired) {
      return stay(s, new SendAdvert(s.priority()), new ArmAdverTimer(config.advertInterval()));
    }
    if (event instanceof VrrpEvent.Shutdown) {
      return go(s, VrrpFsmState.STOP, new CancelTimers(), new SendAdvert(0), new RemoveVips());
    }
    if (event instanceof VrrpEvent.InterfaceDown) {
      // keepalived 2.2.7 leaves MASTER for FAULT with a priority 0 advert ("sent 0 priority"),
      // so that a backup takes over after Skew_Time; on a link that is really down it goes nowhere
      return go(s.withLinkUp(false), VrrpFsmState.FAULT, new CancelTimers(), new SendAdvert(0),
          new RemoveVips());
    }
    if (event instanceof AdvertReceived a) {
      return masterAdvert(s, a);
    }
    if (event instanceof VrrpEvent.StepDown) {
      // keepalived: "Entering BACKUP STATE", "sent 0 priority", then routes and VIPs go; it then
      // waits only its own Skew_Time, as a backup hearing priority 0 does (measured: master again
      // 417 ms later at priority 150), so a lower-priority peer never gets to take over
      VrrpFsmInstanceState n = s.with(VrrpFsmState.BACKUP)
          .withMasterReason(MasterReason.MASTER_NO_RESPONSE);
      return new Transition(n, List.of(new CancelTimers(), new SendAdvert(0), new RemoveVips(),
          new ArmMasterDownTimer(VrrpTimers.skewTime(config.version(), n.priority(),
              n.masterAdverInterval())), new Notify(VrrpFsmState.BACKUP)));
    }
    if (event instanceof VrrpEvent.SyncBackup) {
      // keepalived vrrp_sync_backup: leave as on a higher-priority advert (RFC 5798 section 6.4.3),
      // keeping the interval learnt last; no master is known, so Master_Down_Timer decides.
      return becomeBackup(s, List.of(new CancelTimers(), new RemoveVips()));
    }
    return stay(s);
  }

  private Transition masterAdvert(VrrpFsmInstanceState s, AdvertReceived a) {
    if (a.priority() == 0) {
      return stay(s, new SendAdvert(s.priority()), new ArmAdverTimer(config.advertInterval()));
    }
    boolean higher = a.priority() > s.priority()
        || (a.priority() == s.priority() && compare(a.source(), config.primaryAddress()) > 0);
    if (higher) {
      List<VrrpAction> first = new ArrayList<>();
      first.add(new CancelTimers());
      if (config.higherPrioSendAdvert()) {
        first.add(new SendAdvert(s.priority()));
      }
      first.add(new RemoveVips());
      Duration learned = config.version() == VrrpVersion.V3 ? a.interval() : s.masterAdverInterval();
      return becomeBackup(s.withMaster(learned, Optional.of(a.source())), first);
    }
    // A lower priority master: RFC says discard; keepalived by default re-asserts with an advert.
    if (config.lowerPrioNoAdvert()) {
      return stay(s);
    }
    return stay(s, new SendAdvert(s.priority()), new ArmAdverTimer(config.advertInterval()));
  }

  /** keepalived's FAULT: nothing but the link coming back matters. */
  private Transition fault(VrrpFsmInstanceState s, VrrpEvent event) {
    if (event instanceof VrrpEvent.InterfaceUp) {
      return start(s.withLinkUp(true));
    }
    if (event instanceof VrrpEvent.Shutdown) {
      return go(s, VrrpFsmState.STOP);
    }
    return stay(s);
  }

  private Transition becomeMaster(VrrpFsmInstanceState s) {
    VrrpFsmInstanceState n = s.with(VrrpFsmState.MASTER)
        .withMaster(config.advertInterval(), Optional.of(config.primaryAddress()));
    return new Transition(n, List.of(new SendAdvert(s.priority()), new AddVips(),
        new SendGratuitous(), new ArmAdverTimer(config.advertInterval()),
        new Notify(VrrpFsmState.MASTER)));
  }

  private Transition becomeBackup(VrrpFsmInstanceState s, List<VrrpAction> first) {
    VrrpFsmInstanceState n = s.with(VrrpFsmState.BACKUP)
        .withMasterReason(MasterReason.MASTER_NO_RESPONSE);
    List<VrrpAction> actions = new ArrayList<>(first);
    actions.add(new ArmMasterDownTimer(masterDown(n)));
    actions.add(new Notify(VrrpFsmState.BACKUP));
    return new Transition(n, actions);
  }

  private Duration masterDown(VrrpFsmInstanceState s) {
    return VrrpTimers.masterDownInterval(config.version(), s.priority(), s.masterAdverInterval(),
        config.downTimerAdverts());
  }

  private static Transition stay(VrrpFsmInstanceState s, VrrpAction... actions) {
    return new Transition(s, Arrays.asList(actions));
  }

  private static Transition go(VrrpFsmInstanceState s, VrrpFsmState to, VrrpAction... actions) {
    List<VrrpAction> all = new ArrayList<>(Arrays.asList(actions));
    all.add(new Notify(to));
    return new Transition(s.with(to), all);
  }

  /** Unsigned comparison of two addresses of the same family (RFC 5798 section 6.4.3). */
  static int compare(InetAddress a, InetAddress b) {
    return Arrays.compareUnsigned(a.getAddress(), b.getAddress());
  }
}
