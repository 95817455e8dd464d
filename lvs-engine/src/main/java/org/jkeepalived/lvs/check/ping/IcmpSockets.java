package org.jkeepalived.lvs.check.ping;

import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.SocketFd;

/**
 * Opens the socket a ping goes out on: an unprivileged ICMP datagram socket where {@code
 * net.ipv4.ping_group_range} admits us (the kernel then owns the echo identifier and checksum),
 * else a raw ICMP socket (root or CAP_NET_RAW). Non-blocking, so that Netty's epoll loop can own
 * it. A port: tests open the socket inside a network namespace.
 */
@FunctionalInterface
public interface IcmpSockets {
  /** An open ICMP socket and whether it is raw (IPv4 replies then carry the IP header). */
  record IcmpSocket(SocketFd fd, boolean raw) {}

  IcmpSocket open(boolean v6) throws ErrnoException;

  int IPPROTO_ICMP = 1;
  int EACCES = 13;
  int EPERM = 1;

  /** Datagram first, raw when the kernel refuses it. */
  static IcmpSockets system() {
    return v6 -> {
      int family = v6 ? LinuxConstants.AF_INET6 : LinuxConstants.AF_INET;
      int proto = v6 ? LinuxConstants.IPPROTO_ICMPV6 : IPPROTO_ICMP;
      try {
        return new IcmpSocket(SocketFd.open(family,
            LinuxConstants.SOCK_DGRAM | LinuxConstants.SOCK_NONBLOCK, proto), false);
      } catch (ErrnoException e) {
        if (e.errno() != EACCES && e.errno() != EPERM) {
          throw e;
        }
        return new IcmpSocket(SocketFd.open(family,
            LinuxConstants.SOCK_RAW | LinuxConstants.SOCK_NONBLOCK, proto), true);
      }
    };
  }
}
