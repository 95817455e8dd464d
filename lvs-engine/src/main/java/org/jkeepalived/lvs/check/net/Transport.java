package org.jkeepalived.lvs.check.net;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Which Netty transport the checkers use: epoll where the native library loads (it is what lets
 * {@code fwmark} and {@code bind_if} reach the socket), NIO otherwise.
 */
public record Transport(
    boolean epoll, Class<? extends Channel> socketChannel,
    Class<? extends DatagramChannel> datagramChannel, IoHandlerFactory ioHandler,
    Runnable threadStart) {

  /** Epoll if available, else NIO. */
  public static Transport best() {
    if (Epoll.isAvailable()) {
      return new Transport(true, EpollSocketChannel.class, EpollDatagramChannel.class,
          EpollIoHandler.newFactory(), () -> { });
    }
    return nio();
  }

  public static Transport nio() {
    return new Transport(false, NioSocketChannel.class, NioDatagramChannel.class,
        NioIoHandler.newFactory(), () -> { });
  }

  /**
   * The same transport whose loop threads first run {@code start} (say, join a network
   * namespace: the sockets a thread opens live in the namespace it is in).
   */
  public Transport onThreadStart(Runnable start) {
    return new Transport(epoll, socketChannel, datagramChannel, ioHandler, start);
  }

  /** A group of {@code threads} loops named jk-check-N. */
  public EventLoopGroup newGroup(int threads) {
    Runnable start = threadStart;
    return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("jk-check", true) {
      @Override
      public Thread newThread(Runnable r) {
        return super.newThread(() -> {
          start.run();
          r.run();
        });
      }
    }, ioHandler);
  }
}
