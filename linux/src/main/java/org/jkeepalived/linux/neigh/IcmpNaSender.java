package org.jkeepalived.linux.neigh;

import static org.jkeepalived.linux.ffi.LinuxConstants.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.SockAddr;
import org.jkeepalived.linux.ffi.SocketFd;

/**
 * {@link UnsolicitedNaSender} on one raw ICMPv6 socket for all interfaces: the interface is the
 * scope id of the ff02::1 destination, the kernel computes the ICMPv6 checksum and picks the
 * interface's address as source. An ICMP6_FILTER that blocks every type keeps the socket from
 * queueing the ICMPv6 traffic it would otherwise receive.
 */
public final class IcmpNaSender implements UnsolicitedNaSender {
  private static final int ICMP6_FILTER = 1;
  private static final InetAddress ALL_NODES = allNodes();

  private final SocketFd fd;

  private IcmpNaSender(SocketFd fd) {
    this.fd = fd;
  }

  public static IcmpNaSender open() throws ErrnoException {
    SocketFd fd = SocketFd.open(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
    try {
      byte[] blockAll = new byte[32];
      Arrays.fill(blockAll, (byte) 0xff);
      fd.setOption(IPPROTO_ICMPV6, ICMP6_FILTER, blockAll);
      // RFC 4861 section 7.1.2: receivers drop NAs whose hop limit is not 255.
      fd.setIntOption(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 255);
      fd.setIntOption(IPPROTO_IPV6, IPV6_UNICAST_HOPS, 255);
      fd.setIntOption(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, 0);
      return new IcmpNaSender(fd);
    } catch (ErrnoException e) {
      fd.close();
      throw e;
    }
  }

  @Override
  public void send(int ifindex, NeighborAdvertisement advertisement) throws IOException {
    byte[] icmp = NeighborAdvertisementCodec.encode(advertisement);
    fd.sendTo(icmp, icmp.length, SockAddr.inet(ALL_NODES, 0, ifindex));
  }

  @Override
  public void close() {
    fd.close();
  }

  private static InetAddress allNodes() {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 1});
    } catch (UnknownHostException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
