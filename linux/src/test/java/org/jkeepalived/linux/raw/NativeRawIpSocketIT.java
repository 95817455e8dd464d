package org.jkeepalived.linux.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jkeepalived.linux.NetnsLab;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.Native;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Raw protocol-112 sockets across a veth pair between namespaces jkln1 and jkln2 (root). */
class NativeRawIpSocketIT {
  private static final Duration WAIT = Duration.ofSeconds(3);
  private static NetnsLab lab;

  @BeforeAll
  static void setUp() throws Exception {
    NetnsLab.assumeRootAndNative();
    lab = NetnsLab.create();
  }

  @AfterAll
  static void tearDown() {
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void ipv4MulticastArrivesWithTtl255AndAWrongTtlIsReported() throws Exception {
    InetAddress group = InetAddress.getByName("224.0.0.18");
    try (RawIpSocket tx = lab.a().call(() ->
            NativeRawIpSocket.open(RawSocketConfig.vrrp(false, lab.ifA)));
        RawIpSocket rx = lab.b().call(() ->
            NativeRawIpSocket.open(RawSocketConfig.vrrp(false, lab.ifB)))) {
      rx.joinGroup(group);
      byte[] payload = "vrrp-v4-advert".getBytes(StandardCharsets.US_ASCII);
      tx.send(group, payload);
      RawDatagram d = rx.receive(WAIT);
      assertThat(d).isNotNull();
      assertThat(d.source()).isEqualTo(InetAddress.getByName(lab.v4(1)));
      assertThat(d.destination()).isEqualTo(group);
      assertThat(d.hopLimit()).isEqualTo(255);
      assertThat(d.payloadOffset()).isEqualTo(20);
      assertThat(d.packet()[9]).isEqualTo((byte) 112); // protocol in the delivered IPv4 header
      assertThat(d.payload()).isEqualTo(payload);

      tx.setMulticastHops(64);
      tx.send(group, payload);
      RawDatagram wrong = rx.receive(WAIT);
      assertThat(wrong).isNotNull();
      assertThat(wrong.hopLimit()).isEqualTo(64);
    }
  }

  @Test
  void ipv4UnicastUsesTheUnicastTtl() throws Exception {
    try (RawIpSocket tx = lab.a().call(() -> NativeRawIpSocket.open(
            RawSocketConfig.vrrp(false, lab.ifA).withSource(InetAddress.getByName(lab.v4(1)))));
        RawIpSocket rx = lab.b().call(() ->
            NativeRawIpSocket.open(RawSocketConfig.vrrp(false, lab.ifB)))) {
      tx.setUnicastHops(7);
      tx.send(InetAddress.getByName(lab.v4(2)), new byte[] {1, 2, 3, 4});
      RawDatagram d = rx.receive(WAIT);
      assertThat(d).isNotNull();
      assertThat(d.destination()).isEqualTo(InetAddress.getByName(lab.v4(2)));
      assertThat(d.hopLimit()).isEqualTo(7);
      assertThat(d.payload()).containsExactly(1, 2, 3, 4);
    }
  }

  @Test
  void ipv6MulticastReportsHopLimitDestinationAndBoundSource() throws Exception {
    InetAddress group = InetAddress.getByName("ff02::12");
    InetAddress source = InetAddress.getByName(lab.v6(1));
    try (RawIpSocket tx = lab.a().call(() ->
            NativeRawIpSocket.open(RawSocketConfig.vrrp(true, lab.ifA).withSource(source)));
        RawIpSocket rx = lab.b().call(() ->
            NativeRawIpSocket.open(RawSocketConfig.vrrp(true, lab.ifB)))) {
      rx.joinGroup(group);
      byte[] payload = "vrrp-v6-advert".getBytes(StandardCharsets.US_ASCII);
      tx.send(group, payload);
      RawDatagram d = rx.receive(WAIT);
      assertThat(d).isNotNull();
      assertThat(d.source()).isEqualTo(source);
      assertThat(d.destination()).isEqualTo(group);
      assertThat(d.hopLimit()).isEqualTo(255);
      assertThat(d.ifindex()).isEqualTo(rx.ifindex());
      assertThat(d.payloadOffset()).isZero();
      assertThat(d.payload()).isEqualTo(payload);

      tx.setMulticastHops(1);
      tx.send(group, payload);
      RawDatagram wrong = rx.receive(WAIT);
      assertThat(wrong).isNotNull();
      assertThat(wrong.hopLimit()).isEqualTo(1);
    }
  }

  @Test
  void leavingTheGroupStopsDeliveryAndReceiveTimesOut() throws Exception {
    InetAddress group = InetAddress.getByName("224.0.0.18");
    try (RawIpSocket tx = lab.a().call(() ->
            NativeRawIpSocket.open(RawSocketConfig.vrrp(false, lab.ifA)));
        RawIpSocket rx = lab.b().call(() ->
            NativeRawIpSocket.open(RawSocketConfig.vrrp(false, lab.ifB)))) {
      rx.joinGroup(group);
      rx.leaveGroup(group);
      tx.send(group, new byte[] {5});
      // 224.0.0.18 is link-local: Linux delivers it to raw sockets only with membership.
      assertThat(rx.receive(Duration.ofMillis(300))).isNull();
    }
  }

  @Test
  void nonBlockingSocketExposesANonBlockingFdForNetty() throws Exception {
    try (RawIpSocket s = lab.a().call(() -> NativeRawIpSocket.open(
        RawSocketConfig.vrrp(false, lab.ifA).withNonBlocking(true)))) {
      int flags = Native.libc().fcntl(s.fd(), LinuxConstants.F_GETFL, 0);
      assertThat(flags & LinuxConstants.O_NONBLOCK).isNotZero();
      assertThat(s.ifindex()).isPositive();
      assertThat(s.receive(Duration.ofMillis(50))).isNull();
    }
  }
}
