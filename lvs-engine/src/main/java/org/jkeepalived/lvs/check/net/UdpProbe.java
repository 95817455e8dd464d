package org.jkeepalived.lvs.check.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import java.net.PortUnreachableException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.run.Probe;
import org.jkeepalived.mibs.config.lvs.UdpSpec;

/**
 * UDP_CHECK (check_udp.c): sends the payload on a connected UDP socket, so that an ICMP port
 * unreachable comes back as an error on it (keepalived reads it from IP_RECVERR; the kernel
 * reports it to a connected socket's next receive as ECONNREFUSED, which Netty raises as {@link
 * PortUnreachableException}). No reply within connect_timeout passes unless {@code
 * require_reply}; a reply is judged by {@link UdpReply}.
 */
public final class UdpProbe implements Probe {
  private final EventLoop loop;
  private final Transport transport;
  private final Endpoint endpoint;
  private final UdpSpec udp;
  private final UdpReply reply;
  private final byte[] payload;
  private final String service;

  public UdpProbe(EventLoop loop, Transport transport, Endpoint endpoint, UdpSpec udp,
      String service) {
    this.loop = loop;
    this.transport = transport;
    this.endpoint = endpoint;
    this.udp = udp;
    this.reply = new UdpReply(udp.replyPattern(), udp.minReplyLength(), udp.maxReplyLength());
    this.payload = UdpReply.payload(udp.payloadHex());
    this.service = service;
  }

  @Override
  public void run(int target, Consumer<ProbeResult> done) {
    Exchange ex = new Exchange(done);
    Bootstrap b = new Bootstrap().group(loop).channel(transport.datagramChannel()).handler(ex);
    endpoint.apply(b, transport);
    b.connect(endpoint.target()).addListener((ChannelFuture f) -> {
      if (!f.isSuccess()) {
        done.accept(ProbeResult.failed("UDP connection to " + service + " failed."));
        return;
      }
      f.channel().eventLoop().schedule(() -> ex.finish(f.channel(), udp.requireReply()
          ? ProbeResult.failed("UDP connection to " + service + " failed.")
          : ProbeResult.ok("UDP connection to " + service + " success.")),
          endpoint.timeout().toMillis(), TimeUnit.MILLISECONDS);
      f.channel().writeAndFlush(Unpooled.wrappedBuffer(payload)).addListener(w -> {
        if (!w.isSuccess()) {
          ex.finish(f.channel(), ProbeResult.failed("UDP connection to " + service + " failed."));
        }
      });
    });
  }

  private final class Exchange extends ChannelInboundHandlerAdapter {
    private final Consumer<ProbeResult> done;
    private boolean finished;

    Exchange(Consumer<ProbeResult> done) {
      this.done = done;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      try {
        ByteBuf buf = msg instanceof DatagramPacket p ? p.content()
            : msg instanceof ByteBuf b ? b : null;
        if (buf == null) {
          return;
        }
        int len = buf.readableBytes();
        byte[] head = ByteBufUtil.getBytes(buf, buf.readerIndex(), Math.min(len, 65536));
        finish(ctx.channel(), !udp.requireReply() || reply.matches(head, len)
            ? ProbeResult.ok("UDP connection to " + service + " success.")
            : ProbeResult.failed("UDP check to " + service + " reply data mismatch."));
      } finally {
        ReferenceCountUtil.release(msg);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      finish(ctx.channel(), ProbeResult.failed("UDP connection to " + service + " failed."));
    }

    void finish(Channel ch, ProbeResult r) {
      if (!finished) {
        finished = true;
        ch.close();
        done.accept(r);
      }
    }
  }
}
