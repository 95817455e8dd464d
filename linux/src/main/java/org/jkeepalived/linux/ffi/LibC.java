package org.jkeepalived.linux.ffi;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.byref.IntByReference;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;

/**
 * The slice of glibc that jkeepalived calls, bound through jnr-ffi.
 *
 * <p>Every call returns -1 and leaves errno on failure; read errno with {@link Native#lastErrno()}
 * on the same thread right after the call (jnr saves it per thread; no {@code IgnoreError} here,
 * STACK.md). Socket addresses and small option values travel as byte arrays laid out by {@link
 * SockAddr} and {@link SockOpt}: no jnr structs for wire-shaped data.
 */
public interface LibC {
  int socket(int domain, int type, int protocol);

  int bind(int fd, @In byte[] addr, int addrLen);

  int setsockopt(int fd, int level, int optName, @In byte[] optVal, int optLen);

  int getsockopt(int fd, int level, int optName, @Out byte[] optVal, IntByReference optLen);

  @ssize_t
  long sendto(
      int fd, @In byte[] buf, @size_t long len, int flags, @In byte[] addr, int addrLen);

  @ssize_t
  long recvfrom(
      int fd, @Out byte[] buf, @size_t long len, int flags, @Out byte[] addr, IntByReference addrLen);

  /**
   * recvfrom(2) into native memory, without the sender's address: a request/ACK socket reads
   * into one buffer it keeps and copies out only what arrived (the byte[] form copies the whole
   * array back at every call).
   */
  @ssize_t
  long recv(int fd, Pointer buf, @size_t long len, int flags);

  @ssize_t
  long recvmsg(int fd, Pointer msg, int flags);

  @ssize_t
  long write(int fd, @In byte[] buf, @size_t long len);

  @ssize_t
  long read(int fd, @Out byte[] buf, @size_t long len);

  int close(int fd);

  int shutdown(int fd, int how);

  int fcntl(int fd, int cmd, int arg);

  int if_nametoindex(String name);

  int setns(int fd, int nsType);

  int open(String path, int flags);

  int eventfd(int initval, int flags);

  /** {@code struct pollfd[]} as 8-byte little-endian records (fd, events, revents). */
  int poll(@In @Out byte[] fds, long nfds, int timeoutMillis);

  String strerror(int errnum);

  /**
   * signal(2) with the handler as an address: only used to set SIG_DFL (0) on a signal the parent
   * left ignored; the JVM installs its own handlers with sigaction.
   */
  long signal(int signum, long handler);

  /** sched_setscheduler(2); {@code param} is {@code struct sched_param}: one native int. */
  int sched_setscheduler(int pid, int policy, @In byte[] param);

  /** setpriority(2): with PRIO_PROCESS and 0, on Linux the calling thread's nice value. */
  int setpriority(int which, int who, int prio);

  /** clock_gettime(2): {@code struct timespec} as 16 bytes, seconds then nanoseconds (LP64). */
  int clock_gettime(int clockId, @Out byte[] timespec);
}
