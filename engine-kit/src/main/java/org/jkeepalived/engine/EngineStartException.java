package org.jkeepalived.engine;

/** An engine could not start. */
public final class EngineStartException extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean fatal;

  /**
   * @param fatal true when the daemon must stop (keepalived exits, for example, when a
   *     vrrp_instance's interface is missing and dynamic_interfaces is off); false when the daemon
   *     runs on without this engine
   */
  public EngineStartException(String message, boolean fatal, Throwable cause) {
    super(message, cause);
    this.fatal = fatal;
  }

  public boolean fatal() {
    return fatal;
  }
}
