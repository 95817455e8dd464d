package org.jkeepalived.lvs.forward;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * One client connection through the proxy and its real-server side, in the states the kernel's
 * gauges count: inactive while the real server is being connected, active while both sides are
 * open, inactive again once either side sent its FIN, gone when both sides are closed. Once
 * connected it is closed after {@code lvs_timeouts} tcp (or tcpfin, once a side has finished)
 * without a read from either side ({@link TcpIdle}). Both channels run on the same event loop,
 * so the state needs no lock.
 */
final class TcpConnection {
  private final VirtualService service;
  private final RealServer server;
  private final InetAddress client;
  private final Channel clientChannel;
  private final Context context;
  private final LongAdder idleClosed;
  private Channel serverChannel;
  private long lastActivity;
  private ScheduledFuture<?> idleTimer;
  /** A side has sent its FIN or gone: the tcpfin timeout applies. */
  private boolean finState;
  private boolean active;
  private boolean clientEof;
  private boolean serverEof;
  private boolean released;

  TcpConnection(VirtualService service, RealServer server, InetAddress client, Channel ch,
      Context context, LongAdder idleClosed) {
    this.service = service;
    this.server = server;
    this.client = client;
    this.clientChannel = ch;
    this.context = context;
    this.idleClosed = idleClosed;
  }

  RealServer server() {
    return server;
  }

  VirtualService service() {
    return service;
  }

  Channel clientChannel() {
    return clientChannel;
  }

  /** The channel being connected to the real server. */
  void attach(Channel toServer) {
    this.serverChannel = toServer;
  }

  /** The real server accepted: the connection counts as active, and its idle timer runs. */
  void established() {
    if (!released) {
      server.established();
      active = true;
      lastActivity = context.nanos().getAsLong();
      armIdleTimer(TimeUnit.SECONDS.toNanos(context.timeouts().get().tcp()));
    }
  }

  /** A read from either side. */
  void activity() {
    lastActivity = context.nanos().getAsLong();
  }

  private void armIdleTimer(long delayNanos) {
    idleTimer = clientChannel.eventLoop().schedule(this::checkIdle, delayNanos,
        TimeUnit.NANOSECONDS);
  }

  /**
   * One timer per connection, re-armed for what is left rather than restarted on every read
   * (a read costs a field write, not a timer-queue operation).
   */
  private void checkIdle() {
    if (!clientChannel.isOpen() && !serverChannel.isOpen()) {
      return;
    }
    long left = TcpIdle.remaining(finState, lastActivity, context.nanos().getAsLong(),
        context.timeouts().get());
    if (left > 0) {
      armIdleTimer(left);
      return;
    }
    idleClosed.increment();
    closeBoth();
  }

  /**
   * The first FIN (or one side gone): from now on the shorter tcpfin timeout counts, so the
   * timer armed for tcp is moved up (once per connection), as the kernel re-arms its entry's
   * timer on the FIN.
   */
  private void enterFinState() {
    if (finState) {
      return;
    }
    finState = true;
    if (idleTimer != null && idleTimer.cancel(false)) {
      armIdleTimer(Math.max(0, TcpIdle.remaining(true, lastActivity,
          context.nanos().getAsLong(), context.timeouts().get())));
    }
  }

  /**
   * {@code from}'s peer closed its sending half: pass the FIN on once what it sent is flushed,
   * and close both sides when both have finished.
   */
  void inputShutdown(Channel from) {
    Channel to = from == clientChannel ? serverChannel : clientChannel;
    if (from == clientChannel) {
      clientEof = true;
    } else {
      serverEof = true;
    }
    if (active) {
      server.closing();
      active = false;
    }
    if (clientEof && serverEof) {
      closeBoth();
      return;
    }
    enterFinState();
    if (to != null && to.isActive()) {
      to.writeAndFlush(Unpooled.EMPTY_BUFFER)
          .addListener(f -> ((DuplexChannel) to).shutdownOutput());
    }
  }

  /**
   * One side went away: flush what is queued toward the other, then close it (the idle timer,
   * now at tcpfin, closes it if that side never takes it).
   */
  void closed(Channel which) {
    Channel other = which == clientChannel ? serverChannel : clientChannel;
    if (other != null && !other.isOpen() && idleTimer != null) {
      idleTimer.cancel(false); // both sides gone: no timer left in the loop's queue
    }
    if (other != null && other.isActive()) {
      enterFinState();
      other.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    } else if (other != null) {
      other.close(); // still connecting
    }
    release();
  }

  void closeBoth() {
    if (idleTimer != null) {
      idleTimer.cancel(false);
    }
    clientChannel.close();
    if (serverChannel != null) {
      serverChannel.close();
    }
  }

  private void release() {
    if (!released) {
      released = true;
      service.release(server, client, active);
      active = false;
    }
  }
}
