package org.jkeepalived.lvs.check.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoop;
import io.netty.channel.epoll.Epoll;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TCP_CHECK below Netty's Channel, on an epoll loop, against listeners on the loopback: the
 * verdicts and log lines of {@link TcpProbe}, an orderly close, bind_to/bind_port.
 */
class EpollTcpProbeTest {
  private EventLoopGroup group;
  private IoEventLoop loop;

  @BeforeEach
  void loop() {
    assumeTrue(Epoll.isAvailable(), "needs Netty's epoll transport");
    group = Transport.best().newGroup(1);
    loop = (IoEventLoop) group.next();
  }

  @AfterEach
  void stop() throws Exception {
    if (group != null) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }

  private static ProbeResult once(EpollTcpProbe probe) throws Exception {
    CompletableFuture<ProbeResult> result = new CompletableFuture<>();
    probe.run(0, result::complete);
    return result.get(5, TimeUnit.SECONDS);
  }

  private EpollTcpProbe probe(InetSocketAddress target, InetSocketAddress local, Duration t) {
    return new EpollTcpProbe(loop, new Endpoint(target, local, null, 0, t), "svc");
  }

  @Test
  void aConnectIsASuccessAndTheConnectionEndsInAnOrderlyClose() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, Specs.LOCAL)) {
      server.setSoTimeout(5000);
      EpollTcpProbe probe = probe(new InetSocketAddress(Specs.LOCAL, server.getLocalPort()),
          null, Duration.ofSeconds(2));
      for (int i = 0; i < 3; i++) { // the same probe again and again, as its check runs it
        ProbeResult r = once(probe);
        assertThat(r.ok()).isTrue();
        assertThat(r.detail()).isEqualTo("TCP connection to svc success.");
        try (Socket accepted = server.accept()) {
          accepted.setSoTimeout(5000);
          // a FIN (end of stream), not a reset (an IOException here): keepalived's close
          assertThat(accepted.getInputStream().read()).isEqualTo(-1);
        }
      }
    }
  }

  @Test
  void aRefusedConnectFails() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 50, Specs.LOCAL)) {
      port = free.getLocalPort();
    }
    ProbeResult r = once(probe(new InetSocketAddress(Specs.LOCAL, port), null,
        Duration.ofSeconds(2)));
    assertThat(r.ok()).isFalse();
    assertThat(r.detail()).isEqualTo("TCP connection to svc failed.");
  }

  @Test
  void aConnectThatIsNotAnsweredTimesOutAfterConnectTimeout() throws Exception {
    // listen(1) holds two connections; with two waiting and nobody accepting, the kernel drops
    // further SYNs, so the probe's connect is never answered (its SYN's retry comes after 1 s)
    List<SocketChannel> fill = new ArrayList<>();
    try (ServerSocket server = new ServerSocket(0, 1, Specs.LOCAL)) {
      InetSocketAddress at = new InetSocketAddress(Specs.LOCAL, server.getLocalPort());
      for (int i = 0; i < 2; i++) {
        fill.add(SocketChannel.open(at));
      }
      long t0 = System.nanoTime();
      ProbeResult r = once(probe(at, null, Duration.ofMillis(300)));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.ok()).isFalse();
      assertThat(r.detail()).isEqualTo("TCP connection to svc timeout.");
      assertThat(ms).isBetween(250L, 950L);
    } finally {
      for (SocketChannel c : fill) {
        c.close();
      }
    }
  }

  @Test
  void bindToAndBindPortSetTheSource() throws Exception {
    int bindPort;
    try (ServerSocket free = new ServerSocket(0, 50, Specs.LOCAL)) {
      bindPort = free.getLocalPort();
    }
    InetAddress from = InetAddress.getByName("127.0.0.2"); // all of 127/8 is the loopback's
    try (ServerSocket server = new ServerSocket(0, 50, Specs.LOCAL)) {
      server.setSoTimeout(5000);
      InetSocketAddress at = new InetSocketAddress(Specs.LOCAL, server.getLocalPort());
      assertThat(once(probe(at, new InetSocketAddress(from, bindPort), Duration.ofSeconds(2)))
          .ok()).isTrue();
      try (Socket accepted = server.accept()) {
        assertThat(accepted.getInetAddress()).isEqualTo(from);
        assertThat(accepted.getPort()).isEqualTo(bindPort);
      }
    }
  }

  @Test
  void aPortWithoutAnAddressBindsTheWildcardOfTheTargetsFamily() throws Exception {
    InetAddress v6 = InetAddress.getByName("::1");
    for (InetAddress to : List.of(Specs.LOCAL, v6)) {
      int bindPort; // one per family: the first probe's port stays in TIME_WAIT for both
      try (ServerSocket free = new ServerSocket(0)) {
        bindPort = free.getLocalPort();
      }
      ServerSocket server;
      try {
        server = new ServerSocket(0, 50, to);
      } catch (java.io.IOException e) {
        assumeTrue(false, "no " + to + " here: " + e);
        return;
      }
      try (server) {
        server.setSoTimeout(5000);
        InetSocketAddress at = new InetSocketAddress(to, server.getLocalPort());
        ProbeResult r = once(probe(at, new InetSocketAddress(bindPort), Duration.ofSeconds(2)));
        assertThat(r.ok()).as("to %s", to).isTrue();
        try (Socket accepted = server.accept()) {
          assertThat(accepted.getPort()).isEqualTo(bindPort);
        }
      }
    }
  }
}
