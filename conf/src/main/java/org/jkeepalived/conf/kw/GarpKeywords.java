package org.jkeepalived.conf.kw;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jkeepalived.conf.tree.ConfNode;

/** The garp delay/repeat keywords shared by global_defs and vrrp_instance, keepalived's words. */
final class GarpKeywords {
  private GarpKeywords() {}

  /** Whole seconds, 0 allowed; {@code KEYWORD 'X' invalid - ignoring} when unusable. */
  static void delay(ConfNode n, ParseContext c, Consumer<Duration> set) {
    Long v = Values.integer(n, 0, 0, 4294, c);
    if (v == null) {
      c.error(n, n.keyword() + " '" + Values.argOrEmpty(n, 0) + "' invalid - ignoring");
    } else {
      set.accept(Duration.ofSeconds(v));
    }
  }

  /** A repeat count; 0 is corrected to 1 as keepalived does. */
  static void repeat(ConfNode n, ParseContext c, IntConsumer set) {
    String s = n.arg(0);
    Long v = s == null ? null : Values.parseLong(s);
    if (v != null && v == 0) {
      c.error(n, n.keyword() + " must be greater than 0, setting to 1");
      set.accept(1);
      return;
    }
    v = Values.integer(n, 0, 1, Integer.MAX_VALUE, c);
    if (v == null) {
      c.error(n, n.keyword() + " '" + Values.argOrEmpty(n, 0) + "' invalid - ignoring");
    } else {
      set.accept(v.intValue());
    }
  }
}
