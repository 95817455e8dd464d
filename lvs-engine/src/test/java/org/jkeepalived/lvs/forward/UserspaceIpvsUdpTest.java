package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.linux.ipvs.IpvsTimeouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forwarder's UDP path on 127.0.0.1: one flow per client address and port, replies from the
 * virtual address, flows counted as inactive connections, gone after the UDP timeout, and a
 * bounded flow table.
 */
class UserspaceIpvsUdpTest {
  static final InetAddress LO = InetAddress.getLoopbackAddress();

  UserspaceIpvs ipvs;
  TestBackend a;
  TestBackend b;
  IpvsServiceKey key;
  InetSocketAddress vip;
  final List<DatagramSocket> clients = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    ipvs = new UserspaceIpvs(ForwarderSettings.DEFAULT.withThreads(1).withMaxUdpFlows(3));
    a = TestBackend.udp("A", LO);
    b = TestBackend.udp("B", LO);
    key = Services.rrPool(ipvs, Services.UDP, a, b);
    vip = Services.socket(key);
  }

  @AfterEach
  void stop() {
    clients.forEach(DatagramSocket::close);
    ipvs.close();
    a.close();
    b.close();
  }

  DatagramSocket client() throws IOException {
    DatagramSocket s = new DatagramSocket(new InetSocketAddress(LO, 0));
    s.setSoTimeout(2000);
    clients.add(s);
    return s;
  }

  /** Sends {@code text} to the virtual server; the reply and where it came from. */
  static String ask(DatagramSocket s, InetSocketAddress to, String text) throws IOException {
    byte[] out = text.getBytes(StandardCharsets.US_ASCII);
    s.send(new DatagramPacket(out, out.length, to));
    DatagramPacket in = new DatagramPacket(new byte[512], 512);
    s.receive(in);
    assertThat(in.getSocketAddress()).isEqualTo(to);
    return new String(in.getData(), 0, in.getLength(), StandardCharsets.US_ASCII);
  }

  IpvsDestination dumped(TestBackend backend) throws Exception {
    return ipvs.destinations(key).stream()
        .filter(d -> d.key().port() == backend.address().getPort()).findFirst().orElseThrow();
  }

  @Test
  void eachClientIsOneFlowThatStaysOnItsDestination() throws Exception {
    DatagramSocket one = client();
    DatagramSocket two = client();
    assertThat(ask(one, vip, "1")).isEqualTo("A:1");
    assertThat(ask(two, vip, "2")).isEqualTo("B:2");
    assertThat(ask(one, vip, "3")).isEqualTo("A:3");
    assertThat(ask(two, vip, "4")).isEqualTo("B:4");
    // UDP flows are inactive connections in IPVS
    assertThat(dumped(a).inactiveConns()).isEqualTo(1);
    assertThat(dumped(a).activeConns()).isZero();
    var stats = ipvs.services().get(0).stats();
    assertThat(stats.conns()).isEqualTo(2);
    assertThat(stats.inPkts()).isEqualTo(4);
    assertThat(stats.outPkts()).isEqualTo(4);
    assertThat(stats.inBytes()).isEqualTo(4);
    assertThat(stats.outBytes()).isEqualTo(4 * 3);
  }

  @Test
  void aFlowGoesAfterTheUdpTimeout() throws Exception {
    ipvs.setTimeouts(new IpvsTimeouts(0, 0, 1));
    assertThat(ipvs.timeouts()).isEqualTo(new IpvsTimeouts(900, 120, 1));
    DatagramSocket one = client();
    assertThat(ask(one, vip, "x")).isEqualTo("A:x");
    await().atMost(Duration.ofSeconds(5)).until(() -> dumped(a).inactiveConns() == 0);
    // a new flow is scheduled anew: rr moves on to B
    assertThat(ask(one, vip, "y")).isEqualTo("B:y");
  }

  @Test
  void aFullFlowTableEvictsItsLeastRecentlyUsedFlow() throws Exception {
    DatagramSocket first = client();
    DatagramSocket second = client();
    DatagramSocket third = client();
    assertThat(ask(first, vip, "1")).isEqualTo("A:1");
    assertThat(ask(second, vip, "2")).isEqualTo("B:2");
    assertThat(ask(third, vip, "3")).isEqualTo("A:3");
    assertThat(ask(first, vip, "4")).isEqualTo("A:4"); // first is now the most recent
    // a fourth client takes the place of the least recently used: second's
    assertThat(ask(client(), vip, "5")).isEqualTo("B:5");
    assertThat(ipvs.load().udpFlows()).isEqualTo(3);
    assertThat(ipvs.load().udpEvicted()).isEqualTo(1);
    assertThat(ipvs.load().connections()).isEqualTo(3);
    // first kept its flow (and its destination); second comes back as a new flow
    assertThat(ask(first, vip, "6")).isEqualTo("A:6");
    assertThat(ask(second, vip, "7")).isEqualTo("A:7");
    assertThat(ipvs.load().udpEvicted()).isEqualTo(2);
    assertThat(ipvs.services().get(0).stats().conns()).isEqualTo(5);
  }

  @Test
  void weightZeroSendsNewFlowsElsewhereAndKeepsTheOldOne() throws Exception {
    DatagramSocket one = client();
    assertThat(ask(one, vip, "1")).isEqualTo("A:1");
    ipvs.editDestination(key, Services.dest(a.address(), 0));
    assertThat(ask(client(), vip, "2")).isEqualTo("B:2");
    assertThat(ask(client(), vip, "3")).isEqualTo("B:3");
    assertThat(ask(one, vip, "4")).isEqualTo("A:4");
  }
}
