package org.jkeepalived.lvs.forward.sched;

import java.time.Duration;
import java.util.List;

/** What lblc and lblcr share (ip_vs_lblc.c, ip_vs_lblcr.c). */
final class Locality {
  /** sysctl lblc_expiration / lblcr_expiration default: an unused entry goes after a day. */
  static final Duration EXPIRATION = Duration.ofHours(24);
  /** IP_VS_LBLC_TAB_SIZE x 16: past this many entries, idle ones are dropped. */
  static final int MAX_ENTRIES = 1024 * 16;
  /** ENTRY_TIMEOUT: idle time after which an entry may go when the table is over its size. */
  static final Duration ENTRY_TIMEOUT = Duration.ofSeconds(60);

  private Locality() {}

  /**
   * is_overloaded(): a destination with more active connections than its weight counts as
   * overloaded while some destination is below half of its own weight.
   */
  static boolean overloaded(Candidate d, List<? extends Candidate> dests) {
    if (d.activeConns() > d.weight()) {
      for (Candidate other : dests) {
        if (other.activeConns() * 2 < other.weight()) {
          return true;
        }
      }
    }
    return false;
  }
}
