package org.jkeepalived.lvs.service;

/**
 * keepalived's quorum with hysteresis (check/ipwrapper.c update_quorum_state): the quorum is
 * gained when the weights of the live real servers reach {@code quorum + hysteresis}, and lost
 * when they fall below {@code quorum - hysteresis} or to nothing at all. Pure.
 */
final class QuorumRule {
  private QuorumRule() {}

  /** The threshold the weight sum is compared with, from the current state. */
  static long threshold(boolean up, long quorum, long hysteresis) {
    return quorum + (up ? -hysteresis : hysteresis);
  }

  /** The quorum state after a change of the live weight sum. */
  static boolean next(boolean up, long weightSum, long quorum, long hysteresis) {
    long threshold = threshold(up, quorum, hysteresis);
    if (!up) {
      return weightSum >= threshold;
    }
    return weightSum != 0 && weightSum >= threshold;
  }
}
