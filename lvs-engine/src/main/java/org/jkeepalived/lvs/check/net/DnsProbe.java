package org.jkeepalived.lvs.check.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.dns.DatagramDnsQuery;
import io.netty.handler.codec.dns.DatagramDnsQueryEncoder;
import io.netty.handler.codec.dns.DatagramDnsResponse;
import io.netty.handler.codec.dns.DatagramDnsResponseDecoder;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsSection;
import java.net.PortUnreachableException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.fsm.Wording;
import org.jkeepalived.lvs.check.run.Probe;
import org.jkeepalived.mibs.config.lvs.DnsType;

/**
 * DNS_CHECK (check_dns.c): one query of {@code type} for {@code name} with recursion desired,
 * over a connected UDP socket (so an ICMP port unreachable fails the check). An answer passes
 * when its ID is ours, it is a response and its RCODE is 0, as keepalived judges it; a reply
 * with another ID (a forgery or a stale answer) or one that does not decode is ignored and the
 * probe keeps waiting until connect_timeout.
 */
public final class DnsProbe implements Probe {
  private final EventLoop loop;
  private final Transport transport;
  private final Endpoint endpoint;
  private final DnsType type;
  private final String name;

  public DnsProbe(EventLoop loop, Transport transport, Endpoint endpoint, DnsType type,
      String name) {
    this.loop = loop;
    this.transport = transport;
    this.endpoint = endpoint;
    this.type = type == null ? DnsType.SOA : type;
    this.name = name == null || name.isEmpty() ? "." : name;
  }

  /** keepalived logs "DNS_CHECK (S) reason[ after N retries]" on failure, nothing on success. */
  public static Wording wording() {
    return Wording.of((s, r) -> null, (s, r, retries) -> "DNS_CHECK (" + s + ") " + r.detail()
        + (retries > 0 ? " after " + retries + " retries" : ""));
  }

  @Override
  public void run(int target, Consumer<ProbeResult> done) {
    int id = ThreadLocalRandom.current().nextInt(0x10000);
    Answer answer = new Answer(id, done);
    Bootstrap b = new Bootstrap().group(loop).channel(transport.datagramChannel())
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast(new DatagramDnsQueryEncoder());
            ch.pipeline().addLast(new DatagramDnsResponseDecoder());
            ch.pipeline().addLast(answer);
          }
        });
    endpoint.apply(b, transport);
    b.connect(endpoint.target()).addListener((ChannelFuture f) -> {
      if (!f.isSuccess()) {
        done.accept(ProbeResult.failed("failed to connect socket: " + f.cause().getMessage()));
        return;
      }
      // one deadline for the whole exchange: ignored datagrams do not extend it
      f.channel().eventLoop().schedule(
          () -> answer.finish(f.channel(), ProbeResult.failed("read timeout from socket")),
          endpoint.timeout().toMillis(), TimeUnit.MILLISECONDS);
      DatagramDnsQuery q = new DatagramDnsQuery(null, endpoint.target(), id);
      q.setRecursionDesired(true);
      q.addRecord(DnsSection.QUESTION,
          new DefaultDnsQuestion(name, DnsRecordType.valueOf(type.code())));
      f.channel().writeAndFlush(q).addListener(w -> {
        if (!w.isSuccess()) {
          answer.finish(f.channel(), ProbeResult.failed("failed to write socket"));
        }
      });
    });
  }

  private static final class Answer extends SimpleChannelInboundHandler<DatagramDnsResponse> {
    private final int id;
    private final Consumer<ProbeResult> done;
    private boolean finished;

    Answer(int id, Consumer<ProbeResult> done) {
      this.id = id;
      this.done = done;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramDnsResponse r) {
      if (r.id() != id) {
        return; // keepalived: "ID does not match": wait on
      }
      int rcode = r.code().intValue();
      finish(ctx.channel(), rcode == 0 ? ProbeResult.ok("DNS answer")
          : ProbeResult.failed("read error occurred. (rcode = " + rcode + ")"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      if (cause instanceof PortUnreachableException) {
        finish(ctx.channel(),
            ProbeResult.failed("failed to read socket; errno 111 (Connection refused)"));
      }
      // anything else is a datagram that does not decode: ignored, as keepalived does
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
