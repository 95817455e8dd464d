package org.jkeepalived.lvs.check.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.ReadTimeoutException;

/**
 * One GET on a connected channel: sends the request (after the TLS handshake on SSL_GET), feeds
 * the reply to a {@link HttpResponseReader} and judges it at end of stream (or as soon as the
 * Content-Length has arrived). Reports once; closes the channel.
 */
public final class HttpExchange extends ChannelInboundHandlerAdapter {
  private final byte[] request;
  private final boolean tls;
  private final HttpResponseReader reader;
  private final Fetched done;
  private final byte[] chunk = new byte[8192];
  private boolean handshaken;
  private boolean finished;

  /** How a fetch ended: the reader at end of stream, or keepalived's debug message of a failure. */
  public interface Fetched {
    void done(HttpResponseReader reader, String failure);
  }

  HttpExchange(byte[] request, boolean tls, HttpResponseReader reader, Fetched done) {
    this.request = request;
    this.tls = tls;
    this.reader = reader;
    this.done = done;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    if (!tls) {
      send(ctx);
    }
    ctx.fireChannelActive();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof SslHandshakeCompletionEvent e) {
      if (e.isSuccess()) {
        handshaken = true;
        send(ctx);
      } else {
        finish(ctx, "SSL handshake/communication error connecting to");
      }
    }
  }

  private void send(ChannelHandlerContext ctx) {
    ctx.writeAndFlush(Unpooled.wrappedBuffer(request)).addListener(f -> {
      if (!f.isSuccess()) {
        finish(ctx, "Cannot send get request to");
      }
    });
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (msg instanceof ByteBuf buf && !finished) {
        while (buf.isReadable()) {
          int n = Math.min(chunk.length, buf.readableBytes());
          buf.readBytes(chunk, 0, n);
          reader.feed(chunk, 0, n);
        }
        if (reader.complete()) {
          finish(ctx, null);
        }
      }
    } finally {
      io.netty.util.ReferenceCountUtil.release(msg);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (tls && !handshaken) {
      finish(ctx, "SSL handshake/communication error connecting to");
    } else {
      finish(ctx, null);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof ReadTimeoutException && tls && !handshaken) {
      finish(ctx, "Timeout connecting");
    } else if (cause instanceof ReadTimeoutException) {
      finish(ctx, reader.hasHeader() || reader.bodyBytes() > 0
          ? "Timeout HTTP read" : "Timeout WEB read");
    } else if (tls && !handshaken) {
      finish(ctx, "SSL handshake/communication error connecting to");
    } else {
      finish(ctx, "Read error with");
    }
  }

  private void finish(ChannelHandlerContext ctx, String failure) {
    if (finished) {
      return;
    }
    finished = true;
    ctx.close();
    done.done(reader, failure);
  }
}
