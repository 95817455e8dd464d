package org.jkeepalived.vrrp.vip;

import java.time.Duration;
import java.util.Objects;
import org.jkeepalived.mibs.config.GarpTimers;

/**
 * When a new master announces its VIPs (keepalived 2.2.7 vrrp_send_link_update and the
 * garp_delay / garp_refresh timers): a burst of {@code repeat} gratuitous ARPs / unsolicited NAs
 * per address at once, a second burst {@code delay} later (none when zero), and while master a
 * burst of {@code refreshRepeat} every {@code refresh} (none when zero). Within a burst, IPv4
 * messages are spaced by {@code arpInterval} and IPv6 ones by {@code naInterval}; in the daemon
 * a shared {@link GarpPacer} does the spacing per interface and garp_group instead, with these
 * intervals for interfaces nothing else paces.
 */
public record GarpPlan(Duration delay, int repeat, Duration refresh, int refreshRepeat,
    Duration arpInterval, Duration naInterval) {

  public GarpPlan {
    Objects.requireNonNull(delay);
    Objects.requireNonNull(refresh);
    Objects.requireNonNull(arpInterval);
    Objects.requireNonNull(naInterval);
    if (repeat < 1 || refreshRepeat < 1) {
      throw new IllegalArgumentException("repeat counts start at 1");
    }
  }

  /**
   * The plan of an instance's timers; {@code vrrp_min_garp} cuts it to one message per address
   * and no second burst or refresh.
   */
  public static GarpPlan of(GarpTimers t, boolean minGarp) {
    if (minGarp) {
      return new GarpPlan(Duration.ZERO, 1, Duration.ZERO, 1, t.arpInterval(), t.naInterval());
    }
    return new GarpPlan(t.masterDelay(), Math.max(1, t.masterRepeat()), t.masterRefresh(),
        Math.max(1, t.masterRefreshRepeat()), t.arpInterval(), t.naInterval());
  }

  /** keepalived's defaults: 5 at once, 5 more after 5 s, no refresh, no spacing. */
  public static GarpPlan defaults() {
    return of(GarpTimers.DEFAULTS, false);
  }
}
