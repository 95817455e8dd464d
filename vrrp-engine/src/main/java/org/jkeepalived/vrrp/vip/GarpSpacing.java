package org.jkeepalived.vrrp.vip;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jkeepalived.mibs.config.GarpGroupConfig;
import org.jkeepalived.mibs.config.KeepalivedConfig;

/**
 * The configured spacing of gratuitous ARPs and unsolicited NAs per interface (keepalived 2.2.7
 * garp_delay): each garp_group spaces the messages sent on any of its interfaces, whatever
 * instance sends them; an interface in no group is spaced by the global {@code vrrp_garp_interval}
 * / {@code vrrp_gna_interval} on its own. Zero means no spacing.
 */
public record GarpSpacing(List<GarpGroupConfig> groups, Duration arpInterval,
    Duration naInterval) {
  /** No group and no global interval: every message goes at once. */
  public static final GarpSpacing NONE = new GarpSpacing(List.of(), Duration.ZERO, Duration.ZERO);

  public GarpSpacing {
    groups = List.copyOf(groups);
    Objects.requireNonNull(arpInterval);
    Objects.requireNonNull(naInterval);
  }

  /** The spacing a whole configuration asks for. */
  public static GarpSpacing of(KeepalivedConfig config) {
    Duration arp = Duration.ZERO;
    Duration na = Duration.ZERO;
    if (config.global() != null && config.global().vrrp() != null
        && config.global().vrrp().garp() != null) {
      arp = config.global().vrrp().garp().arpInterval();
      na = config.global().vrrp().garp().naInterval();
    }
    return new GarpSpacing(config.garpGroups(), arp, na);
  }
}
