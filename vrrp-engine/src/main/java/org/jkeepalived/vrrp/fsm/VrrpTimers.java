package org.jkeepalived.vrrp.fsm;

import java.time.Duration;
import org.jkeepalived.vrrp.packet.VrrpVersion;

/**
 * VRRP timer arithmetic, in microseconds as keepalived keeps its timers (TIMER_HZ = 1e6) and
 * truncating as its integer arithmetic does.
 */
public final class VrrpTimers {
  /** RFC 5798 section 6.1: the multiplier of Master_Adver_Interval in Master_Down_Interval. */
  public static final int RFC_DOWN_TIMER_ADVERTS = 3;

  private VrrpTimers() {}

  /**
   * Skew_Time: RFC 3768 section 6.1, (256 - Priority) / 256 seconds; RFC 5798 section 6.1,
   * ((256 - Priority) x Master_Adver_Interval) / 256.
   */
  public static Duration skewTime(VrrpVersion version, int priority, Duration masterAdverInterval) {
    checkPriority(priority);
    long base = version == VrrpVersion.V2 ? 1_000_000L : micros(masterAdverInterval);
    return Duration.ofNanos((256L - priority) * base / 256 * 1000);
  }

  /**
   * Master_Down_Interval: {@code downTimerAdverts} x Master_Adver_Interval + Skew_Time, where
   * the RFCs use 3 and keepalived's {@code down_timer_adverts} may set 1..100.
   */
  public static Duration masterDownInterval(VrrpVersion version, int priority,
      Duration masterAdverInterval, int downTimerAdverts) {
    if (downTimerAdverts < 1 || downTimerAdverts > 100) {
      throw new IllegalArgumentException("down_timer_adverts " + downTimerAdverts);
    }
    // In nanoseconds: Duration.multipliedBy goes through BigDecimal, and a backup computes this
    // for every advert it receives (a fifth of a 500-instance backup's allocation, bench/scale).
    return Duration.ofNanos(masterAdverInterval.toNanos() * downTimerAdverts
        + skewTime(version, priority, masterAdverInterval).toNanos());
  }

  private static long micros(Duration d) {
    return d.toNanos() / 1000;
  }

  private static void checkPriority(int priority) {
    if (priority < 0 || priority > 255) {
      throw new IllegalArgumentException("priority " + priority);
    }
  }
}
