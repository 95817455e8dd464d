package org.jkeepalived.vrrp.track;

/**
 * State row for vrrpFileTable, vrrpProcessTable and vrrpBfdTable as the trackers publish it. The
 * tables helper has the same shape as {@code mibs.model.TrackerState}; this record stands in until
 * that lands on main.
 *
 * @param up process quorum met, BFD session up, track_file value 0
 * @param value the track_file's value; 0 for processes and BFD
 */
public record TrackedObjectState(boolean up, long value) {}
