package org.jkeepalived.test.vrrp;

import java.time.Duration;

/**
 * The protocol's timers, the lower bounds a takeover is measured against.
 *
 * <p>RFC 5798 section 6.1 (v3): Skew_Time = ((256 - Priority) * Master_Adver_Interval) / 256 and
 * Master_Down_Interval = 3 * Master_Adver_Interval + Skew_Time. RFC 3768 section 6.1 (v2) has
 * Skew_Time = (256 - Priority) / 256 seconds; keepalived scales the v2 skew by the advert interval
 * as v3 does, which is the same for the 1 s interval the scenarios use.
 */
public final class VrrpTiming {
  private VrrpTiming() {}

  /** Skew_Time of a backup with {@code priority} at {@code advertInt}. */
  public static Duration skewTime(int priority, Duration advertInt) {
    checkPriority(priority);
    return Duration.ofNanos(advertInt.toNanos() * (256 - priority) / 256);
  }

  /** Master_Down_Interval: how long a backup waits for a silent master before taking over. */
  public static Duration masterDownInterval(int priority, Duration advertInt) {
    return advertInt.multipliedBy(3).plus(skewTime(priority, advertInt));
  }

  private static void checkPriority(int priority) {
    if (priority < 1 || priority > 255) {
      throw new IllegalArgumentException("priority must be 1..255: " + priority);
    }
  }
}
