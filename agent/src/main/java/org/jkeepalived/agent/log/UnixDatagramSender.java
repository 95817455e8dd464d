package org.jkeepalived.agent.log;

import java.nio.charset.StandardCharsets;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * A connectionless AF_UNIX datagram sender (Java 17 has AF_UNIX only for stream channels). Used for
 * {@code /dev/log}; failures are swallowed because a missing syslog daemon must not break logging.
 */
final class UnixDatagramSender implements AutoCloseable {
  private static final int AF_UNIX = 1;
  private static final int SOCK_DGRAM = 2;
  private static final int SOCK_CLOEXEC = 02000000;
  private static final int MSG_DONTWAIT = 0x40;
  private static final int SUN_PATH_MAX = 108;

  /** The three libc calls needed. */
  public interface Libc {
    int socket(int domain, int type, int protocol);

    long sendto(int fd, byte[] buf, long len, int flags, Pointer addr, int addrlen);

    int close(int fd);
  }

  private final Libc libc;
  private final int fd;
  private final Pointer address;
  private final int addressLength;

  private UnixDatagramSender(Libc libc, int fd, Pointer address, int addressLength) {
    this.libc = libc;
    this.fd = fd;
    this.address = address;
    this.addressLength = addressLength;
  }

  /** Opens a sender to {@code path}, or returns null when that is impossible here. */
  static UnixDatagramSender open(String path) {
    try {
      Libc libc = LibraryLoader.create(Libc.class).load("c");
      int fd = libc.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
      if (fd < 0) {
        return null;
      }
      byte[] name = path.getBytes(StandardCharsets.UTF_8);
      if (name.length >= SUN_PATH_MAX) {
        libc.close(fd);
        return null;
      }
      // struct sockaddr_un: sa_family_t (2 bytes, host order) then the NUL-terminated path.
      Pointer sa = Runtime.getRuntime(libc).getMemoryManager().allocateDirect(2 + SUN_PATH_MAX, true);
      sa.putShort(0, (short) AF_UNIX);
      sa.put(2, name, 0, name.length);
      return new UnixDatagramSender(libc, fd, sa, 2 + name.length + 1);
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return null;
    }
  }

  void send(byte[] datagram) {
    libc.sendto(fd, datagram, datagram.length, MSG_DONTWAIT, address, addressLength);
  }

  @Override
  public void close() {
    libc.close(fd);
  }
}
