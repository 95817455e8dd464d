package org.jkeepalived.agent.mail;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.smtp.DefaultLastSmtpContent;
import io.netty.handler.codec.smtp.SmtpRequests;
import io.netty.handler.codec.smtp.SmtpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * Drives one SMTP dialogue over Netty's SMTP codec, as keepalived's smtp.c state machine does:
 * greeting 220, HELO 250, MAIL 250, RCPT 250 each, DATA 354, the text 250, QUIT 221. The first
 * unexpected reply fails the future with the server's words; the channel is closed either way.
 */
final class SmtpSession extends SimpleChannelInboundHandler<SmtpResponse> {
  /** One step: what to send once the previous reply came, and the reply it must get. */
  private record Step(Object request, int expect, String what) {}

  private final Deque<Step> steps = new ArrayDeque<>();
  private final CompletableFuture<Void> done;
  private Step waiting = new Step(null, 220, "greeting");

  SmtpSession(SmtpMessage m, CompletableFuture<Void> done) {
    this.done = done;
    steps.add(new Step(SmtpRequests.helo(m.helo()), 250, "HELO"));
    steps.add(new Step(SmtpRequests.mail(SmtpMessage.bare(m.from())), 250, "MAIL"));
    for (String to : m.recipients()) {
      steps.add(new Step(SmtpRequests.rcpt(SmtpMessage.bare(to)), 250, "RCPT " + to));
    }
    steps.add(new Step(SmtpRequests.data(), 354, "DATA"));
    steps.add(new Step(new DefaultLastSmtpContent(Unpooled.copiedBuffer(m.data(),
        StandardCharsets.UTF_8)), 250, "BODY"));
    steps.add(new Step(SmtpRequests.quit(), 221, "QUIT"));
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, SmtpResponse r) {
    if (r.code() != waiting.expect()) {
      fail(ctx, new IllegalStateException(waiting.what() + ": server said " + r.code() + " "
          + String.join(" ", r.details())));
      return;
    }
    if (waiting.what().equals("QUIT")) {
      done.complete(null);
      ctx.close();
      return;
    }
    waiting = steps.poll();
    ctx.writeAndFlush(waiting.request()).addListener(f -> {
      if (!f.isSuccess()) {
        fail(ctx, f.cause());
      }
    });
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    fail(ctx, new IllegalStateException("connection closed while waiting for " + waiting.what()));
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    fail(ctx, cause);
  }

  private void fail(ChannelHandlerContext ctx, Throwable cause) {
    done.completeExceptionally(cause); // no effect once complete
    ctx.close();
  }
}
