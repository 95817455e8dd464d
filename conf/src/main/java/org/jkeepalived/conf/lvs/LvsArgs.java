package org.jkeepalived.conf.lvs;

import java.time.Duration;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;

/**
 * Argument readers with keepalived 2.2.7's wording for the checker side (read_unsigned,
 * read_int and read_decimal_unsigned in parser.c): each reports the generic problem and returns
 * null, so the caller can add its keyword's own message as keepalived does.
 */
final class LvsArgs {
  static final long UINT_MAX = 4_294_967_295L;
  static final long INT_MAX = 2_147_483_647L;
  /** The upper bound keepalived prints for timers (ULONG_MAX microseconds less one). */
  static final String TIMER_MAX = "18446744073709.551614";
  private static final long MICROS = 1_000_000L;

  private LvsArgs() {}

  /**
   * The argument at {@code i}, or null after keepalived's fatal report for a missing one (it
   * stops reading the configuration there).
   */
  static String required(ConfNode n, int i, ParseContext ctx) {
    String s = n.arg(i);
    if (s == null) {
      StringBuilder line = new StringBuilder(n.keyword());
      for (String a : n.args()) {
        line.append(' ').append(a);
      }
      ctx.diagnostics()
          .fatal(
              n.location(),
              "*** Configuration line starting `" + line + "` is missing a parameter after keyword `"
                  + n.keyword() + "` at word position " + (i + 2));
    }
    return s;
  }

  /** An unsigned integer in [min, max] (max at most UINT_MAX), or null after reporting. */
  static Long unsigned(ConfNode n, int i, long min, long max, ParseContext ctx) {
    String s = required(n, i, ctx);
    if (s == null) {
      return null;
    }
    Long v = Values.parseLong(s);
    if (v == null) {
      ctx.error(n, "invalid number '" + s + "'");
      return null;
    }
    if (v < 0) {
      ctx.error(n, "negative number '" + s + "'");
      return null;
    }
    if (v > UINT_MAX) {
      ctx.error(n, "number '" + s + "' outside unsigned integer range");
      return null;
    }
    if (v < min || v > max) {
      ctx.error(n, "number '" + s + "' outside range [" + min + ", " + max + "]");
      return null;
    }
    return v;
  }

  /** A signed 32-bit integer in [min, max], or null after reporting. */
  static Long signed(ConfNode n, int i, long min, long max, ParseContext ctx) {
    String s = required(n, i, ctx);
    if (s == null) {
      return null;
    }
    Long v = Values.parseLong(s);
    if (v == null) {
      ctx.error(n, "invalid number '" + s + "'");
      return null;
    }
    if (v < -INT_MAX - 1 || v > INT_MAX) {
      ctx.error(n, "number '" + s + "' outside integer range");
      return null;
    }
    if (v < min || v > max) {
      ctx.error(n, "number '" + s + "' outside range [" + min + ", " + max + "]");
      return null;
    }
    return v;
  }

  /** A port 1-65535, or null after reporting. */
  static Integer port(ConfNode n, int i, ParseContext ctx) {
    Long v = unsigned(n, i, 1, 65535, ctx);
    return v == null ? null : v.intValue();
  }

  /** Whether a timer outside its range is reported with the generic message only. */
  enum Bound {
    /** delay_loop: (0, ULONG_MAX us). */
    POSITIVE("0.000001", TIMER_MAX, 1, Long.MAX_VALUE),
    /** delay_before_retry, warmup: [0, ULONG_MAX us]. */
    NON_NEGATIVE("0", TIMER_MAX, 0, Long.MAX_VALUE),
    /** connect_timeout: (0, UINT_MAX us]. */
    CONNECT("0.000001", "4294.967295", 1, UINT_MAX);

    final String low;
    final String high;
    final long minMicros;
    final long maxMicros;

    Bound(String low, String high, long minMicros, long maxMicros) {
      this.low = low;
      this.high = high;
      this.minMicros = minMicros;
      this.maxMicros = maxMicros;
    }
  }

  /**
   * A decimal number of seconds (microsecond resolution), or null after reporting {@code invalid
   * number}, {@code negative number} or {@code outside range}.
   */
  static Duration timer(ConfNode n, int i, Bound bound, ParseContext ctx) {
    String s = required(n, i, ctx);
    if (s == null) {
      return null;
    }
    boolean negative = s.startsWith("-");
    long micros = Values.parseMicros(negative ? s.substring(1) : s);
    if (micros < 0) {
      ctx.error(n, "invalid number '" + s + "'");
      return null;
    }
    if (negative && micros > 0) {
      ctx.error(n, "negative number '" + s + "'");
      return null;
    }
    if (micros < bound.minMicros || micros > bound.maxMicros) {
      ctx.error(n, "number '" + s + "' outside range [" + bound.low + ", " + bound.high + "]");
      return null;
    }
    return Duration.ofNanos(micros * 1000);
  }

  /** Whether the text is a negative number (keepalived's second message depends on it). */
  static boolean isNegative(String s) {
    return s != null && s.startsWith("-") && Values.parseMicros(s.substring(1)) >= 0;
  }

  /**
   * An optional boolean (absent: true), or null after reporting {@code message + value}, e.g.
   * {@code Invalid alpha parameter maybe}.
   */
  static Boolean optionalBool(ConfNode n, String message, ParseContext ctx) {
    String s = n.arg(0);
    if (s == null) {
      return Boolean.TRUE;
    }
    Boolean b = Values.parseBool(s);
    if (b == null) {
      ctx.error(n, message + " " + s);
    }
    return b;
  }

  /**
   * Where keepalived reports problems found when a block closes: the line of its closing brace.
   * The tree keeps only opening lines, so this is the line after the last line inside the block
   * (exact for blocks whose '}' follows their last line, as in the samples).
   */
  static Location blockEnd(ConfNode n) {
    return new Location(n.location().file(), lastLine(n) + 1);
  }

  private static int lastLine(ConfNode n) {
    int last = n.location().line();
    for (ConfNode c : n.children()) {
      if (c.location() != null && c.location().file().equals(n.location().file())) {
        last = Math.max(last, c.hasBlock() ? lastLine(c) + 1 : c.location().line());
      }
    }
    return last;
  }
}
