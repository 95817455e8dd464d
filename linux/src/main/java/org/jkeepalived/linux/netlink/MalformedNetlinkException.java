package org.jkeepalived.linux.netlink;

/** A netlink message or attribute whose lengths do not add up. */
public final class MalformedNetlinkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedNetlinkException(String message) {
    super(message);
  }
}
