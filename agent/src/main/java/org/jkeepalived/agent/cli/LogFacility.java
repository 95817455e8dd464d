package org.jkeepalived.agent.cli;

import java.util.Locale;

/** The syslog facilities {@code -S} accepts: 0-7 mean local0-local7, as in keepalived. */
public enum LogFacility {
  DAEMON(3),
  USER(1),
  LOCAL0(16),
  LOCAL1(17),
  LOCAL2(18),
  LOCAL3(19),
  LOCAL4(20),
  LOCAL5(21),
  LOCAL6(22),
  LOCAL7(23);

  private final int code;

  LogFacility(int code) {
    this.code = code;
  }

  /** The facility code of RFC 5424 section 6.2.1. */
  public int code() {
    return code;
  }

  /** Parses {@code 0}-{@code 7}, {@code local0}-{@code local7}, {@code user} or {@code daemon}. */
  public static LogFacility parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.length() == 1 && t.charAt(0) >= '0' && t.charAt(0) <= '7') {
      return values()[2 + (t.charAt(0) - '0')];
    }
    for (LogFacility f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "invalid log facility '" + text + "': use 0-7, local0-local7, user or daemon");
  }
}
