package org.jkeepalived.lvs.check.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import java.util.function.Consumer;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.run.Probe;

/** TCP_CHECK: a non-blocking connect that completes within connect_timeout (check_tcp.c). */
public final class TcpProbe implements Probe {
  private final EventLoop loop;
  private final Transport transport;
  private final Endpoint endpoint;
  private final String service;

  public TcpProbe(EventLoop loop, Transport transport, Endpoint endpoint, String service) {
    this.loop = loop;
    this.transport = transport;
    this.endpoint = endpoint;
    this.service = service;
  }

  @Override
  public void run(int target, Consumer<ProbeResult> done) {
    Bootstrap b = new Bootstrap().group(loop).channel(transport.socketChannel())
        .handler(new ChannelInboundHandlerAdapter());
    endpoint.apply(b, transport);
    ChannelFuture f = b.connect(endpoint.target());
    f.addListener((ChannelFuture cf) -> {
      if (cf.isSuccess()) {
        // Closed in a task of its own: inside this listener Netty's epoll channel still holds
        // the connect promise, and a close would fail it with a new ClosedChannelException, a
        // stack trace filled in per probe (a tenth of the allocation at bench/checkers' size)
        // for a promise that has already succeeded.
        Channel ch = cf.channel();
        ch.eventLoop().execute(ch::close);
        done.accept(ProbeResult.ok("TCP connection to " + service + " success."));
      } else {
        boolean timeout = cf.cause() instanceof ConnectTimeoutException;
        done.accept(ProbeResult.failed(
            "TCP connection to " + service + (timeout ? " timeout." : " failed.")));
      }
    });
  }
}
