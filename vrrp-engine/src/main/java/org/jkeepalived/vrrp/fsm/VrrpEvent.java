package org.jkeepalived.vrrp.fsm;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/** What can happen to an instance. Adverts arrive already decoded and policy-checked. */
public sealed interface VrrpEvent {
  /** RFC 5798 section 6.4.1: the instance is enabled. */
  record Startup() implements VrrpEvent {}

  /**
   * keepalived's vrrp_startup_delay: the instance shows as BACKUP (keepalived logs "Entering
   * BACKUP STATE (init)" at start) but arms no timer until {@link Startup} ends the delay.
   */
  record Hold() implements VrrpEvent {}

  /** The instance is disabled or the daemon stops. */
  record Shutdown() implements VrrpEvent {}

  /**
   * A valid advertisement for this VRID.
   *
   * @param priority the sender's priority, 0 when it is leaving
   * @param source the sender's IP address (its primary address)
   * @param interval the sender's advert interval (v3 backups adopt it)
   */
  record AdvertReceived(int priority, InetAddress source, Duration interval)
      implements VrrpEvent {
    public AdvertReceived {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(interval, "interval");
      if (priority < 0 || priority > 255) {
        throw new IllegalArgumentException("priority " + priority);
      }
    }
  }

  /** The Master_Down_Timer fired. */
  record MasterDownTimerExpired() implements VrrpEvent {}

  /**
   * The BFD session to the master went Down (jkeepalived's bfd_fast_takeover, in the spirit of
   * draft-ietf-rtgwg-vrrp-bfd-p2p): a BACKUP takes the master role at once, as if
   * Master_Down_Timer had fired, instead of waiting Master_Down_Interval. Nothing elsewhere.
   */
  record MasterPeerDown() implements VrrpEvent {}

  /** The Adver_Timer fired. */
  record AdverTimerExpired() implements VrrpEvent {}

  /** The interface (or something tracked as fatal) went down: keepalived's FAULT. */
  record InterfaceDown() implements VrrpEvent {}

  /** The interface came back. */
  record InterfaceUp() implements VrrpEvent {}

  /** The effective priority changed (tracking weights, or an SNMP set of the base priority). */
  record PriorityChanged(int priority) implements VrrpEvent {
    public PriorityChanged {
      if (priority < 1 || priority > 255) {
        throw new IllegalArgumentException("priority " + priority);
      }
    }
  }

  /**
   * Another member of this instance's sync group left MASTER for BACKUP, so this one must too
   * (keepalived vrrp_sync_backup). Means something only in MASTER.
   */
  record SyncBackup() implements VrrpEvent {}

  /**
   * A master lost something it must hold (a tracked virtual route or rule deleted under it):
   * keepalived 2.2.7 leaves for BACKUP with a priority 0 advert and takes the master role again
   * after its own Skew_Time unless a higher-priority router answers first; the routes and VIPs
   * are removed and added again.
   */
  record StepDown() implements VrrpEvent {}

  /** Preempt_Mode changed (SNMP set of vrrpInstancePreempt). */
  record PreemptChanged(boolean preempt) implements VrrpEvent {}
}
