package org.jkeepalived.vrrp.track;

/**
 * The effect of one tracked object on one instance, as keepalived 2.2.7 computes it
 * (vrrp_track.c: process_script_update_priority, process_update_track_process_status,
 * initialise_*_tracking_priorities, update_track_file_status). All steady-state: the sum of the
 * effects of every tracker equals keepalived's running total_priority adjustments.
 */
public final class TrackerMath {
  /** A track_file result at or below this puts the instance in FAULT. */
  public static final int FILE_FAULT = -254;

  /** A track_file result is capped here (the effective priority is capped at 254 anyway). */
  public static final int FILE_MAX = 253;

  /** Values beyond this saturate whatever the weight (|weight| >= 1), so they are cut first. */
  private static final long VALUE_LIMIT = 1_000_000L;

  private TrackerMath() {}

  /**
   * The effect of a tracked object given what its tracker reports.
   *
   * <ul>
   *   <li>weight 0: FAULT when down, or when up if reversed; a script that has not reported yet
   *       holds the instance in INIT;
   *   <li>up/down objects with a weight: a positive weight adds {@code weight} while up, a negative
   *       weight adds {@code weight} while down; reverse negates what is added (so reverse with a
   *       positive weight subtracts while up);
   *   <li>track_file with a weight: {@code value * weight}, negated if reversed, capped at 253; at
   *       or below -254 the instance goes to FAULT whatever the weight.
   * </ul>
   */
  public static TrackerEffect effect(TrackedObject object, Observation observation) {
    if (object.kind() == TrackerKind.FILE) {
      long value = observation instanceof Observation.Value v ? v.value() : 0;
      if (observation instanceof Observation.State s) {
        throw new IllegalArgumentException("track_file " + object.name() + " observed as " + s);
      }
      return fileEffect(object.weight(), object.reverse(), value);
    }
    if (observation instanceof Observation.Value v) {
      throw new IllegalArgumentException(object.kind() + " " + object.name() + " observed as " + v);
    }
    if (observation instanceof Observation.Pending) {
      return object.weight() == 0 && object.kind() == TrackerKind.SCRIPT
          ? TrackerEffect.PENDING
          : TrackerEffect.NONE;
    }
    return binaryEffect(object.weight(), object.reverse(), ((Observation.State) observation).up());
  }

  /** The effect of an up/down object (script, process, interface, BFD). */
  public static TrackerEffect binaryEffect(int weight, boolean reverse, boolean up) {
    int multiplier = reverse ? -1 : 1;
    if (weight == 0) {
      // keepalived: down_instance() when "up != (multiplier == 1)"
      return up == reverse ? TrackerEffect.FAULT : TrackerEffect.NONE;
    }
    if (up) {
      return TrackerEffect.delta(weight > 0 ? weight * multiplier : 0);
    }
    return TrackerEffect.delta(weight < 0 ? weight * multiplier : 0);
  }

  /** The effect of a track_file holding {@code value}. */
  public static TrackerEffect fileEffect(int weight, boolean reverse, long value) {
    if (weight == 0) {
      // Weight 0: a non-zero value is a failure (a zero value when reversed).
      return (value != 0) != reverse ? TrackerEffect.FAULT : TrackerEffect.NONE;
    }
    long v = Math.max(-VALUE_LIMIT, Math.min(VALUE_LIMIT, value));
    long status = v * weight * (reverse ? -1 : 1);
    if (status <= FILE_FAULT) {
      return TrackerEffect.FAULT;
    }
    return TrackerEffect.delta((int) Math.min(status, FILE_MAX));
  }

  /**
   * What an object counts as before its tracker has said anything: a script is pending, a file
   * reads 0, a process without quorum, an interface that does not exist and a BFD session not yet
   * up are down (keepalived starts bfd_up false).
   */
  public static Observation initialObservation(TrackerKind kind) {
    return switch (kind) {
      case SCRIPT -> Observation.PENDING;
      case FILE -> Observation.value(0);
      case INTERFACE, PROCESS, BFD -> Observation.DOWN;
    };
  }
}
