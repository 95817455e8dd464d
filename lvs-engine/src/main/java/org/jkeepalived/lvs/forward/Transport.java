package org.jkeepalived.lvs.forward;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Netty's native epoll transport where it loads (Linux), NIO otherwise. Only epoll can bind with
 * IP_FREEBIND, which a VRRP backup needs to listen on a virtual address it does not hold yet.
 */
record Transport(
    boolean epoll,
    IoHandlerFactory ioHandlerFactory,
    Class<? extends ServerChannel> serverChannel,
    Class<? extends SocketChannel> socketChannel,
    Class<? extends DatagramChannel> datagramChannel) {

  static Transport best() {
    if (Epoll.isAvailable()) {
      return new Transport(true, EpollIoHandler.newFactory(), EpollServerSocketChannel.class,
          EpollSocketChannel.class, EpollDatagramChannel.class);
    }
    return nio();
  }

  static Transport nio() {
    return new Transport(false, NioIoHandler.newFactory(), NioServerSocketChannel.class,
        NioSocketChannel.class, NioDatagramChannel.class);
  }

  /** Why epoll is not used, for the log line; null when it is. */
  static String epollUnavailableReason() {
    Throwable cause = Epoll.unavailabilityCause();
    return cause == null ? null : String.valueOf(cause.getMessage());
  }

  /**
   * An unregistered socket of {@code target}'s family: an IPv4 real server gets an IPv4 socket
   * rather than a dual-stack one (one system call less per connection).
   */
  SocketChannel newSocket(InetAddress target) {
    if (!epoll) {
      return new NioSocketChannel();
    }
    return new EpollSocketChannel(family(target));
  }

  /** An unregistered UDP socket of {@code target}'s family. */
  DatagramChannel newDatagram(InetAddress target) {
    if (!epoll) {
      return new NioDatagramChannel();
    }
    return new EpollDatagramChannel(family(target));
  }

  private static SocketProtocolFamily family(InetAddress a) {
    return a instanceof Inet4Address ? SocketProtocolFamily.INET : SocketProtocolFamily.INET6;
  }

  MultiThreadIoEventLoopGroup newGroup(int threads) {
    return new MultiThreadIoEventLoopGroup(
        threads, new DefaultThreadFactory("lvs-forward", true), ioHandlerFactory);
  }
}
