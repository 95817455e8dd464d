package org.jkeepalived.lvs.forward;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.socket.DuplexChannel;
import java.net.InetAddress;

/**
 * One client connection through the proxy and its real-server side, in the states the kernel's
 * gauges count: inactive while the real server is being connected, active while both sides are
 * open, inactive again once either side sent its FIN, gone when both sides are closed. Both
 * channels run on the same event loop, so the state needs no lock.
 */
final class TcpConnection {
  private final VirtualService service;
  private final RealServer server;
  private final InetAddress client;
  private final Channel clientChannel;
  private Channel serverChannel;
  private boolean active;
  private boolean clientEof;
  private boolean serverEof;
  private boolean released;

  TcpConnection(VirtualService service, RealServer server, InetAddress client, Channel ch) {
    this.service = service;
    this.server = server;
    this.client = client;
    this.clientChannel = ch;
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

  /** The real server accepted: the connection counts as active. */
  void established() {
    if (!released) {
      server.established();
      active = true;
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
    } else if (to != null && to.isActive()) {
      to.writeAndFlush(Unpooled.EMPTY_BUFFER)
          .addListener(f -> ((DuplexChannel) to).shutdownOutput());
    }
  }

  /** One side went away: flush what is queued toward the other, then close it. */
  void closed(Channel which) {
    Channel other = which == clientChannel ? serverChannel : clientChannel;
    if (other != null && other.isActive()) {
      other.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    } else if (other != null) {
      other.close(); // still connecting
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
