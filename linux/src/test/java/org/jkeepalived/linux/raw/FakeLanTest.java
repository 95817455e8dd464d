package org.jkeepalived.linux.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeLanTest {
  private final FakeLan lan = new FakeLan();

  @Test
  void multicastReachesMembersOnlyWithAnIpv4HeaderAndTtl() throws Exception {
    InetAddress group = InetAddress.getByName("224.0.0.18");
    FakeRawIpSocket a = lan.attach(InetAddress.getByName("198.18.0.1"), 112, 2);
    FakeRawIpSocket b = lan.attach(InetAddress.getByName("198.18.0.2"), 112, 3);
    FakeRawIpSocket c = lan.attach(InetAddress.getByName("198.18.0.3"), 112, 4);
    a.joinGroup(group);
    b.joinGroup(group);
    a.send(group, new byte[] {1, 2});
    RawDatagram d = b.receive(Duration.ZERO);
    assertThat(d.source()).isEqualTo(InetAddress.getByName("198.18.0.1"));
    assertThat(d.destination()).isEqualTo(group);
    assertThat(d.hopLimit()).isEqualTo(255);
    assertThat(d.ifindex()).isEqualTo(3);
    assertThat(d.payloadOffset()).isEqualTo(20);
    assertThat(d.payload()).containsExactly(1, 2);
    byte[] header = d.packet();
    assertThat(header[8]).isEqualTo((byte) 255);
    assertThat(header[9]).isEqualTo((byte) 112);
    assertThat(ipChecksum(header)).isZero();
    assertThat(a.receive(Duration.ZERO)).as("no loopback to the sender").isNull();
    assertThat(c.receive(Duration.ZERO)).as("not a member").isNull();
    assertThat(a.sent()).singleElement().satisfies(s -> assertThat(s.hops()).isEqualTo(255));
  }

  @Test
  void unicastReachesTheOwnerWithTheUnicastHopLimit() throws Exception {
    FakeRawIpSocket a = lan.attach(InetAddress.getByName("fd00::1"), 112, 2);
    FakeRawIpSocket b = lan.attach(InetAddress.getByName("fd00::2"), 112, 2);
    a.setUnicastHops(9);
    a.send(InetAddress.getByName("fd00::2"), new byte[] {7});
    RawDatagram d = b.receive(Duration.ZERO);
    assertThat(d.hopLimit()).isEqualTo(9);
    assertThat(d.payloadOffset()).isZero();
    assertThat(d.payload()).containsExactly(7);
  }

  @Test
  void disconnectedOrClosedSocketsNeitherSendNorReceive() throws Exception {
    InetAddress group = InetAddress.getByName("224.0.0.18");
    FakeRawIpSocket a = lan.attach(InetAddress.getByName("198.18.0.1"), 112, 2);
    FakeRawIpSocket b = lan.attach(InetAddress.getByName("198.18.0.2"), 112, 2);
    b.joinGroup(group);
    b.setConnected(false);
    a.send(group, new byte[] {1});
    assertThat(b.receive(Duration.ZERO)).isNull();
    b.setConnected(true);
    List<RawDatagram> heard = new ArrayList<>();
    b.setReceiveListener(heard::add);
    a.send(group, new byte[] {2});
    assertThat(heard).hasSize(1);
    b.close();
    assertThatThrownBy(() -> b.send(group, new byte[] {3})).isInstanceOf(IOException.class);
  }

  @Test
  void protocolsAndFamiliesAreSeparate() throws Exception {
    FakeRawIpSocket v4 = lan.attach(InetAddress.getByName("198.18.0.1"), 112, 2);
    FakeRawIpSocket icmp = lan.attach(InetAddress.getByName("198.18.0.2"), 1, 2);
    icmp.joinGroup(InetAddress.getByName("224.0.0.18"));
    v4.send(InetAddress.getByName("224.0.0.18"), new byte[] {1});
    assertThat(icmp.receive(Duration.ZERO)).isNull();
    assertThatThrownBy(() -> v4.send(InetAddress.getByName("ff02::12"), new byte[] {1}))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> v4.joinGroup(InetAddress.getByName("198.18.0.9")))
        .isInstanceOf(IOException.class);
  }

  private static int ipChecksum(byte[] h) {
    int sum = 0;
    for (int i = 0; i < 20; i += 2) {
      sum += ((h[i] & 0xff) << 8) | (h[i + 1] & 0xff);
    }
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    return ~sum & 0xffff;
  }
}
