package org.jkeepalived.vrrp.service;

import java.io.IOException;

/**
 * An instance's interface does not exist and dynamic_interfaces is off: keepalived 2.2.7's VRRP
 * process exits with a configuration error and the daemon terminates, so the caller should stop.
 */
public final class MissingInterfaceException extends IOException {
  private static final long serialVersionUID = 1L;

  public MissingInterfaceException(String message) {
    super(message);
  }
}
