package org.jkeepalived.lvs.check;

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
}
