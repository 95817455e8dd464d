package org.jkeepalived.agent.systemd;

/**
 * The sd_notify(3) state strings the daemon sends: newline-separated VAR=VALUE assignments, one
 * datagram each.
 */
public final class NotifyMessages {
  private NotifyMessages() {}

  /** Start-up is done: the engines run. Also ends a reload. */
  public static final String READY = "READY=1";

  /** The daemon is stopping: the engines close next. */
  public static final String STOPPING = "STOPPING=1";

  /** The watchdog keep-alive. */
  public static final String WATCHDOG = "WATCHDOG=1";

  /**
   * A reload starts. MONOTONIC_USEC (CLOCK_MONOTONIC in microseconds) goes in the same datagram:
   * systemd 253 and later match it against the time they sent the reload signal for
   * Type=notify-reload units, and a RELOADING=1 without it leaves {@code systemctl reload}
   * waiting; earlier systemd ignores the field.
   */
  public static String reloading(long monotonicMicros) {
    return "RELOADING=1\nMONOTONIC_USEC=" + monotonicMicros;
  }
}
