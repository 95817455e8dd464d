package org.jkeepalived.vrrp.track;

import java.util.List;

/**
 * An instance's priority and tracking state.
 *
 * @param effectivePriority the priority advertised: base + adjustments, within 1..254; 255 for an
 *     address owner whatever the trackers
 * @param totalPriority base + adjustments before clamping (keepalived's total_priority)
 * @param fault some tracked object holds the instance in FAULT
 * @param pending some weight-0 script has not reported yet: the instance stays in INIT
 * @param faultedBy the objects holding the instance in FAULT, in tracking order
 */
public record PriorityResult(
    int effectivePriority, int totalPriority, boolean fault, boolean pending, List<TrackerKey> faultedBy) {
  public PriorityResult {
    faultedBy = List.copyOf(faultedBy);
  }
}
