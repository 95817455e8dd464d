package org.jkeepalived.lvs.forward;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.handler.codec.haproxy.HAProxyMessageEncoder;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.jkeepalived.lvs.forward.sched.Flow;

/**
 * A TCP virtual server: listens on VIP:port (with IP_FREEBIND on epoll), schedules each accepted
 * client, connects to the chosen real server from the client's event loop, optionally sends a
 * PROXY header, then relays both ways with half-close. A client that finds the forwarder at its
 * connection bound or no destination available is reset, as the kernel drops its SYN.
 */
final class TcpFrontend implements Frontend {
  private final VirtualService service;
  private final Context context;
  private final int connectTimeoutMillis;
  private final LongAdder idleClosed = new LongAdder();
  private Channel listener;

  TcpFrontend(VirtualService service, Context context) {
    this.service = service;
    this.context = context;
    this.connectTimeoutMillis = (int) context.settings().connectTimeout().toMillis();
  }

  /** Binds the listener; throws with the bind error. */
  void bind(InetSocketAddress address) throws Exception {
    ServerBootstrap b = new ServerBootstrap()
        .group(context.group())
        .channel(context.transport().serverChannel())
        .option(ChannelOption.SO_REUSEADDR, true)
        .option(ChannelOption.SO_BACKLOG, 4096)
        .childOption(ChannelOption.AUTO_READ, false)
        .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast(new Accept());
          }
        });
    if (context.transport().epoll()) {
      b.option(EpollChannelOption.IP_FREEBIND, true);
    }
    listener = b.bind(address).sync().channel();
  }

  @Override
  public void close() {
    if (listener != null) {
      listener.close().syncUninterruptibly();
    }
    service.channels().forEach(Channel::close);
  }

  /** Client and real-server sides' queued bytes, and the idle closes. */
  @Override
  public ForwarderLoad load() {
    return new ForwarderLoad(0, 0, Frontend.queuedBytes(service.channels()), 0, 0, 0,
        idleClosed.sum());
  }

  /** Runs once per accepted client, then hands over to {@link TcpRelay}. */
  private final class Accept extends ChannelInboundHandlerAdapter {
    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      Channel ch = ctx.channel();
      if (!context.limit().tryAcquire()) {
        reset(ch);
        return;
      }
      ch.closeFuture().addListener(f -> context.limit().release());
      InetSocketAddress remote = (InetSocketAddress) ch.remoteAddress();
      InetSocketAddress local = (InetSocketAddress) ch.localAddress();
      Flow flow = new Flow(remote.getAddress(), remote.getPort(), local.getAddress(),
          local.getPort());
      Optional<RealServer> chosen = service.schedule(flow);
      if (chosen.isEmpty()) {
        reset(ch);
        return;
      }
      RealServer rs = chosen.get();
      TcpConnection conn =
          new TcpConnection(service, rs, remote.getAddress(), ch, context, idleClosed);
      track(rs, ch);
      ProxyProtocol proxy = service.proxyProtocol();
      // a bare channel rather than a Bootstrap per connection: no option map to copy, no
      // initializer to add and remove (the accept path is the cost of a short connection)
      // the real-server side reads from the start (nothing comes before it is connected); the
      // client side waits for it, so that no byte overtakes the connection or a PROXY header
      Channel toServer = context.transport().newSocket(rs.address());
      toServer.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
      toServer.config().setConnectTimeoutMillis(connectTimeoutMillis);
      if (proxy != ProxyProtocol.NONE) {
        toServer.pipeline().addLast(HAProxyMessageEncoder.INSTANCE);
      }
      toServer.pipeline().addLast(new TcpRelay(conn, false, ch));
      conn.attach(toServer);
      service.channels().add(toServer);
      toServer.closeFuture().addListener(f -> service.channels().remove(toServer));
      ctx.pipeline().replace(this, "relay", new TcpRelay(conn, true, toServer));
      ch.eventLoop().register(toServer).addListener(registered -> {
        if (!registered.isSuccess()) {
          ch.close();
          return;
        }
        toServer.connect(rs.socketAddress()).addListener(f -> {
          if (!f.isSuccess()) {
            ch.close();
            return;
          }
          conn.established();
          if (proxy != ProxyProtocol.NONE) {
            toServer.writeAndFlush(ProxyHeaders.of(proxy, remote, local), toServer.voidPromise());
          }
          ch.config().setAutoRead(true);
        });
      });
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      // a client reset before it was scheduled, or a refusal: never leave it half set up
      ctx.close();
    }

    private void track(RealServer rs, Channel ch) {
      rs.channels().add(ch);
      service.channels().add(ch);
      ch.closeFuture().addListener(f -> {
        rs.channels().remove(ch);
        service.channels().remove(ch);
      });
    }

    private void reset(Channel ch) {
      ch.config().setOption(ChannelOption.SO_LINGER, 0);
      ch.close();
    }
  }
}
