package org.jkeepalived.linux.ffi;

/**
 * Linux ABI constants (x86_64 and aarch64 agree on all of these) from the kernel's uapi headers:
 * socket.h, in.h, in6.h, if_ether.h, if_packet.h, fcntl.h, sched.h, poll.h.
 */
public final class LinuxConstants {
  private LinuxConstants() {}

  public static final int AF_UNIX = 1;
  public static final int AF_INET = 2;
  public static final int AF_INET6 = 10;
  public static final int AF_NETLINK = 16;
  public static final int AF_PACKET = 17;

  public static final int SOCK_DGRAM = 2;
  public static final int SOCK_RAW = 3;
  public static final int SOCK_NONBLOCK = 0x800;
  public static final int SOCK_CLOEXEC = 0x80000;

  public static final int SOL_SOCKET = 1;
  public static final int SO_REUSEADDR = 2;
  public static final int SO_SNDBUF = 7;
  public static final int SO_RCVBUF = 8;
  public static final int SO_BINDTODEVICE = 25;

  public static final int IPPROTO_IP = 0;
  public static final int IPPROTO_UDP = 17;
  public static final int IPPROTO_ICMPV6 = 58;
  public static final int IPPROTO_IPV6 = 41;
  /** VRRP, RFC 5798 section 5.1.1.4. */
  public static final int IPPROTO_VRRP = 112;

  public static final int IP_TTL = 2;
  public static final int IP_PKTINFO = 8;
  public static final int IP_RECVTTL = 12;
  public static final int IP_MULTICAST_IF = 32;
  public static final int IP_MULTICAST_TTL = 33;
  public static final int IP_MULTICAST_LOOP = 34;
  public static final int IP_ADD_MEMBERSHIP = 35;
  public static final int IP_DROP_MEMBERSHIP = 36;

  public static final int IPV6_CHECKSUM = 7;
  public static final int IPV6_UNICAST_HOPS = 16;
  public static final int IPV6_MULTICAST_IF = 17;
  public static final int IPV6_MULTICAST_HOPS = 18;
  public static final int IPV6_MULTICAST_LOOP = 19;
  public static final int IPV6_ADD_MEMBERSHIP = 20;
  public static final int IPV6_DROP_MEMBERSHIP = 21;
  public static final int IPV6_V6ONLY = 26;
  public static final int IPV6_RECVPKTINFO = 49;
  public static final int IPV6_PKTINFO = 50;
  public static final int IPV6_RECVHOPLIMIT = 51;
  public static final int IPV6_HOPLIMIT = 52;

  public static final int ETH_P_ALL = 0x0003;
  public static final int ETH_P_IP = 0x0800;
  public static final int ETH_P_ARP = 0x0806;
  public static final int ETH_P_IPV6 = 0x86DD;

  public static final int F_GETFL = 3;
  public static final int F_SETFL = 4;
  public static final int O_RDONLY = 0;
  public static final int O_NONBLOCK = 0x800;
  public static final int O_CLOEXEC = 0x80000;

  public static final int MSG_DONTWAIT = 0x40;
  public static final int MSG_TRUNC = 0x20;

  public static final int SHUT_RDWR = 2;
  public static final short POLLIN = 1;
  public static final int CLONE_NEWNET = 0x40000000;
  public static final int EFD_CLOEXEC = 0x80000;
  public static final int EFD_NONBLOCK = 0x800;

  public static final int EINTR = 4;
  public static final int EAGAIN = 11;
  public static final int EADDRINUSE = 98;
  public static final int ENOBUFS = 105;
  public static final int ENOENT = 2;
  public static final int ESRCH = 3;
  public static final int EEXIST = 17;
  public static final int EADDRNOTAVAIL = 99;
  public static final int ENODEV = 19;

  /** clock_gettime(2) clock ids (uapi time.h). */
  public static final int CLOCK_MONOTONIC = 1;
}
