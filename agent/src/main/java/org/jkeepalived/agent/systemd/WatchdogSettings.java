package org.jkeepalived.agent.systemd;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Whether systemd asked for keep-alives and how often to send them (sd_watchdog_enabled(3)):
 * WATCHDOG_USEC is the unit's WatchdogSec in microseconds; WATCHDOG_PID, when present, must be this
 * process, or the request is for another one (a parent that exec'd us under a different pid). The
 * daemon pings at half the timeout, as the man page recommends.
 */
public final class WatchdogSettings {
  private WatchdogSettings() {}

  /**
   * The ping interval, or empty when no watchdog is wanted (unset, unparseable, zero, or for
   * another pid).
   */
  public static Optional<Duration> pingInterval(Map<String, String> env, long pid) {
    String usec = env.get("WATCHDOG_USEC");
    if (usec == null) {
      return Optional.empty();
    }
    String forPid = env.get("WATCHDOG_PID");
    try {
      if (forPid != null && Long.parseLong(forPid.trim()) != pid) {
        return Optional.empty();
      }
      long micros = Long.parseLong(usec.trim());
      if (micros <= 0) {
        return Optional.empty();
      }
      return Optional.of(Duration.ofNanos(micros * 1000 / 2));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
