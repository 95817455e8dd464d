package org.jkeepalived.vrrp.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jkeepalived.mibs.config.GarpGroupConfig;

/**
 * Hands out send times for gratuitous ARPs and unsolicited NAs so that messages on the same
 * interface, or on interfaces of the same garp_group, are at least the configured interval apart,
 * across all instances (keepalived 2.2.7 keeps a next-send time per garp_delay and queues a
 * message that comes earlier). ARPs and NAs are paced apart from each other. Pure: time is an
 * argument. Engine loop only.
 */
public final class GarpPacer {
  private final Map<String, String> groupOf = new HashMap<>();
  private final Map<String, GarpGroupConfig> groups = new HashMap<>();
  private GarpSpacing spacing;
  private final Map<String, Instant> nextArp = new HashMap<>();
  private final Map<String, Instant> nextNa = new HashMap<>();

  public GarpPacer(GarpSpacing spacing) {
    respace(spacing);
  }

  /**
   * Takes new spacing (a reload): later reservations follow it. Slots already handed out stay;
   * an interface keeps its next free slot, a group's schedule starts afresh (its members may
   * have changed).
   */
  public void respace(GarpSpacing next) {
    this.spacing = Objects.requireNonNull(next);
    groups.keySet().forEach(k -> {
      nextArp.remove(k);
      nextNa.remove(k);
    });
    groups.clear();
    groupOf.clear();
    int n = 0;
    for (GarpGroupConfig g : next.groups()) {
      String key = "group" + n++;
      groups.put(key, g);
      // an interface named in two groups belongs to the first, as keepalived warns and does
      g.interfaces().forEach(i -> groupOf.putIfAbsent(i, key));
    }
  }

  /** As {@link #reserve(String, boolean, Instant, Duration)} with no instance interval. */
  public Duration reserve(String ifname, boolean ipv6, Instant now) {
    return reserve(ifname, ipv6, now, Duration.ZERO);
  }

  /**
   * Reserves the next slot for one message on {@code ifname} and returns how long after {@code
   * now} it is: zero when the interface is unpaced or its last message is an interval old.
   *
   * @param instanceInterval the sending instance's own interval, used for an interface in no
   *     garp_group when no global interval is set (an instance's timers inherit the global ones)
   */
  public Duration reserve(String ifname, boolean ipv6, Instant now, Duration instanceInterval) {
    String key = groupOf.getOrDefault(ifname, "if:" + ifname);
    Duration interval = interval(key, ipv6);
    if (interval.isZero() && !groups.containsKey(key)) {
      interval = instanceInterval;
    }
    if (interval.isZero()) {
      return Duration.ZERO;
    }
    Map<String, Instant> next = ipv6 ? nextNa : nextArp;
    Instant slot = next.getOrDefault(key, now);
    if (slot.isBefore(now)) {
      slot = now;
    }
    next.put(key, slot.plus(interval));
    return Duration.between(now, slot);
  }

  private Duration interval(String key, boolean ipv6) {
    GarpGroupConfig g = groups.get(key);
    Duration d = g == null ? null : ipv6 ? g.gnaInterval() : g.garpInterval();
    if (g == null) {
      d = ipv6 ? spacing.naInterval() : spacing.arpInterval();
    }
    return d == null ? Duration.ZERO : d;
  }
}
