package org.jkeepalived.engine;

/**
 * What an engine reports of itself.
 *
 * @param status where the engine is in its life
 * @param detail a line for an operator (why it failed, what it runs), never null
 */
public record EngineHealth(Status status, String detail) {
  /** An engine's life. */
  public enum Status {
    STARTING,
    RUNNING,
    FAILED,
    STOPPED
  }

  public static EngineHealth running(String detail) {
    return new EngineHealth(Status.RUNNING, detail);
  }

  public static EngineHealth stopped() {
    return new EngineHealth(Status.STOPPED, "");
  }
}
