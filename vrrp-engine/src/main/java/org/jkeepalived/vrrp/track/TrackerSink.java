package org.jkeepalived.vrrp.track;

import org.jkeepalived.mibs.model.ScriptResult;

/**
 * Where trackers hand what they observe; the store adapter ({@link StoreTrackerSink}) and the
 * engine's priority recomputation listen here. Called on the tracker's loop.
 */
public interface TrackerSink {
  /** The object's current observation (sent on every change, and once at start). */
  void update(TrackerKey key, Observation observation);

  /** A vrrp_script's vrrpScriptResult, which tells initfailed apart from bad. */
  default void scriptResult(String name, ScriptResult result) {}
}
