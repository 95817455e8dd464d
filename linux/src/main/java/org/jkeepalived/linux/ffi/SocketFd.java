package org.jkeepalived.linux.ffi;

import java.io.Closeable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import jnr.ffi.byref.IntByReference;

/**
 * An owned socket descriptor with errno-checked helpers. Closing is idempotent. Not a port: the
 * socket classes of this module are built on it.
 */
public final class SocketFd implements Closeable {
  private final int fd;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SocketFd(int fd) {
    this.fd = fd;
  }

  /** socket(2); the descriptor is always close-on-exec. */
  public static SocketFd open(int domain, int type, int protocol) throws ErrnoException {
    int fd = Native.libc().socket(domain, type | LinuxConstants.SOCK_CLOEXEC, protocol);
    if (fd < 0) {
      throw ErrnoException.last("socket");
    }
    return new SocketFd(fd);
  }

  public int fd() {
    return fd;
  }

  public boolean isOpen() {
    return !closed.get();
  }

  public void setOption(int level, int name, byte[] value) throws ErrnoException {
    check("setsockopt(" + level + "," + name + ")",
        Native.libc().setsockopt(fd, level, name, value, value.length));
  }

  public void setIntOption(int level, int name, int value) throws ErrnoException {
    setOption(level, name, intBytes(value));
  }

  public int getIntOption(int level, int name) throws ErrnoException {
    byte[] out = new byte[4];
    IntByReference len = new IntByReference(4);
    check("getsockopt(" + level + "," + name + ")",
        Native.libc().getsockopt(fd, level, name, out, len));
    return ByteBuffer.wrap(out).order(ByteOrder.nativeOrder()).getInt();
  }

  /** SO_BINDTODEVICE: the name as a NUL-terminated string. */
  public void bindToDevice(String ifname) throws ErrnoException {
    byte[] name = ifname.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    setOption(LinuxConstants.SOL_SOCKET, LinuxConstants.SO_BINDTODEVICE,
        java.util.Arrays.copyOf(name, name.length + 1));
  }

  public void bind(byte[] sockaddr) throws ErrnoException {
    check("bind", Native.libc().bind(fd, sockaddr, sockaddr.length));
  }

  /** Sets or clears O_NONBLOCK (Netty's epoll channels require it). */
  public void setNonBlocking(boolean on) throws ErrnoException {
    LibC c = Native.libc();
    int flags = c.fcntl(fd, LinuxConstants.F_GETFL, 0);
    if (flags < 0) {
      throw ErrnoException.last("fcntl(F_GETFL)");
    }
    int wanted = on ? flags | LinuxConstants.O_NONBLOCK : flags & ~LinuxConstants.O_NONBLOCK;
    check("fcntl(F_SETFL)", c.fcntl(fd, LinuxConstants.F_SETFL, wanted));
  }

  public boolean isNonBlocking() throws ErrnoException {
    int flags = Native.libc().fcntl(fd, LinuxConstants.F_GETFL, 0);
    if (flags < 0) {
      throw ErrnoException.last("fcntl(F_GETFL)");
    }
    return (flags & LinuxConstants.O_NONBLOCK) != 0;
  }

  /** sendto(2) of the whole buffer; returns bytes sent. */
  public int sendTo(byte[] data, int len, byte[] sockaddr) throws ErrnoException {
    long n = Native.libc().sendto(fd, data, len, 0, sockaddr, sockaddr == null ? 0 : sockaddr.length);
    if (n < 0) {
      throw ErrnoException.last("sendto");
    }
    return (int) n;
  }

  /** recvfrom(2); -1 when non-blocking and nothing is queued (EAGAIN). */
  public int recvFrom(byte[] buf, int flags, byte[] addrOut, IntByReference addrLen)
      throws ErrnoException {
    return received(Native.libc().recvfrom(fd, buf, buf.length, flags, addrOut, addrLen),
        "recvfrom");
  }

  /**
   * recv(2) into native memory {@code buf} of {@code len} bytes; -1 when non-blocking and
   * nothing is queued (EAGAIN).
   */
  public int recv(jnr.ffi.Pointer buf, int len, int flags) throws ErrnoException {
    return received(Native.libc().recv(fd, buf, len, flags), "recv");
  }

  /** A receive call's result: its length, -1 for EAGAIN, else its errno thrown. */
  private static int received(long n, String call) throws ErrnoException {
    if (n < 0) {
      int errno = Native.lastErrno();
      if (errno == LinuxConstants.EAGAIN) {
        return -1;
      }
      throw ErrnoException.of(call, errno);
    }
    return (int) n;
  }

  /**
   * Waits until the socket is readable or the timeout passes; true when readable. EINTR counts as
   * not readable yet, the caller loops on its own deadline.
   */
  public boolean awaitReadable(Duration timeout) throws ErrnoException {
    return Poll.readable(new int[] {fd}, timeout)[0];
  }

  /** shutdown(SHUT_RDWR): wakes a thread blocked in recvfrom on this socket (STACK.md). */
  public void shutdown() {
    if (isOpen()) {
      Native.libc().shutdown(fd, LinuxConstants.SHUT_RDWR);
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      Native.libc().close(fd);
    }
  }

  static byte[] intBytes(int v) {
    return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
  }

  private static void check(String call, int rc) throws ErrnoException {
    if (rc < 0) {
      throw ErrnoException.last(call);
    }
  }
}
