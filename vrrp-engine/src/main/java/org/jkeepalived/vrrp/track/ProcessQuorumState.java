package org.jkeepalived.vrrp.track;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The quorum of one vrrp_track_process with its debounce delays (keepalived track_process.c):
 * the tracker is up while quorum <= count <= quorum_max. When the count reaches quorum and a
 * terminate-delay timer is running, the timer is cancelled and nothing is reported (the loss never
 * became visible); otherwise a fork_delay defers "up" until it expires with the quorum still met.
 * Symmetrically a lost quorum cancels a pending fork timer, or waits terminate_delay before "down".
 * Pure: time comes in as arguments, and {@link #nextDeadline()} says when to call {@link #tick}.
 *
 * @param up the reported state
 * @param count processes now matching
 * @param pendingSince the deadline of the running fork or terminate timer, or null
 */
public record ProcessQuorumState(
    int quorum, int quorumMax, Duration forkDelay, Duration terminateDelay, boolean up, int count, Instant pendingSince) {

  /** The state right after the initial /proc scan: no delay applies to it. */
  public static ProcessQuorumState initial(
      int quorum, int quorumMax, Duration forkDelay, Duration terminateDelay, int count) {
    boolean q = count >= quorum && count <= quorumMax;
    return new ProcessQuorumState(quorum, quorumMax, orZero(forkDelay), orZero(terminateDelay), q, count, null);
  }

  private static Duration orZero(Duration d) {
    return d == null ? Duration.ZERO : d;
  }

  /** Whether {@code count} matching processes meet the quorum. */
  public boolean hasQuorum() {
    return count >= quorum && count <= quorumMax;
  }

  public Observation observation() {
    return Observation.of(up);
  }

  /** When a running timer expires; empty if none runs. */
  public Optional<Instant> nextDeadline() {
    return Optional.ofNullable(pendingSince);
  }

  /** The number of matching processes changed. */
  public ProcessQuorumState withCount(int newCount, Instant now) {
    ProcessQuorumState s = new ProcessQuorumState(
        quorum, quorumMax, forkDelay, terminateDelay, up, newCount, pendingSince);
    boolean q = s.hasQuorum();
    if (q == up) {
      // Back to the reported state before a timer fired: the change never becomes visible.
      return s.withPending(null);
    }
    if (pendingSince != null) {
      return s; // already waiting to report this very change
    }
    Duration delay = q ? forkDelay : terminateDelay;
    if (delay.isZero()) {
      return new ProcessQuorumState(quorum, quorumMax, forkDelay, terminateDelay, q, newCount, null);
    }
    return s.withPending(now.plus(delay));
  }

  /** Time passed: a timer that has expired reports the quorum as it now is. */
  public ProcessQuorumState tick(Instant now) {
    if (pendingSince == null || now.isBefore(pendingSince)) {
      return this;
    }
    return new ProcessQuorumState(quorum, quorumMax, forkDelay, terminateDelay, hasQuorum(), count, null);
  }

  private ProcessQuorumState withPending(Instant deadline) {
    return new ProcessQuorumState(quorum, quorumMax, forkDelay, terminateDelay, up, count, deadline);
  }
}
