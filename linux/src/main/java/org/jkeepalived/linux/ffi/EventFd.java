package org.jkeepalived.linux.ffi;

import java.io.Closeable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An eventfd used to wake a thread that polls other descriptors (netlink sockets ignore
 * shutdown(2), so a reader blocked on one needs a second descriptor to wake it).
 */
public final class EventFd implements Closeable {
  private final int fd;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EventFd(int fd) {
    this.fd = fd;
  }

  public static EventFd open() throws ErrnoException {
    int fd = Native.libc().eventfd(0, LinuxConstants.EFD_CLOEXEC | LinuxConstants.EFD_NONBLOCK);
    if (fd < 0) {
      throw ErrnoException.last("eventfd");
    }
    return new EventFd(fd);
  }

  public int fd() {
    return fd;
  }

  /** Makes the descriptor readable. */
  public void signal() {
    if (!closed.get()) {
      byte[] one = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putLong(1).array();
      Native.libc().write(fd, one, 8);
    }
  }

  /**
   * Reads the counter back to zero (the descriptor is non-blocking: nothing to read is fine), so
   * that a poller woken by {@link #signal()} sleeps again on its next poll.
   */
  public void clear() {
    if (!closed.get()) {
      Native.libc().read(fd, new byte[8], 8);
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      Native.libc().close(fd);
    }
  }
}
