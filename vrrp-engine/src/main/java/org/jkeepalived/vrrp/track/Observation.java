package org.jkeepalived.vrrp.track;

/**
 * What a tracker currently reports about one object: nothing yet (a vrrp_script that has not
 * exited once), up or down, or a number (a track_file's value).
 */
public sealed interface Observation {
  /** Not reported yet: keepalived's SCRIPT_INIT_STATE_INIT. */
  Observation PENDING = new Pending();

  Observation UP = new State(true);

  Observation DOWN = new State(false);

  static Observation of(boolean up) {
    return up ? UP : DOWN;
  }

  static Observation value(long value) {
    return new Value(value);
  }

  /** No result yet. */
  record Pending() implements Observation {}

  /** An up/down result (script after rise/fall, process quorum, interface, BFD session). */
  record State(boolean up) implements Observation {}

  /** A track_file's value (a missing or unreadable file reads as 0). */
  record Value(long value) implements Observation {}
}
