package org.jkeepalived.lvs.check.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jkeepalived.lvs.check.Specs;

/**
 * A test web server on 127.0.0.1 that answers each request (once its header has arrived) with
 * the bytes {@code responder} gives for the request text (null: never answer), then closes.
 * Keeps the requests it received. Optionally behind TLS.
 */
final class RawHttpServer implements AutoCloseable {
  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Channel channel;
  final List<String> requests = new CopyOnWriteArrayList<>();
  /** The TLS server names (SNI) clients sent, "-" for a handshake without one. */
  final List<String> serverNames = new CopyOnWriteArrayList<>();
  volatile Function<String, byte[]> responder;
  /** Sent as soon as a client connects (null: nothing). */
  volatile byte[] greeting;

  RawHttpServer(SslContext tls, Function<String, byte[]> responder) throws InterruptedException {
    this.responder = responder;
    channel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            if (tls != null) {
              // records the server name each client asks for (SNI; "-" when none)
              ch.pipeline().addLast(new io.netty.handler.ssl.SniHandler(name -> {
                serverNames.add(name == null ? "-" : name);
                return tls;
              }));
            }
            ch.pipeline().addLast(new Answer());
          }
        }).bind(new InetSocketAddress(Specs.LOCAL, 0)).sync().channel();
  }

  int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  static byte[] response(int status, String body) {
    return ("HTTP/1.0 " + status + " X\r\nContent-Type: text/plain\r\n\r\n" + body)
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private final class Answer extends ChannelInboundHandlerAdapter {
    private final StringBuilder got = new StringBuilder();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      ByteBuf b = (ByteBuf) msg;
      got.append(b.toString(StandardCharsets.ISO_8859_1));
      b.release();
      if (got.indexOf("\r\n\r\n") >= 0) {
        String req = got.toString();
        got.setLength(0);
        requests.add(req);
        byte[] out = responder.apply(req);
        if (out != null) {
          ctx.writeAndFlush(Unpooled.wrappedBuffer(out)).addListener(ChannelFutureListener.CLOSE);
        }
      }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      byte[] g = greeting;
      if (g != null) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(g));
      }
      ctx.fireChannelActive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }
}
