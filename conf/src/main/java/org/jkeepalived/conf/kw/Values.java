package org.jkeepalived.conf.kw;

import java.time.Duration;
import java.util.Locale;
import org.jkeepalived.conf.tree.ConfNode;

/**
 * Shared value parsers for keyword arguments, with keepalived's wording for bad values. Each
 * returns null after reporting when the value is unusable, so that the caller can add its own
 * keyword-specific message (keepalived reports both). No regular expressions: these run for every
 * line of very large configurations.
 */
public final class Values {
  private static final long MICROS_PER_SECOND = 1_000_000L;

  private Values() {}

  /** The argument, or "" when missing (for messages). */
  public static String argOrEmpty(ConfNode n, int i) {
    String a = n.arg(i);
    return a == null ? "" : a;
  }

  /** Reports and returns false when the line has fewer than {@code count} arguments. */
  public static boolean requireArgs(ConfNode n, int count, ParseContext ctx) {
    if (n.args().size() >= count) {
      return true;
    }
    ctx.error(n, n.keyword() + " requires an argument");
    return false;
  }

  /**
   * An integer argument in [min, max] (decimal, or hex with 0x as strtol base 0 accepts), or null
   * after reporting {@code invalid number 'X'} / {@code number 'X' outside range [min, max]}.
   */
  public static Long integer(ConfNode n, int i, long min, long max, ParseContext ctx) {
    String s = n.arg(i);
    if (s == null) {
      ctx.error(n, n.keyword() + " requires an argument");
      return null;
    }
    Long v = parseLong(s);
    if (v == null) {
      ctx.error(n, "invalid number '" + s + "'");
      return null;
    }
    if (v < min || v > max) {
      ctx.error(n, "number '" + s + "' outside range [" + min + ", " + max + "]");
      return null;
    }
    return v;
  }

  /** Parses a decimal (or 0x hex) integer with optional sign, or returns null. */
  public static Long parseLong(String s) {
    int len = s.length();
    if (len == 0) {
      return null;
    }
    int i = 0;
    boolean neg = false;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      neg = s.charAt(0) == '-';
      i = 1;
    }
    int radix = 10;
    if (len - i > 2 && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
      radix = 16;
      i += 2;
    }
    if (i >= len || len - i > 18) {
      return null;
    }
    long v = 0;
    for (; i < len; i++) {
      int d = Character.digit(s.charAt(i), radix);
      if (d < 0) {
        return null;
      }
      v = v * radix + d;
    }
    return neg ? -v : v;
  }

  /**
   * A decimal number of seconds in [min, max] with microsecond resolution, or null after
   * reporting {@code number 'X' outside range [0.000001, 4294.967295]} (keepalived prints the
   * bounds with six decimals).
   */
  public static Duration seconds(ConfNode n, int i, double min, double max, ParseContext ctx) {
    String s = n.arg(i);
    if (s == null) {
      ctx.error(n, n.keyword() + " requires an argument");
      return null;
    }
    long micros = parseMicros(s);
    if (micros < 0) {
      ctx.error(n, "invalid decimal number '" + s + "'");
      return null;
    }
    if (micros < Math.round(min * MICROS_PER_SECOND) || micros > Math.round(max * MICROS_PER_SECOND)) {
      ctx.error(
          n,
          String.format(
              Locale.ROOT, "number '%s' outside range [%.6f, %.6f]", s, min, max));
      return null;
    }
    return Duration.ofNanos(micros * 1000);
  }

  /** Parses {@code digits[.digits]} to microseconds (extra decimals truncated), or -1. */
  public static long parseMicros(String s) {
    long whole = 0;
    long frac = 0;
    int fracDigits = 0;
    boolean dot = false;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' && !dot) {
        dot = true;
      } else if (c >= '0' && c <= '9') {
        any = true;
        if (!dot) {
          if (whole > 1_000_000_000_000L) {
            return -1;
          }
          whole = whole * 10 + (c - '0');
        } else if (fracDigits < 6) {
          frac = frac * 10 + (c - '0');
          fracDigits++;
        }
      } else {
        return -1;
      }
    }
    if (!any) {
      return -1;
    }
    for (; fracDigits < 6; fracDigits++) {
      frac *= 10;
    }
    return whole * MICROS_PER_SECOND + frac;
  }

  /** on/off, true/false, yes/no (any case), or null when it is none of these. */
  public static Boolean parseBool(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "on":
      case "true":
      case "yes":
        return Boolean.TRUE;
      case "off":
      case "false":
      case "no":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** An optional boolean argument: absent means true; an invalid word is reported (null). */
  public static Boolean optionalBool(ConfNode n, int i, ParseContext ctx) {
    String s = n.arg(i);
    if (s == null) {
      return Boolean.TRUE;
    }
    Boolean b = parseBool(s);
    if (b == null) {
      ctx.error(n, "Invalid value '" + s + "' for " + n.keyword() + " specified");
    }
    return b;
  }

  /** Integer seconds as a Duration, or null after reporting. */
  public static Duration wholeSeconds(ConfNode n, int i, long min, long max, ParseContext ctx) {
    Long v = integer(n, i, min, max, ctx);
    return v == null ? null : Duration.ofSeconds(v);
  }
}
