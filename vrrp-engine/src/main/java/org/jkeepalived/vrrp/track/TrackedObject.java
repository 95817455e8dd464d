package org.jkeepalived.vrrp.track;

import java.util.Objects;

/**
 * One tracked object as it applies to one instance, after weight resolution: the reference's own
 * weight, else the tracked object's default, and the sync-group / address-owner corrections of
 * {@link TrackingResolver}.
 *
 * @param weight the weight in effect; 0 means "FAULT when down" (or when up, if reversed)
 * @param reverse keepalived's weight_multiplier of -1: inverts the direction of the adjustment
 */
public record TrackedObject(TrackerKind kind, String name, int weight, boolean reverse) {
  public TrackedObject {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(name);
  }

  /** The key under which observations of this object are looked up. */
  public TrackerKey key() {
    return new TrackerKey(kind, name);
  }
}
