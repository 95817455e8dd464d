package org.jkeepalived.lvs.forward;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.util.function.LongSupplier;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;

/**
 * One client's UDP flow: a socket connected to the chosen real server, whose replies go back to
 * the client from the virtual address. Datagrams that arrive while the socket is being set up wait
 * in a short queue; beyond it they are dropped, as a full socket buffer would drop them. Runs on
 * the listener's event loop only.
 */
final class UdpFlow extends ChannelInboundHandlerAdapter {
  static final int PENDING_LIMIT = 64;

  private final VirtualService service;
  private final RealServer server;
  private final InetSocketAddress client;
  private final Channel listener;
  private final LongSupplier nanos;
  private final ArrayDeque<ByteBuf> pending = new ArrayDeque<>();
  private Channel channel;
  private boolean ready;
  private long lastSeen;

  UdpFlow(VirtualService service, RealServer server, InetSocketAddress client, Channel listener,
      LongSupplier nanos) {
    this.service = service;
    this.server = server;
    this.client = client;
    this.listener = listener;
    this.nanos = nanos;
    this.lastSeen = nanos.getAsLong();
  }

  RealServer server() {
    return server;
  }

  long lastSeen() {
    return lastSeen;
  }

  void attach(Channel ch) {
    this.channel = ch;
  }

  /** The socket is connected: what waited goes out. */
  void ready() {
    ready = true;
    while (!pending.isEmpty()) {
      channel.write(pending.poll(), channel.voidPromise());
    }
    channel.flush();
  }

  /** A datagram from the client toward the real server. */
  void send(ByteBuf payload) {
    lastSeen = nanos.getAsLong();
    int n = payload.readableBytes();
    server.traffic().in(n);
    service.traffic().in(n);
    if (ready) {
      channel.writeAndFlush(payload, channel.voidPromise());
    } else if (pending.size() < PENDING_LIMIT) {
      pending.add(payload);
    } else {
      payload.release();
    }
  }

  /** A reply from the real server: back to the client from the virtual address. */
  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf payload = msg instanceof DatagramPacket p ? p.content() : (ByteBuf) msg;
    lastSeen = nanos.getAsLong();
    int n = payload.readableBytes();
    server.traffic().out(n);
    service.traffic().out(n);
    if (listener.isWritable()) {
      listener.write(new DatagramPacket(payload.retain(), client), listener.voidPromise());
    }
    ReferenceCountUtil.release(msg);
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    listener.flush();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // ICMP port unreachable from the real server and the like: the flow stays until its timeout
  }

  void close() {
    if (channel != null) {
      channel.close();
    }
  }

  /** Frees what waits; the flow's channel is closed by the caller. */
  void discard() {
    pending.forEach(ByteBuf::release);
    pending.clear();
  }
}
