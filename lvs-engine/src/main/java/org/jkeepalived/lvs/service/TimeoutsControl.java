package org.jkeepalived.lvs.service;

import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.IpvsTimeouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * lvs_timeouts: set at start and on a reload that changes them; the kernel's own values are read
 * before the first change and put back when the setting goes or the engine stops, as keepalived's
 * ipvs_stop restores the timeouts it changed. Runs on the engine's loop.
 */
final class TimeoutsControl {
  private static final Logger LOG = LoggerFactory.getLogger("org.jkeepalived.lvs");

  private final IpvsControl ipvs;
  private IpvsTimeouts saved;

  TimeoutsControl(IpvsControl ipvs) {
    this.ipvs = ipvs;
  }

  /** Applies {@code t}, or restores the kernel's values when null. */
  void apply(IpvsTimeouts t) {
    try {
      if (t != null) {
        if (saved == null) {
          saved = ipvs.timeouts();
        }
        ipvs.setTimeouts(t);
      } else if (saved != null) {
        ipvs.setTimeouts(saved);
        saved = null;
      }
    } catch (IpvsException e) {
      LOG.info("Failed to set ipvs timeouts");
    }
  }
}
