package org.jkeepalived.lvs.check.ping;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.fsm.Wording;
import org.jkeepalived.lvs.check.net.Endpoint;
import org.jkeepalived.lvs.check.run.Probe;

/**
 * PING_CHECK (check_ping.c): one ICMP or ICMPv6 echo request to the real server (or connect_ip);
 * the echo reply must come within connect_timeout. The socket (see {@link IcmpSockets}) is
 * driven by the epoll loop through Netty's {@link EpollDatagramChannel} on its descriptor;
 * {@code bind_if} and {@code fwmark} are set on it before.
 */
public final class PingProbe implements Probe {
  private static final int SO_MARK = 36;

  private final EventLoop loop;
  private final IcmpSockets sockets;
  private final Endpoint endpoint;
  private final String service;
  private int seq = ThreadLocalRandom.current().nextInt(0x10000);

  public PingProbe(EventLoop loop, IcmpSockets sockets, Endpoint endpoint, String service) {
    this.loop = loop;
    this.sockets = sockets;
    this.endpoint = endpoint;
    this.service = service;
  }

  /** keepalived's ICMP lines. */
  public static Wording wording() {
    return Wording.of("ICMP", "ICMP CHECK");
  }

  @Override
  public void run(int target, Consumer<ProbeResult> done) {
    boolean v6 = endpoint.target().getAddress() instanceof Inet6Address;
    IcmpSockets.IcmpSocket sock;
    try {
      sock = sockets.open(v6);
      if (endpoint.bindIf() != null && !endpoint.bindIf().isEmpty()) {
        sock.fd().bindToDevice(endpoint.bindIf());
      }
      if (endpoint.fwmark() != 0) {
        sock.fd().setIntOption(LinuxConstants.SOL_SOCKET, SO_MARK, (int) endpoint.fwmark());
      }
    } catch (ErrnoException e) {
      done.accept(ProbeResult.failed("ICMP" + (v6 ? "v6" : "") + " connect fail to create socket: "
          + e.getMessage()));
      return;
    }
    seq = (seq + 1) & 0xffff;
    int id = ThreadLocalRandom.current().nextInt(0x10000);
    int mySeq = seq;
    EpollDatagramChannel ch = new EpollDatagramChannel(sock.fd().fd());
    Reply reply = new Reply(v6, sock.raw() && !v6, id, mySeq, sock.raw(), done);
    ch.pipeline().addLast(reply);
    loop.register(ch).addListener(reg -> {
      if (!reg.isSuccess()) {
        ch.unsafe().closeForcibly();
        done.accept(ProbeResult.failed("send ICMP packet fail"));
        return;
      }
      ch.eventLoop().schedule(() -> reply.finish(ch, ProbeResult.failed(
          "ICMP connection to address " + service + " timeout.")),
          endpoint.timeout().toMillis(), TimeUnit.MILLISECONDS);
      byte[] pkt = IcmpEcho.request(v6, id, mySeq, new byte[16]);
      ch.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(pkt),
          new InetSocketAddress(endpoint.target().getAddress(), 0))).addListener(w -> {
            if (!w.isSuccess()) {
              reply.finish(ch, ProbeResult.failed("send ICMP packet fail"));
            }
          });
    });
  }

  private static final class Reply extends ChannelInboundHandlerAdapter {
    private final boolean v6;
    private final boolean ipHeader;
    private final int id;
    private final int seq;
    private final boolean checkId;
    private final Consumer<ProbeResult> done;
    private boolean finished;

    Reply(boolean v6, boolean ipHeader, int id, int seq, boolean checkId,
        Consumer<ProbeResult> done) {
      this.v6 = v6;
      this.ipHeader = ipHeader;
      this.id = id;
      this.seq = seq;
      this.checkId = checkId;
      this.done = done;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      try {
        ByteBuf b = msg instanceof DatagramPacket p ? p.content() : (ByteBuf) msg;
        byte[] bytes = ByteBufUtil.getBytes(b, b.readerIndex(), Math.min(b.readableBytes(), 128));
        if (IcmpEcho.isReply(v6, ipHeader, bytes, bytes.length, id, seq, checkId)) {
          finish(ctx.channel(), ProbeResult.ok("ICMP echo reply"));
        }
      } finally {
        ReferenceCountUtil.release(msg);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      finish(ctx.channel(), ProbeResult.failed("recv ICMP packet error"));
    }

    void finish(io.netty.channel.Channel ch, ProbeResult r) {
      if (!finished) {
        finished = true;
        ch.close();
        done.accept(r);
      }
    }
  }
}
