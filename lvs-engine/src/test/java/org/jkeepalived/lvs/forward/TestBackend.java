package org.jkeepalived.lvs.forward;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real server for the forwarder's tests, on Netty: TCP greets each connection with its name
 * and a newline, then echoes; when the client half-closes it answers "bye\n" and closes. UDP
 * answers each datagram with "NAME:" and the datagram. It counts what it sees, so tests count
 * the spread at the backends.
 */
final class TestBackend implements AutoCloseable {
  final String name;
  final AtomicInteger accepted = new AtomicInteger();
  final AtomicInteger open = new AtomicInteger();
  final AtomicInteger datagrams = new AtomicInteger();
  /** Bytes a firehose backend has handed to its socket. */
  final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
  /** The first bytes each connection received (a PROXY header when one is sent). */
  final List<String> firstReads = new CopyOnWriteArrayList<>();
  private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Channel channel;

  private final boolean reading;
  private final long firehose;

  private TestBackend(String name, InetAddress address, boolean udp, boolean reading,
      long firehose) throws InterruptedException {
    this.name = name;
    this.reading = reading;
    this.firehose = firehose;
    this.channel = udp ? bindUdp(address) : bindTcp(address);
  }

  private TestBackend(String name, InetAddress address, boolean udp, boolean reading)
      throws InterruptedException {
    this(name, address, udp, reading, 0);
  }

  /**
   * A TCP backend that sends {@code bytes} to each connection as fast as its socket takes them
   * (writing only while its channel is writable, so that what it holds is what TCP pushed back).
   */
  static TestBackend tcpFirehose(String name, InetAddress address, long bytes)
      throws InterruptedException {
    return new TestBackend(name, address, false, true, bytes);
  }

  /** A TCP backend that greets and then never reads: its client's bytes pile up. */
  static TestBackend tcpNotReading(String name, InetAddress address) throws InterruptedException {
    return new TestBackend(name, address, false, false);
  }

  static TestBackend tcp(String name, InetAddress address) throws InterruptedException {
    return new TestBackend(name, address, false, true);
  }

  static TestBackend udp(String name, InetAddress address) throws InterruptedException {
    return new TestBackend(name, address, true, true);
  }

  InetSocketAddress address() {
    return (InetSocketAddress) channel.localAddress();
  }

  private Channel bindTcp(InetAddress address) throws InterruptedException {
    return new ServerBootstrap()
        .group(group)
        .channel(NioServerSocketChannel.class)
        .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
        .childOption(ChannelOption.AUTO_READ, reading)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast(firehose > 0 ? new Firehose() : new Echo());
          }
        })
        .bind(address, 0).sync().channel();
  }

  private Channel bindUdp(InetAddress address) throws InterruptedException {
    return new Bootstrap()
        .group(group)
        .channel(NioDatagramChannel.class)
        .handler(new SimpleChannelInboundHandler<DatagramPacket>() {
          @Override
          protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket p) {
            datagrams.incrementAndGet();
            ByteBuf reply = Unpooled.copiedBuffer(name + ":", StandardCharsets.US_ASCII)
                .writeBytes(p.content());
            ctx.writeAndFlush(new DatagramPacket(reply, p.sender()));
          }
        })
        .bind(address, 0).sync().channel();
  }

  /** Counts each connection while it is open; a broken connection is simply closed. */
  private abstract class Counted extends ChannelInboundHandlerAdapter {
    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      accepted.incrementAndGet();
      open.incrementAndGet();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      open.decrementAndGet();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }

  private final class Firehose extends Counted {
    private long left = firehose;

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      super.channelActive(ctx);
      pour(ctx);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
      pour(ctx);
    }

    private void pour(ChannelHandlerContext ctx) {
      while (left > 0 && ctx.channel().isWritable()) {
        int n = (int) Math.min(16 * 1024, left);
        left -= n;
        ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[n]))
            .addListener(f -> sent.addAndGet(n));
      }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      io.netty.util.ReferenceCountUtil.release(msg);
    }
  }

  private final class Echo extends Counted {
    private boolean first = true;

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      super.channelActive(ctx);
      ctx.writeAndFlush(Unpooled.copiedBuffer(name + "\n", StandardCharsets.US_ASCII));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (first) {
        first = false;
        firstReads.add(((ByteBuf) msg).toString(StandardCharsets.US_ASCII));
      }
      ctx.writeAndFlush(msg);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
      if (evt instanceof ChannelInputShutdownEvent) {
        ctx.writeAndFlush(Unpooled.copiedBuffer("bye\n", StandardCharsets.US_ASCII))
            .addListener(ChannelFutureListener.CLOSE);
      }
    }
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }
}
