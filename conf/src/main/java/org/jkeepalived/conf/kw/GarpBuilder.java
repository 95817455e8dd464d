package org.jkeepalived.conf.kw;

import java.time.Duration;
import org.jkeepalived.mibs.config.GarpTimers;

/**
 * Gratuitous ARP timings while read; the lower-priority values follow the master ones unless set
 * (keepalived: vrrp_garp_lower_prio_delay defaults to vrrp_garp_master_delay).
 */
public final class GarpBuilder {
  public Duration masterDelay = Duration.ofSeconds(5);
  public int masterRepeat = 5;
  public Duration lowerPrioDelay;
  public Integer lowerPrioRepeat;
  public Duration masterRefresh = Duration.ZERO;
  public int masterRefreshRepeat = 1;
  public Duration arpInterval = Duration.ZERO;
  public Duration naInterval = Duration.ZERO;

  /** Starts from the given defaults (an instance inherits the global ones). */
  public void from(GarpTimers t) {
    masterDelay = t.masterDelay();
    masterRepeat = t.masterRepeat();
    lowerPrioDelay = t.lowerPrioDelay();
    lowerPrioRepeat = t.lowerPrioRepeat();
    masterRefresh = t.masterRefresh();
    masterRefreshRepeat = t.masterRefreshRepeat();
    arpInterval = t.arpInterval();
    naInterval = t.naInterval();
  }

  public GarpTimers build() {
    return new GarpTimers(
        masterDelay,
        masterRepeat,
        lowerPrioDelay != null ? lowerPrioDelay : masterDelay,
        lowerPrioRepeat != null ? lowerPrioRepeat : masterRepeat,
        masterRefresh,
        masterRefreshRepeat,
        arpInterval,
        naInterval);
  }
}
