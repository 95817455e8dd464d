package org.jkeepalived.lvs.check.net;

import io.netty.bootstrap.AbstractBootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.unix.IntegerUnixChannelOption;
import io.netty.channel.unix.RawUnixChannelOption;
import io.netty.channel.unix.Socket;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jkeepalived.lvs.check.CheckSpec;
import org.jkeepalived.mibs.config.lvs.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a checker's socket goes and how it is bound (keepalived's {@code conn_opts_t}): {@code
 * connect_ip}/{@code connect_port} (default the real server's), {@code bind_to}/{@code bind_port},
 * {@code bind_if} (SO_BINDTODEVICE), {@code fwmark} (SO_MARK) and {@code connect_timeout}.
 */
public record Endpoint(
    InetSocketAddress target, InetSocketAddress local, String bindIf, long fwmark,
    Duration timeout) {
  private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);
  private static final int SOL_SOCKET = 1;
  private static final int SO_BINDTODEVICE = 25;
  private static final int SO_MARK = 36;
  private static final InetAddress ANY4 = wildcard(new byte[4]);
  private static final InetAddress ANY6 = wildcard(new byte[16]);
  /** keepalived's default connect_timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  /** The endpoint of {@code spec}'s checker connection {@code c} (null: all defaults). */
  public static Endpoint of(CheckSpec spec, Connection c) {
    InetAddress ip = c != null && c.connectIp() != null ? c.connectIp() : spec.address();
    int port = c != null && c.connectPort() != 0 ? c.connectPort() : spec.port();
    InetSocketAddress local = null;
    if (c != null && (c.bindTo() != null || c.bindPort() != 0)) {
      local = c.bindTo() != null ? new InetSocketAddress(c.bindTo(), c.bindPort())
          : new InetSocketAddress(c.bindPort());
    }
    Duration timeout = c != null && c.connectTimeout() != null && !c.connectTimeout().isZero()
        ? c.connectTimeout() : DEFAULT_TIMEOUT;
    return new Endpoint(new InetSocketAddress(ip, port), local,
        c == null ? null : c.bindIf(), c == null ? 0 : c.fwmark(), timeout);
  }

  private static InetAddress wildcard(byte[] zeros) {
    try {
      return InetAddress.getByAddress(zeros);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e); // never: the length is 4 or 16
    }
  }

  /** The same endpoint aimed at another port (PING_CHECK ignores ports; SMTP hosts have theirs). */
  public Endpoint withTarget(InetSocketAddress t) {
    return new Endpoint(t, local, bindIf, fwmark, timeout);
  }

  /**
   * Applies the mark, interface and source binding to a socket of {@code socket}'s own, in
   * keepalived's order (layer4.c socket_bind_connect: SO_MARK, SO_BINDTODEVICE, bind). A port
   * without bind_to binds the wildcard address of the target's family.
   */
  public void applyTo(Socket socket) throws IOException {
    if (fwmark != 0) {
      socket.setIntOpt(SOL_SOCKET, SO_MARK, (int) fwmark);
    }
    if (bindIf != null && !bindIf.isEmpty()) {
      byte[] name = (bindIf + "\0").getBytes(StandardCharsets.US_ASCII);
      socket.setRawOpt(SOL_SOCKET, SO_BINDTODEVICE,
          ByteBuffer.allocateDirect(name.length).put(name).flip());
    }
    if (local != null) {
      InetSocketAddress from = local;
      if (local.getAddress().isAnyLocalAddress()) {
        from = new InetSocketAddress(target.getAddress() instanceof Inet6Address
            ? ANY6 : ANY4, local.getPort());
      }
      socket.bind(from);
    }
  }

  /** Applies the source binding, interface, mark and timeout to a bootstrap. */
  public void apply(AbstractBootstrap<?, ?> b, Transport transport) {
    b.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
        timeout.toMillis()));
    if (local != null) {
      b.localAddress(local);
    }
    if ((bindIf != null || fwmark != 0) && !transport.epoll()) {
      LOG.warn("bind_if/fwmark need the epoll transport, which is not available: ignored");
      return;
    }
    if (fwmark != 0) {
      b.option(new IntegerUnixChannelOption("SO_MARK", SOL_SOCKET, SO_MARK), (int) fwmark);
    }
    if (bindIf != null && !bindIf.isEmpty()) {
      byte[] name = (bindIf + "\0").getBytes(StandardCharsets.US_ASCII);
      ByteBuffer buf = ByteBuffer.allocateDirect(name.length).put(name).flip();
      b.option(new RawUnixChannelOption("SO_BINDTODEVICE", SOL_SOCKET, SO_BINDTODEVICE,
          name.length), buf);
    }
  }
}
