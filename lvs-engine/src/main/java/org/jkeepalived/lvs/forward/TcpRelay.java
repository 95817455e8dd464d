package org.jkeepalived.lvs.forward;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;

/**
 * Copies one side's bytes to the other and counts them. Backpressure: when the other side's
 * outbound buffer passes its high water mark, this side stops reading until it drains, so a slow
 * reader never makes the forwarder buffer without bound: at most the high water mark plus one
 * read per direction of a connection.
 */
final class TcpRelay extends ChannelInboundHandlerAdapter {
  private final TcpConnection connection;
  private final boolean fromClient;
  private final Channel peer;

  TcpRelay(TcpConnection connection, boolean fromClient, Channel peer) {
    this.connection = connection;
    this.fromClient = fromClient;
    this.peer = peer;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ByteBuf buf) {
      int n = buf.readableBytes();
      if (fromClient) {
        connection.server().traffic().in(n);
        connection.service().traffic().in(n);
      } else {
        connection.server().traffic().out(n);
        connection.service().traffic().out(n);
      }
    }
    connection.activity();
    peer.write(msg, peer.voidPromise());
    if (!peer.isWritable()) {
      // checked per read, not per read loop: a loop may read up to 16 buffers
      ctx.channel().config().setAutoRead(false);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    peer.flush();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (ctx.channel().isWritable()) {
      peer.config().setAutoRead(true);
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof ChannelInputShutdownEvent) {
      connection.inputShutdown(ctx.channel());
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    connection.closed(ctx.channel());
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // a reset or a broken pipe from either peer: the connection simply ends
    ctx.close();
  }
}
