package org.jkeepalived.linux.ffi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * CLOCK_MONOTONIC read with clock_gettime(2). {@code System.nanoTime()} has an arbitrary origin by
 * its contract; a peer that compares our time with its own (systemd's MONOTONIC_USEC) needs the
 * kernel clock itself.
 */
public final class MonotonicClock {
  private MonotonicClock() {}

  /** CLOCK_MONOTONIC in microseconds. */
  public static long micros() throws ErrnoException {
    byte[] ts = new byte[16];
    if (Native.libc().clock_gettime(LinuxConstants.CLOCK_MONOTONIC, ts) < 0) {
      throw ErrnoException.last("clock_gettime");
    }
    ByteBuffer b = ByteBuffer.wrap(ts).order(ByteOrder.nativeOrder());
    return b.getLong(0) * 1_000_000L + b.getLong(8) / 1_000L;
  }
}
