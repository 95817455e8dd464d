package org.jkeepalived.agent.mail;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.smtp.SmtpRequestEncoder;
import io.netty.handler.codec.smtp.SmtpResponseDecoder;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mails one at a time from a bounded queue on its own Netty event loop, so that a slow or
 * dead mail server never delays an engine or a store listener: {@link #submit} only queues, and
 * refuses (logging it) beyond {@link #QUEUE} waiting mails. Each mail has smtp_connect_timeout to
 * connect and the same time for each reply, as keepalived's smtp_connection_to.
 */
public final class SmtpSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SmtpSender.class);
  static final int QUEUE = 64;

  private final InetSocketAddress server;
  private final Duration timeout;
  private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final java.util.concurrent.atomic.AtomicInteger pending =
      new java.util.concurrent.atomic.AtomicInteger();
  private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

  public SmtpSender(InetSocketAddress server, Duration timeout) {
    this.server = server;
    this.timeout = timeout;
  }

  /**
   * Queues a mail behind those already waiting; returns at once. The future completes when the
   * server has accepted it, or exceptionally with why not (also logged).
   */
  public synchronized CompletableFuture<Void> submit(SmtpMessage m) {
    if (pending.incrementAndGet() > QUEUE) {
      pending.decrementAndGet();
      LOG.warn("SMTP alert dropped, {} mails already wait for {}", QUEUE, server);
      return CompletableFuture.failedFuture(new IllegalStateException("queue full"));
    }
    CompletableFuture<Void> sent = last.handle((x, e) -> null).thenCompose(x -> send(m));
    last = sent;
    return sent.whenComplete((x, e) -> {
      pending.decrementAndGet();
      if (e == null) {
        LOG.info("SMTP alert successfully sent.");
      } else {
        LOG.error("Error sending SMTP alert to {}: {}", server, e.getMessage());
      }
    });
  }

  private CompletableFuture<Void> send(SmtpMessage m) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    long seconds = Math.max(1, timeout.toSeconds());
    new Bootstrap().group(group).channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
            timeout.toMillis()))
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new ReadTimeoutHandler(seconds, TimeUnit.SECONDS),
                new SmtpResponseDecoder(1024), new SmtpRequestEncoder(),
                new SmtpSession(m, done));
          }
        })
        .connect(server).addListener(f -> {
          if (!f.isSuccess()) {
            done.completeExceptionally(f.cause());
          }
        });
    return done;
  }

  /** Gives the mails already queued (a stopping instance's) up to 2 s, then stops. */
  @Override
  public void close() {
    CompletableFuture<Void> tail;
    synchronized (this) {
      tail = last;
    }
    try {
      tail.get(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // logged by submit; the daemon stops all the same
    }
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
  }
}
