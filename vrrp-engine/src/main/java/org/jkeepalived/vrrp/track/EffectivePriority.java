package org.jkeepalived.vrrp.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * keepalived's effective priority (vrrp_set_effective_priority): the base priority plus the sum of
 * the tracked objects' effects, clamped to 1..254. An address owner (base 255) keeps 255: keepalived
 * never changes its priority, and drops its weighted trackers at start-up ({@link
 * TrackingResolver}); weight-0 trackers can still put it in FAULT.
 */
public final class EffectivePriority {
  /** RFC 5798 section 5.2.4: the address owner's priority. */
  public static final int OWNER = 255;

  public static final int MIN = 1;

  /** The highest priority a non-owner can advertise. */
  public static final int MAX = OWNER - 1;

  private EffectivePriority() {}

  /** Clamps a total priority as keepalived does: below 1 gives 1, 255 or more gives 254. */
  public static int clamp(int basePriority, int totalPriority) {
    if (basePriority == OWNER) {
      return OWNER;
    }
    return Math.max(MIN, Math.min(MAX, totalPriority));
  }

  /**
   * Evaluates every tracked object against what its tracker reports; an object with no report yet
   * counts as {@link TrackerMath#initialObservation}.
   */
  public static PriorityResult evaluate(
      int basePriority, List<TrackedObject> tracked, Map<TrackerKey, Observation> observations) {
    int total = basePriority;
    boolean pending = false;
    List<TrackerKey> faults = new ArrayList<>();
    for (TrackedObject t : tracked) {
      Observation o = observations.get(t.key());
      if (o == null) {
        o = TrackerMath.initialObservation(t.kind());
      }
      TrackerEffect e = TrackerMath.effect(t, o);
      if (basePriority != OWNER) {
        total += e.delta();
      }
      pending |= e.pending();
      if (e.fault()) {
        faults.add(t.key());
      }
    }
    return new PriorityResult(clamp(basePriority, total), total, !faults.isEmpty(), pending, faults);
  }
}
