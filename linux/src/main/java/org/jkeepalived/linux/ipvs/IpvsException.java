package org.jkeepalived.linux.ipvs;

import java.io.IOException;

/**
 * The kernel refused an IPVS request (errno from the netlink error message: EEXIST, ENOENT,
 * ESRCH...), or IPVS is not there at all ({@link #unavailable}), or its reply could not be read.
 */
public final class IpvsException extends IOException {
  private static final long serialVersionUID = 1L;

  /** errno of the refusal; 0 when the failure is not the kernel's answer. */
  private final int errno;

  public IpvsException(String message, int errno) {
    super(message);
    this.errno = errno;
  }

  public IpvsException(String message, Throwable cause) {
    super(message, cause);
    this.errno = 0;
  }

  /** The kernel has no IPVS (no generic netlink family "IPVS"): keepalived exits here. */
  public static IpvsException unavailable(String why) {
    return new IpvsException("IPVS is not available: " + why, 0);
  }

  public int errno() {
    return errno;
  }
}
