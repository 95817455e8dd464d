package org.jkeepalived.mibs.config;

import java.time.Duration;

/**
 * Gratuitous ARP / unsolicited NA timing, as global defaults and per vrrp_instance. Defaults
 * (keepalived 2.2.7): a second burst 5 s after becoming master, 5 messages per burst, no refresh,
 * no spacing between messages; the lower-priority values default to the master ones.
 */
public record GarpTimers(
    Duration masterDelay,
    int masterRepeat,
    Duration lowerPrioDelay,
    int lowerPrioRepeat,
    Duration masterRefresh,
    int masterRefreshRepeat,
    Duration arpInterval,
    Duration naInterval) {
  public static final GarpTimers DEFAULTS =
      new GarpTimers(
          Duration.ofSeconds(5), 5, Duration.ofSeconds(5), 5, Duration.ZERO, 1, Duration.ZERO,
          Duration.ZERO);
}
