package org.jkeepalived.linux.ffi;

import java.io.IOException;

/** A failed system call: the call name, errno and its strerror text. */
public final class ErrnoException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String call;
  private final int errno;

  public ErrnoException(String call, int errno, String text) {
    super(call + ": " + text + " (errno " + errno + ")");
    this.call = call;
    this.errno = errno;
  }

  public String call() {
    return call;
  }

  public int errno() {
    return errno;
  }

  /**
   * Reads errno for a call that just returned -1 on this thread and wraps it. Call it right after
   * the failing call, before any other native call on this thread.
   */
  public static ErrnoException last(String call) {
    int errno = Native.lastErrno();
    return of(call, errno);
  }

  /** Wraps a known errno (e.g. from a netlink {@code nlmsgerr}) with its strerror text. */
  public static ErrnoException of(String call, int errno) {
    String text;
    try {
      text = Native.libc().strerror(errno);
    } catch (RuntimeException e) {
      text = "errno " + errno;
    }
    return new ErrnoException(call, errno, text);
  }
}
