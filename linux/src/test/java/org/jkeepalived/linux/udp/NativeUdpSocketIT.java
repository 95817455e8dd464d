package org.jkeepalived.linux.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.jkeepalived.linux.NetnsLabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * UDP sockets across a veth pair between two namespaces (root): the received TTL / Hop Limit,
 * source port and destination are reported, the send TTL is the configured one, ports come from
 * the configured range, and stopReceiving wakes a blocked receive.
 */
class NativeUdpSocketIT {
  private static final Duration WAIT = Duration.ofSeconds(3);
  @RegisterExtension
  static final NetnsLabExtension LAB = new NetnsLabExtension();

  private void roundTrip(boolean ipv6, String src, String dst) throws Exception {
    InetAddress a = InetAddress.getByName(src);
    InetAddress b = InetAddress.getByName(dst);
    try (UdpSocket rx = LAB.lab().b().call(() -> NativeUdpSocket.open(UdpSocketConfig.listen(ipv6, 3784)));
        UdpSocket tx = LAB.lab().a().call(() -> NativeUdpSocket.open(
            UdpSocketConfig.send(ipv6, a, 49152, 65535, 255)));
        UdpSocket tx2 = LAB.lab().a().call(() -> NativeUdpSocket.open(
            UdpSocketConfig.send(ipv6, a, 49152, 65535, 7)))) {
      assertThat(tx.localPort()).isEqualTo(49152);
      assertThat(tx2.localPort()).isEqualTo(49153); // 49152 is taken on this address
      tx.send(new byte[] {1, 2, 3}, b, 3784);
      UdpDatagram d = rx.receive(WAIT);
      assertThat(d).isNotNull();
      assertThat(d.payload()).containsExactly(1, 2, 3);
      assertThat(d.source()).isEqualTo(a);
      assertThat(d.sourcePort()).isEqualTo(49152);
      assertThat(d.destination()).isEqualTo(b);
      assertThat(d.hopLimit()).isEqualTo(255);
      assertThat(d.ifindex()).isPositive();
      tx2.send(new byte[] {4}, b, 3784);
      UdpDatagram low = rx.receive(WAIT);
      assertThat(low).isNotNull();
      assertThat(low.hopLimit()).isEqualTo(7);
      assertThat(low.sourcePort()).isEqualTo(49153);
    }
  }

  @Test
  void ipv4ReportsTtlSourcePortAndDestination() throws Exception {
    roundTrip(false, LAB.lab().v4(1), LAB.lab().v4(2));
  }

  @Test
  void ipv6ReportsHopLimitSourcePortAndDestination() throws Exception {
    roundTrip(true, LAB.lab().v6(1), LAB.lab().v6(2));
  }

  @Test
  void stopReceivingWakesABlockedReceive() throws Exception {
    try (UdpSocket rx = LAB.lab().b().call(() -> NativeUdpSocket.open(UdpSocketConfig.listen(false, 4784)))) {
      Thread t = new Thread(() -> {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        rx.stopReceiving();
      });
      Instant start = Instant.now();
      t.start();
      assertThat(rx.receive(Duration.ofSeconds(20))).isNull();
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
      t.join();
    }
  }
}
