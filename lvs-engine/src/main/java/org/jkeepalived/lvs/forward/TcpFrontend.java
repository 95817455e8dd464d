package org.jkeepalived.lvs.forward;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.channel.ServerChannelRecvByteBufAllocator;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.handler.codec.haproxy.HAProxyMessageEncoder;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jkeepalived.lvs.forward.sched.Flow;

/**
 * A TCP virtual server: listens on VIP:port (with IP_FREEBIND on epoll), schedules each accepted
 * client, connects to the chosen real server from the client's event loop, optionally sends a
 * PROXY header, then relays both ways with half-close. A client that finds the forwarder at its
 * connection bound or no destination available is reset, as the kernel drops its SYN.
 */
final class TcpFrontend implements Frontend {
  /** Clients accepted per wake-up at most: a burst cannot starve the relays for long. */
  static final int ACCEPT_BATCH = 16;

  private final VirtualService service;
  private final Context context;
  private final int connectTimeoutMillis;
  private final LongAdder idleClosed = new LongAdder();
  private final Set<TcpConnection> connections = ConcurrentHashMap.newKeySet();
  private final Accept accept = new Accept();
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
        .option(ChannelOption.RCVBUF_ALLOCATOR, acceptBatch())
        .childOption(ChannelOption.AUTO_READ, false)
        .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
        // one shared handler rather than an initializer per client: it replaces itself
        .childHandler(accept);
    if (context.transport().epoll()) {
      b.option(EpollChannelOption.IP_FREEBIND, true);
    }
    listener = b.bind(address).sync().channel();
  }

  /**
   * Accepts up to {@link #ACCEPT_BATCH} clients per wake-up of the listener, until accept4 says
   * EAGAIN. Netty's default for a server channel accepts one and goes back to epoll_wait (it
   * cannot tell from an accept whether more are queued), which costs a loop turn and an
   * epoll_wait per new connection under load; HAProxy accepts up to tune.maxaccept (64) per turn.
   */
  static RecvByteBufAllocator acceptBatch() {
    ServerChannelRecvByteBufAllocator a = new ServerChannelRecvByteBufAllocator();
    a.maxMessagesPerRead(ACCEPT_BATCH);
    return a.respectMaybeMoreData(false);
  }

  @Override
  public void close() {
    if (listener != null) {
      listener.close().syncUninterruptibly();
    }
    connections.forEach(TcpConnection::closeBoth);
  }

  /** Client and real-server sides' queued bytes, and the idle closes. */
  @Override
  public ForwarderLoad load() {
    long queued = 0;
    for (TcpConnection c : connections) {
      queued += Frontend.queuedBytes(c.clientChannel());
      if (c.serverChannel() != null) {
        queued += Frontend.queuedBytes(c.serverChannel());
      }
    }
    return new ForwarderLoad(0, 0, queued, 0, 0, 0, idleClosed.sum());
  }

  /**
   * Hands each connection past its tcp or tcpfin timeout to its own event loop, which closes it
   * if it is still idle there. Runs every {@link UserspaceIpvs#SWEEP_MILLIS}.
   */
  @Override
  public void sweep(long now) {
    for (TcpConnection c : connections) {
      if (c.gone()) {
        connections.remove(c);
      } else if (c.idleFor(now)) {
        c.clientChannel().eventLoop().execute(c::closeIfIdle);
      }
    }
  }

  /** Runs once per accepted client, then hands over to {@link TcpRelay}. */
  @io.netty.channel.ChannelHandler.Sharable
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
      TcpConnection conn = new TcpConnection(service, rs, remote.getAddress(), ch, context,
          idleClosed, connections);
      connections.add(conn);
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
        toServer.pipeline().addLast("proxy", HAProxyMessageEncoder.INSTANCE);
      }
      // named handlers: a generated name costs a walk of the pipeline per connection
      toServer.pipeline().addLast("relay", new TcpRelay(conn, false, ch));
      conn.attach(toServer);
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
      ch.closeFuture().addListener(f -> rs.channels().remove(ch));
    }

    private void reset(Channel ch) {
      ch.config().setOption(ChannelOption.SO_LINGER, 0);
      ch.close();
    }
  }
}
