package org.jkeepalived.linux.ffi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

/** poll(2) for readability on a few descriptors. */
public final class Poll {
  private Poll() {}

  /**
   * Waits up to {@code timeout} for any descriptor to become readable (or hung up / in error,
   * which a following read reports). Returns per-descriptor readiness; all false on timeout or
   * EINTR.
   */
  public static boolean[] readable(int[] fds, Duration timeout) throws ErrnoException {
    return poll(fds, (int) Math.max(0, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
  }

  /**
   * Waits, with no timeout, for any descriptor to become readable (or hung up / in error);
   * all false on EINTR. For readers that an eventfd among {@code fds} wakes to stop: a timeout
   * would only wake an idle daemon for nothing (four netlink readers, four wake-ups a second).
   */
  public static boolean[] readable(int[] fds) throws ErrnoException {
    return poll(fds, -1);
  }

  private static boolean[] poll(int[] fds, int ms) throws ErrnoException {
    ByteBuffer b = ByteBuffer.allocate(8 * fds.length).order(ByteOrder.nativeOrder());
    for (int fd : fds) {
      b.putInt(fd).putShort(LinuxConstants.POLLIN).putShort((short) 0);
    }
    byte[] arr = b.array();
    int rc = Native.libc().poll(arr, fds.length, ms);
    boolean[] ready = new boolean[fds.length];
    if (rc < 0) {
      int errno = Native.lastErrno();
      if (errno == LinuxConstants.EINTR) {
        return ready;
      }
      throw ErrnoException.of("poll", errno);
    }
    for (int i = 0; i < fds.length; i++) {
      ready[i] = b.getShort(8 * i + 6) != 0;
    }
    return ready;
  }
}
