package org.jkeepalived.lvs.check;

import java.time.Duration;

/**
 * Where the checkers report: the LVS engine. Called on a checker thread (a Netty event loop, a
 * script's reaper); the engine hops to its own loop.
 */
@FunctionalInterface
public interface CheckListener {
  /**
   * A check's verdict changed. A check starts in the state its spec implies (down with {@code
   * alpha}, up otherwise) and is reported only when it leaves it and on every later change.
   */
  void verdict(CheckId id, CheckVerdict verdict);

  /**
   * A probe of a polled check ended, passed or failed, after {@code took} (from the probe's start
   * to its result, on the check's own clock). Watch checks (FILE_CHECK, BFD_CHECK) probe nothing.
   */
  default void probed(CheckId id, Duration took) {}
}
