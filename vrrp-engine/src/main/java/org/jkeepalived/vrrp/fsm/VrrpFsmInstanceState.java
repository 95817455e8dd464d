package org.jkeepalived.vrrp.fsm;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The run-time state of one instance, as the state machine sees it. Immutable: each step
 * returns a new one.
 *
 * @param state the protocol state
 * @param priority the effective priority (1..255; configured priority adjusted by tracking or
 *     set over SNMP)
 * @param preempt Preempt_Mode (keepalived: not {@code nopreempt}); settable over SNMP
 * @param masterAdverInterval Master_Adver_Interval: v3 learns it from the master's adverts
 * @param masterAddress the current master's address when known
 * @param preemptDelayUntil when a running preempt delay ends (keepalived starts it on the first
 *     lower-priority advert and clears it on an advert of equal or higher priority)
 * @param linkUp whether the interface is up
 * @param masterReason why this instance would become master if it did now, or why it did last
 */
public record VrrpFsmInstanceState(
    VrrpFsmState state,
    int priority,
    boolean preempt,
    Duration masterAdverInterval,
    Optional<InetAddress> masterAddress,
    Optional<Instant> preemptDelayUntil,
    boolean linkUp,
    MasterReason masterReason) {

  public VrrpFsmInstanceState {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(masterAdverInterval, "masterAdverInterval");
    Objects.requireNonNull(masterAddress, "masterAddress");
    Objects.requireNonNull(preemptDelayUntil, "preemptDelayUntil");
    Objects.requireNonNull(masterReason, "masterReason");
    if (priority < 1 || priority > 255) {
      throw new IllegalArgumentException("priority " + priority + " outside 1..255");
    }
  }

  /** A new instance in INITIALIZE with its link up. */
  public static VrrpFsmInstanceState initial(int priority, boolean preempt, VrrpFsmConfig config) {
    return new VrrpFsmInstanceState(VrrpFsmState.INITIALIZE, priority, preempt,
        config.advertInterval(), Optional.empty(), Optional.empty(), true,
        MasterReason.MASTER_NO_RESPONSE);
  }

  VrrpFsmInstanceState with(VrrpFsmState s) {
    return new VrrpFsmInstanceState(s, priority, preempt, masterAdverInterval, masterAddress,
        preemptDelayUntil, linkUp, masterReason);
  }

  VrrpFsmInstanceState withPriority(int p) {
    return new VrrpFsmInstanceState(state, p, preempt, masterAdverInterval, masterAddress,
        preemptDelayUntil, linkUp, masterReason);
  }

  VrrpFsmInstanceState withPreempt(boolean p) {
    return new VrrpFsmInstanceState(state, priority, p, masterAdverInterval, masterAddress,
        preemptDelayUntil, linkUp, masterReason);
  }

  VrrpFsmInstanceState withMaster(Duration interval, Optional<InetAddress> master) {
    return new VrrpFsmInstanceState(state, priority, preempt, interval, master, preemptDelayUntil,
        linkUp, masterReason);
  }

  VrrpFsmInstanceState withPreemptDelayUntil(Optional<Instant> until) {
    return new VrrpFsmInstanceState(state, priority, preempt, masterAdverInterval, masterAddress,
        until, linkUp, masterReason);
  }

  VrrpFsmInstanceState withLinkUp(boolean up) {
    return new VrrpFsmInstanceState(state, priority, preempt, masterAdverInterval, masterAddress,
        preemptDelayUntil, up, masterReason);
  }

  VrrpFsmInstanceState withMasterReason(MasterReason r) {
    return new VrrpFsmInstanceState(state, priority, preempt, masterAdverInterval, masterAddress,
        preemptDelayUntil, linkUp, r);
  }
}
