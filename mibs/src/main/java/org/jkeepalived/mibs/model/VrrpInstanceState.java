package org.jkeepalived.mibs.model;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Objects;

/**
 * What the VRRP engine observes of one instance (state part of vrrpInstanceTable, and the source
 * of the RFC 2787/6527 operations and statistics rows of the same instance).
 *
 * @param state current state (vrrpInstanceState)
 * @param wantedState state being moved to (vrrpInstanceWantedState)
 * @param effectivePriority base priority adjusted by trackers, 0..255 (vrrpInstanceEffectivePriority)
 * @param vipsStatus whether all VIPs are set (vrrpInstanceVipsStatus)
 * @param masterAddress primary address of the current master, null while unknown
 * @param upSince when the instance left the initialize state, null while it has not
 * @param newMasterReason why this router last became master
 * @param protoErrReason last protocol error seen
 * @param stats the instance's counters
 * @param lastAuthError the last advertisement dropped for failing authentication, null while
 *     none has been; published together with the matching {@link VrrpStats} counter increment
 *     (vrrpTrapAuthFailure fires when that counter grows)
 * @param masterRxLowerPri adverts with a lower priority (or the same priority from a lower
 *     address) received while master; notify_master_rx_lower_pri and the FIFO's {@code
 *     MASTER_RX_LOWER_PRI} line fire once for each increment (no MIB column)
 */
public record VrrpInstanceState(
    VrrpState state,
    VrrpState wantedState,
    int effectivePriority,
    VipsStatus vipsStatus,
    InetAddress masterAddress,
    Instant upSince,
    NewMasterReason newMasterReason,
    ProtoErrReason protoErrReason,
    VrrpStats stats,
    VrrpAuthError lastAuthError,
    long masterRxLowerPri) {

  public VrrpInstanceState {
    Objects.requireNonNull(state);
    Objects.requireNonNull(wantedState);
    Objects.requireNonNull(vipsStatus);
    Objects.requireNonNull(newMasterReason);
    Objects.requireNonNull(protoErrReason);
    Objects.requireNonNull(stats);
    if (effectivePriority < 0 || effectivePriority > 255) {
      throw new IllegalArgumentException("priority out of 0..255: " + effectivePriority);
    }
    if (masterRxLowerPri < 0) {
      throw new IllegalArgumentException("negative counter: " + masterRxLowerPri);
    }
  }

  /** A state with no lower-priority advert counted (the form before masterRxLowerPri existed). */
  public VrrpInstanceState(
      VrrpState state,
      VrrpState wantedState,
      int effectivePriority,
      VipsStatus vipsStatus,
      InetAddress masterAddress,
      Instant upSince,
      NewMasterReason newMasterReason,
      ProtoErrReason protoErrReason,
      VrrpStats stats,
      VrrpAuthError lastAuthError) {
    this(state, wantedState, effectivePriority, vipsStatus, masterAddress, upSince, newMasterReason,
        protoErrReason, stats, lastAuthError, 0);
  }

  /** A state with no authentication error seen (the form before lastAuthError existed). */
  public VrrpInstanceState(
      VrrpState state,
      VrrpState wantedState,
      int effectivePriority,
      VipsStatus vipsStatus,
      InetAddress masterAddress,
      Instant upSince,
      NewMasterReason newMasterReason,
      ProtoErrReason protoErrReason,
      VrrpStats stats) {
    this(state, wantedState, effectivePriority, vipsStatus, masterAddress, upSince, newMasterReason,
        protoErrReason, stats, null);
  }

  /** This state after dropping an advertisement that failed authentication, counted in {@code s}. */
  public VrrpInstanceState withAuthError(VrrpAuthError error, VrrpStats s) {
    return new VrrpInstanceState(state, wantedState, effectivePriority, vipsStatus, masterAddress,
        upSince, newMasterReason, protoErrReason, s, Objects.requireNonNull(error),
        masterRxLowerPri);
  }

  /** The state before the engine has run the instance. */
  public static VrrpInstanceState initial(int priority) {
    return new VrrpInstanceState(
        VrrpState.INIT, VrrpState.INIT, priority, VipsStatus.NOT_ALL_SET, null, null,
        NewMasterReason.NOT_MASTER, ProtoErrReason.NO_ERROR, VrrpStats.ZERO);
  }

  /** The RFC 2787/6527 view of {@link #state}: fault, init and the stopped states are initialize. */
  public VrrpOperState operState() {
    return switch (state) {
      case MASTER -> VrrpOperState.MASTER;
      case BACKUP -> VrrpOperState.BACKUP;
      default -> VrrpOperState.INITIALIZE;
    };
  }
}
