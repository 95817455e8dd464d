package org.jkeepalived.lvs.check.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jkeepalived.lvs.check.ServiceNames;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.fsm.Wording;
import org.jkeepalived.lvs.check.run.Probe;

/**
 * SMTP_CHECK: the {@link SmtpDialogue} with the real server, then with each {@code host} block
 * in turn; the probe passes when every one passes. Lines are at most 512 bytes (keepalived's
 * SMTP_BUFF_MAX); each read must come within connect_timeout.
 */
public final class SmtpProbe implements Probe {
  /** keepalived's default helo_name. */
  public static final String DEFAULT_HELO = "smtpchecker.keepalived.org";

  private final EventLoop loop;
  private final Transport transport;
  private final List<Endpoint> hosts;
  private final String helo;

  public SmtpProbe(EventLoop loop, Transport transport, List<Endpoint> hosts, String helo) {
    this.loop = loop;
    this.transport = transport;
    this.hosts = hosts;
    this.helo = helo == null ? DEFAULT_HELO : helo;
  }

  /** keepalived's SMTP lines. */
  public static Wording wording() {
    return Wording.of((s, r) -> "Remote SMTP server " + s + " succeed on service.",
        (s, r, retries) -> "SMTP_CHECK " + r.detail());
  }

  @Override
  public void run(int target, Consumer<ProbeResult> done) {
    next(0, done);
  }

  private void next(int i, Consumer<ProbeResult> done) {
    if (i >= hosts.size()) {
      done.accept(ProbeResult.ok("SMTP dialogue completed"));
      return;
    }
    Endpoint e = hosts.get(i);
    String server = "[" + ServiceNames.text(e.target().getAddress()) + "]:" + e.target().getPort();
    Consumer<ProbeResult> then = r -> {
      if (r.ok()) {
        next(i + 1, done);
      } else {
        done.accept(r);
      }
    };
    Bootstrap b = new Bootstrap().group(loop).channel(transport.socketChannel())
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast(new ReadTimeoutHandler(e.timeout().toMillis(),
                TimeUnit.MILLISECONDS));
            ch.pipeline().addLast(new LineBasedFrameDecoder(512, true, true));
            ch.pipeline().addLast(new StringDecoder(StandardCharsets.ISO_8859_1));
            ch.pipeline().addLast(new Conversation(new SmtpDialogue(helo, server), server, then));
          }
        });
    e.apply(b, transport);
    b.connect(e.target()).addListener((ChannelFuture f) -> {
      if (!f.isSuccess()) {
        then.accept(ProbeResult.failed((f.cause() instanceof ConnectTimeoutException
            ? "Connection timeout to server " : "Error connecting to server ") + server));
      }
    });
  }

  private static final class Conversation extends SimpleChannelInboundHandler<String> {
    private final SmtpDialogue dialogue;
    private final String server;
    private final Consumer<ProbeResult> done;
    private boolean finished;

    Conversation(SmtpDialogue dialogue, String server, Consumer<ProbeResult> done) {
      this.dialogue = dialogue;
      this.server = server;
      this.done = done;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
      String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      SmtpDialogue.Next n = dialogue.onLine(l);
      if (n.send() != null) {
        ctx.writeAndFlush(Unpooled.copiedBuffer(n.send(), StandardCharsets.ISO_8859_1));
      }
      if (n.done()) {
        finish(ctx, n.failure() == null ? ProbeResult.ok("SMTP ok")
            : ProbeResult.failed(n.failure()));
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      finish(ctx, ProbeResult.failed("Read failure from server " + server));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      finish(ctx, ProbeResult.failed(cause instanceof ReadTimeoutException
          ? "Read timeout from server " + server
          : cause instanceof TooLongFrameException
              ? "Buffer overflow reading from server " + server
              : "Read failure from server " + server));
    }

    private void finish(ChannelHandlerContext ctx, ProbeResult r) {
      if (!finished) {
        finished = true;
        ctx.close();
        done.accept(r);
      }
    }
  }
}
