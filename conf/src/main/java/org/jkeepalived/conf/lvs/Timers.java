package org.jkeepalived.conf.lvs;

import java.time.Duration;
import java.util.function.BiConsumer;
import org.jkeepalived.conf.kw.KeywordHandler;
import org.jkeepalived.conf.lvs.LvsArgs.Bound;

/**
 * Handlers for the timer keywords shared by virtual servers, real servers and checkers, each
 * with the second message keepalived adds for its level ({@code who}: "virtual server", "real
 * server" or "" for checkers).
 */
final class Timers {
  private Timers() {}

  /** delay_loop: keepalived adds its message for any bad value. */
  static <B> KeywordHandler<B> delayLoop(String message, BiConsumer<B, Duration> set) {
    return (n, b, c) -> {
      Duration d = LvsArgs.timer(n, 0, Bound.POSITIVE, c);
      if (d != null) {
        set.accept(b, d);
      } else if (n.arg(0) != null) {
        c.error(n, String.format(message, n.arg(0)));
      }
    };
  }

  /** connect_timeout: keepalived adds its message for any bad value. */
  static <B> KeywordHandler<B> connectTimeout(String message, BiConsumer<B, Duration> set) {
    return (n, b, c) -> {
      Duration d = LvsArgs.timer(n, 0, Bound.CONNECT, c);
      if (d != null) {
        set.accept(b, d);
      } else if (n.arg(0) != null) {
        c.error(n, String.format(message, n.arg(0)));
      }
    };
  }

  /**
   * delay_before_retry and warmup: zero is allowed; keepalived adds its own message only for a
   * negative value ({@code negativeMessage} null: none).
   */
  static <B> KeywordHandler<B> nonNegative(String negativeMessage, BiConsumer<B, Duration> set) {
    return (n, b, c) -> {
      Duration d = LvsArgs.timer(n, 0, Bound.NON_NEGATIVE, c);
      if (d != null) {
        set.accept(b, d);
      } else if (negativeMessage != null && LvsArgs.isNegative(n.arg(0))) {
        c.error(n, String.format(negativeMessage, n.arg(0)));
      }
    };
  }
}
