package org.jkeepalived.agent.log;

import org.jkeepalived.linux.ffi.LibC;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.Native;
import org.jkeepalived.linux.ffi.SockAddr;

/**
 * A connectionless AF_UNIX datagram sender (Java 17 has AF_UNIX only for stream channels). Used for
 * {@code /dev/log}; failures are swallowed because a missing syslog daemon must not break logging.
 *
 * <p>It calls through the linux module's libc binding rather than a jnr interface of its own: jnr
 * generates each interface's stub class at run time, and a second one cost the start-up 40-80 ms
 * on the main thread (issue 15, class-load timeline of a one-instance start).
 */
final class UnixDatagramSender implements AutoCloseable {
  private final LibC libc;
  private final int fd;
  private final byte[] address;

  private UnixDatagramSender(LibC libc, int fd, byte[] address) {
    this.libc = libc;
    this.fd = fd;
    this.address = address;
  }

  /** Opens a sender to {@code path}, or returns null when that is impossible here. */
  static UnixDatagramSender open(String path) {
    try {
      if (!Native.isAvailable()) {
        return null;
      }
      byte[] address = SockAddr.unix(path); // struct sockaddr_un, cut to its used length
      LibC libc = Native.libc();
      int fd = libc.socket(LinuxConstants.AF_UNIX,
          LinuxConstants.SOCK_DGRAM | LinuxConstants.SOCK_CLOEXEC, 0);
      if (fd < 0) {
        return null;
      }
      return new UnixDatagramSender(libc, fd, address);
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return null;
    }
  }

  void send(byte[] datagram) {
    libc.sendto(fd, datagram, datagram.length, LinuxConstants.MSG_DONTWAIT, address,
        address.length);
  }

  @Override
  public void close() {
    libc.close(fd);
  }
}
