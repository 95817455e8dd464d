package org.jkeepalived.lvs.check.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jkeepalived.lvs.check.CheckLog;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.UdpSpec;
import org.junit.jupiter.api.Test;

class UdpCheckTest {
  /** A UDP responder on 127.0.0.1 answering each datagram with {@code answer(request)} (null: none). */
  static final class Responder implements AutoCloseable {
    final DatagramSocket socket = new DatagramSocket(new InetSocketAddress(Specs.LOCAL, 0));
    final Thread thread;

    Responder(UnaryOperator<byte[]> answer) throws Exception {
      thread = new Thread(() -> {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
          try {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            socket.receive(p);
            byte[] req = java.util.Arrays.copyOf(p.getData(), p.getLength());
            byte[] out = answer.apply(req);
            if (out != null) {
              socket.send(new DatagramPacket(out, out.length, p.getSocketAddress()));
            }
          } catch (Exception e) {
            // closed
          }
        }
      }, "udp-responder");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() throws Exception {
      socket.close();
      thread.join(5000);
    }
  }

  @Test
  void patternsWithWildcardNibblesAndLengths() {
    UdpReply r = new UdpReply("01x2ff", 2, 4);
    assertThat(r.matches(new byte[] {1, 0x72, (byte) 0xff}, 3)).isTrue();
    assertThat(r.matches(new byte[] {1, 0x73, (byte) 0xff}, 3)).isFalse();
    assertThat(r.matches(new byte[] {1, 0x02}, 2)).isTrue(); // compares what both have
    assertThat(r.matches(new byte[] {1}, 1)).isFalse(); // shorter than min_length
    assertThat(r.matches(new byte[5], 5)).isFalse(); // longer than max_length
    assertThat(new UdpReply(null, 0, 0).matches(new byte[9], 9)).isTrue();
    assertThat(new String(UdpReply.payload(null), java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("keepalived check - keepalived ch");
    assertThat(UdpReply.payload("0a0b")).containsExactly(10, 11);
  }

  private static Verdicts.Heard check(int port, boolean alpha, UdpSpec udp) throws Exception {
    Verdicts heard = new Verdicts();
    try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
      checks.run(List.of(Specs.spec("rs1", port, LvsProtocol.UDP, new CheckerConfig.UdpCheck(
          Specs.connection(Duration.ofSeconds(1)), Specs.fast(0, alpha), udp))));
      return heard.next(Duration.ofSeconds(5));
    }
  }

  @Test
  void upOnAMatchingReplyAndOnSilenceWithoutRequireReply() throws Exception {
    try (Responder r = new Responder(req -> req)) {
      assertThat(check(r.port(), true, new UdpSpec("cafe01", true, "cafex1", 0, 255))
          .verdict().up()).isTrue();
    }
    try (Responder r = new Responder(req -> null)) {
      assertThat(check(r.port(), true, new UdpSpec(null, false, null, 0, 255)).verdict().up())
          .isTrue();
    }
  }

  @Test
  void downOnPortUnreachableSilenceAndMismatch() throws Exception {
    int closed;
    try (Responder r = new Responder(req -> null)) {
      closed = r.port();
    }
    try (CheckLog log = new CheckLog()) {
      assertThat(check(closed, false, new UdpSpec(null, false, null, 0, 255)).verdict().reason())
          .isEqualTo("UDP connection to [127.0.0.1]:udp:" + closed + " failed.");
      // keepalived's lines name the service with its own protocol (FMT_CHK, FMT_VS)
      assertThat(log.lines()).contains(
          "Activating healthchecker for service [127.0.0.1]:udp:" + closed
              + " for VS [127.0.0.1]:udp:80",
          "UDP_CHECK on service [127.0.0.1]:udp:" + closed + " failed.");
    }
    try (Responder r = new Responder(req -> null)) {
      assertThat(check(r.port(), false, new UdpSpec("00", true, null, 0, 255)).verdict().up())
          .isFalse();
    }
    try (Responder r = new Responder(req -> new byte[] {9, 9})) {
      assertThat(check(r.port(), false, new UdpSpec("00", true, "0101", 0, 255))
          .verdict().reason()).endsWith("reply data mismatch.");
    }
  }
}
