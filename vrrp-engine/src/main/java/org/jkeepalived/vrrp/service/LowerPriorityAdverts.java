package org.jkeepalived.vrrp.service;

import java.net.InetAddress;
import java.util.Arrays;
import org.jkeepalived.mibs.config.IpText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the adverts a master receives from a router it wins against, for
 * notify_master_rx_lower_pri. keepalived 2.2.7 (vrrp_state_master_rx) treats an advert as lower
 * when its priority is below the master's effective priority, or equal to it from a lower
 * primary address; priority 0 is handled before and never counts. Each such advert logs {@code
 * (NAME) Received advert from ADDR with lower priority P, ours Q[, forcing new election]} and
 * fires the notify once. Loop only.
 */
final class LowerPriorityAdverts {
  private static final Logger LOG = LoggerFactory.getLogger(LowerPriorityAdverts.class);

  private long count;

  /** The number counted so far (published in the instance's state row). */
  long count() {
    return count;
  }

  /**
   * Looks at an advert received in MASTER state, before the state machine handles it.
   *
   * @param ours the master's effective priority
   * @param self the master's primary address (the advert source it sends with)
   * @param forcesElection false with lower_prio_no_advert (no advert is sent in reply)
   * @return whether it was counted
   */
  boolean received(String instance, int theirs, InetAddress from, int ours, InetAddress self,
      boolean forcesElection) {
    if (!isLower(theirs, from, ours, self)) {
      return false;
    }
    count++;
    LOG.info("({}) Received advert from {} with lower priority {}, ours {}{}", instance,
        IpText.format(from), theirs, ours, forcesElection ? ", forcing new election" : "");
    return true;
  }

  /** keepalived's rule: lower priority, or equal priority from a lower address; never 0. */
  static boolean isLower(int theirs, InetAddress from, int ours, InetAddress self) {
    if (theirs == 0) {
      return false;
    }
    if (theirs != ours) {
      return theirs < ours;
    }
    return self != null && from != null && compare(from, self) < 0;
  }

  private static int compare(InetAddress a, InetAddress b) {
    return Arrays.compareUnsigned(a.getAddress(), b.getAddress());
  }
}
