package org.jkeepalived.engine;

/** What the host gives a running engine: the way to report that its loop has failed. */
public interface EngineContext {
  /**
   * The engine's loop hit an error it cannot go on from. The host logs it, closes the engine and
   * starts a new one from the store (keepalived respawns a crashed child process; this is the same
   * in-process). Safe to call from any thread, more than once.
   */
  void loopFailed(Throwable cause);
}
