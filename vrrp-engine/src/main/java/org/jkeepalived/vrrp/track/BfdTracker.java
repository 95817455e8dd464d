package org.jkeepalived.vrrp.track;

import java.util.HashMap;
import java.util.Map;
import org.jkeepalived.mibs.model.BfdState;

/**
 * Port for track_bfd: the BFD engine's session states (which reach VRRP as store events) turned
 * into up/down observations. A session counts as up only in the Up state; keepalived starts every
 * tracked BFD instance down. Weight and reverse are applied by {@link TrackerMath}.
 */
public final class BfdTracker {
  private final TrackerSink sink;
  private final Map<String, Boolean> up = new HashMap<>();

  public BfdTracker(TrackerSink sink) {
    this.sink = sink;
  }

  /** A bfd_instance's session changed state; call on the loop. Publishes only real changes. */
  public void sessionState(String bfdInstance, BfdState state) {
    boolean isUp = state == BfdState.UP;
    Boolean prev = up.put(bfdInstance, isUp);
    if (prev == null || prev != isUp) {
      sink.update(new TrackerKey(TrackerKind.BFD, bfdInstance), Observation.of(isUp));
    }
  }

  /** A bfd_instance was removed from the configuration: its session is gone, hence down. */
  public void removed(String bfdInstance) {
    sessionState(bfdInstance, BfdState.DOWN);
  }
}
