package org.jkeepalived.lvs.check.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.handler.codec.dns.DatagramDnsQuery;
import io.netty.handler.codec.dns.DatagramDnsQueryDecoder;
import io.netty.handler.codec.dns.DatagramDnsResponse;
import io.netty.handler.codec.dns.DatagramDnsResponseEncoder;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.handler.codec.dns.DnsSection;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.DnsType;
import org.junit.jupiter.api.Test;

/** DNS_CHECK against a DNS responder on 127.0.0.1 (Netty's DNS codec, server side). */
class DnsCheckTest {
  enum Mode { ANSWER, NXDOMAIN, FORGED_ID, GARBAGE, SILENT }

  static final class Responder implements AutoCloseable {
    final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    final List<String> questions = new CopyOnWriteArrayList<>();
    final Channel channel;

    Responder(Mode mode) throws Exception {
      channel = new Bootstrap().group(group).channel(NioDatagramChannel.class)
          .handler(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
              ch.pipeline().addLast(new DatagramDnsQueryDecoder(), new DatagramDnsResponseEncoder(),
                  new SimpleChannelInboundHandler<DatagramDnsQuery>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, DatagramDnsQuery q) {
                      questions.add(q.recordAt(DnsSection.QUESTION).toString()
                          + " rd=" + q.isRecursionDesired());
                      switch (mode) {
                        case SILENT -> { }
                        case GARBAGE -> ctx.writeAndFlush(new DatagramPacket(
                            Unpooled.wrappedBuffer(new byte[] {1, 2, 3}), q.sender()));
                        default -> ctx.writeAndFlush(new DatagramDnsResponse(q.recipient(),
                            q.sender(), mode == Mode.FORGED_ID ? q.id() ^ 0x5a5a : q.id(), q.opCode(),
                            mode == Mode.NXDOMAIN ? DnsResponseCode.NXDOMAIN : DnsResponseCode.NOERROR));
                      }
                    }
                  });
            }
          }).bind(new InetSocketAddress(Specs.LOCAL, 0)).sync().channel();
    }

    int port() {
      return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() {
      channel.close().syncUninterruptibly();
      group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  private static Verdicts.Heard check(int port, boolean alpha) throws Exception {
    Verdicts heard = new Verdicts();
    try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
      checks.run(List.of(Specs.spec("rs1", port, new CheckerConfig.DnsCheck(
          Specs.connection(Duration.ofSeconds(2)), Specs.fast(0, alpha), DnsType.A,
          "www.example.org"))));
      return heard.next(Duration.ofSeconds(5));
    }
  }

  @Test
  void upOnAnAnswerWithOurIdAndRcodeZero() throws Exception {
    try (Responder r = new Responder(Mode.ANSWER)) {
      assertThat(check(r.port(), true).verdict().up()).isTrue();
      assertThat(r.questions.get(0)).contains("www.example.org.").contains("A").endsWith("rd=true");
    }
  }

  @Test
  void downOnRcodeForgedIdGarbageSilenceAndUnreachablePort() throws Exception {
    try (Responder r = new Responder(Mode.NXDOMAIN)) {
      assertThat(check(r.port(), false).verdict().reason())
          .isEqualTo("read error occurred. (rcode = 3)");
    }
    for (Mode m : List.of(Mode.FORGED_ID, Mode.GARBAGE, Mode.SILENT)) {
      try (Responder r = new Responder(m)) {
        assertThat(check(r.port(), false).verdict().reason()).as(m.name())
            .isEqualTo("read timeout from socket");
      }
    }
    int closed;
    try (Responder r = new Responder(Mode.SILENT)) {
      closed = r.port();
    }
    assertThat(check(closed, false).verdict().reason()).startsWith("failed to read socket");
  }
}
