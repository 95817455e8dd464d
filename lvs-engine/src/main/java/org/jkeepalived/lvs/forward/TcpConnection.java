package org.jkeepalived.lvs.forward;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.DuplexChannel;
import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * One client connection through the proxy and its real-server side, in the states the kernel's
 * gauges count: inactive while the real server is being connected, active while both sides are
 * open, inactive again once either side sent its FIN, gone when both sides are closed. Once
 * connected it is closed after {@code lvs_timeouts} tcp (or tcpfin, once a side has finished)
 * without a read from either side ({@link TcpIdle}): a periodic sweep nominates it ({@link
 * #idleFor}) and its own event loop decides ({@link #closeIfIdle}), so a connection costs no
 * timer of its own. Both channels run on the same event loop, so the state needs no lock.
 */
final class TcpConnection {
  private final VirtualService service;
  private final RealServer server;
  private final InetAddress client;
  private final Channel clientChannel;
  private final Context context;
  private final LongAdder idleClosed;
  private final Set<TcpConnection> registry;
  private Channel serverChannel;
  /** Written on the event loop, read by the sweep: a stale read only delays a nomination. */
  private long lastActivity;
  private boolean tracked;
  /** A side has sent its FIN or gone: the tcpfin timeout applies. */
  private boolean finState;
  private boolean active;
  private boolean clientEof;
  private boolean serverEof;
  private boolean released;

  TcpConnection(VirtualService service, RealServer server, InetAddress client, Channel ch,
      Context context, LongAdder idleClosed, Set<TcpConnection> registry) {
    this.service = service;
    this.server = server;
    this.client = client;
    this.clientChannel = ch;
    this.context = context;
    this.idleClosed = idleClosed;
    this.registry = registry;
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

  Channel serverChannel() {
    return serverChannel;
  }

  /** The channel being connected to the real server. */
  void attach(Channel toServer) {
    this.serverChannel = toServer;
  }

  /** The real server accepted: the connection counts as active, and the timeouts apply. */
  void established() {
    if (!released) {
      server.established();
      active = true;
      lastActivity = context.nanos().getAsLong();
      tracked = true;
    }
  }

  /** A read from either side. */
  void activity() {
    lastActivity = context.nanos().getAsLong();
  }

  /** For the sweep (any thread): whether this connection looks past its timeout at {@code now}. */
  boolean idleFor(long now) {
    return tracked && TcpIdle.remaining(finState, lastActivity, now, context.timeouts().get()) <= 0;
  }

  /** Both sides closed: nothing left of it (the sweep drops what a close path missed). */
  boolean gone() {
    return !clientChannel.isOpen() && (serverChannel == null || !serverChannel.isOpen());
  }

  /** On the event loop: closes the connection if it is still past its timeout. */
  void closeIfIdle() {
    if (gone() || !idleFor(context.nanos().getAsLong())) {
      return;
    }
    idleClosed.increment();
    closeBoth();
  }

  /**
   * {@code from}'s peer closed its sending half: pass the FIN on once what it sent is flushed,
   * and close both sides when both have finished. After the first FIN the other side's FIN
   * ends the connection, so its channel need not shut its input first (one system call less).
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
    finState = true;
    if (to != null && to.isActive()) {
      to.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, false);
      to.writeAndFlush(Unpooled.EMPTY_BUFFER)
          .addListener(f -> ((DuplexChannel) to).shutdownOutput());
    }
  }

  /**
   * One side went away: flush what is queued toward the other, then close it (the tcpfin
   * timeout closes it if that side never takes it).
   */
  void closed(Channel which) {
    Channel other = which == clientChannel ? serverChannel : clientChannel;
    if (other != null && other.isActive()) {
      finState = true;
      other.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    } else {
      if (other != null) {
        other.close(); // still connecting
      }
      registry.remove(this);
    }
    release();
  }

  void closeBoth() {
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
