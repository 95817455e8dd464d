package org.jkeepalived.linux.unix;

import java.io.Closeable;
import java.time.Duration;
import java.util.Arrays;
import jnr.ffi.byref.IntByReference;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.SockAddr;
import org.jkeepalived.linux.ffi.SocketFd;

/**
 * An AF_UNIX SOCK_DGRAM socket (Java 17's NIO has AF_UNIX for stream channels only): sends
 * datagrams to a path and, once bound, receives them. Paths starting with '@' are abstract
 * ({@link SockAddr#unix}). Used for systemd's $NOTIFY_SOCKET and by the tests that play systemd.
 */
public final class UnixDatagramSocket implements Closeable {
  private final SocketFd fd;

  private UnixDatagramSocket(SocketFd fd) {
    this.fd = fd;
  }

  /**
   * An unbound socket, enough to send. Non-blocking: a peer that stops reading makes a send fail
   * with EAGAIN rather than stall the sender.
   */
  public static UnixDatagramSocket open() throws ErrnoException {
    return new UnixDatagramSocket(SocketFd.open(LinuxConstants.AF_UNIX,
        LinuxConstants.SOCK_DGRAM | LinuxConstants.SOCK_NONBLOCK, 0));
  }

  /** A socket bound to {@code path}, to receive on. */
  public static UnixDatagramSocket bound(String path) throws ErrnoException {
    UnixDatagramSocket s = open();
    try {
      s.fd.bind(SockAddr.unix(path));
      return s;
    } catch (ErrnoException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** Sends one datagram to {@code path}; fails (ECONNREFUSED, ENOENT) when nobody is bound there. */
  public void send(byte[] datagram, String path) throws ErrnoException {
    fd.sendTo(datagram, datagram.length, SockAddr.unix(path));
  }

  /** The next datagram, or null when none arrives within {@code timeout}. */
  public byte[] receive(Duration timeout) throws ErrnoException {
    if (!fd.awaitReadable(timeout)) {
      return null;
    }
    byte[] buf = new byte[65536];
    int n = fd.recvFrom(buf, LinuxConstants.MSG_DONTWAIT, null, new IntByReference(0));
    return n < 0 ? null : Arrays.copyOf(buf, n);
  }

  @Override
  public void close() {
    fd.close();
  }
}
