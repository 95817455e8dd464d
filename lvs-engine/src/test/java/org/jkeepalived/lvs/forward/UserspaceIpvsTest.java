package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forwarder's TCP path on 127.0.0.1 with real Netty backends: scheduling as counted at the
 * backends, the IPVS counters and gauges, weight 0, removal with drain, persistence, half-close,
 * the connection bound and the refusals.
 */
class UserspaceIpvsTest {
  static final InetAddress LO = InetAddress.getLoopbackAddress();
  static final Duration WAIT = Duration.ofSeconds(5);

  UserspaceIpvs ipvs;
  TestBackend a;
  TestBackend b;
  IpvsServiceKey key;
  InetSocketAddress vip;

  @BeforeEach
  void start() throws Exception {
    ipvs = new UserspaceIpvs(ForwarderSettings.DEFAULT.withThreads(2)
        .withDrainBound(Duration.ofMillis(500)).withMaxConnections(50));
    a = TestBackend.tcp("A", LO);
    b = TestBackend.tcp("B", LO);
    int port = Services.freePort(LO, Services.TCP);
    key = IpvsServiceKey.of(Services.TCP, LO, port);
    vip = new InetSocketAddress(LO, port);
  }

  @AfterEach
  void stop() {
    ipvs.close();
    a.close();
    b.close();
  }

  void pool(String scheduler, int weightA, int weightB) throws IpvsException {
    ipvs.addService(Services.service(key, scheduler));
    ipvs.addDestination(key, Services.dest(a.address(), weightA));
    ipvs.addDestination(key, Services.dest(b.address(), weightB));
  }

  Map<String, Integer> connectMany(int n) throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      try (TestClient c = new TestClient(vip)) {
        seen.merge(c.greeting(), 1, Integer::sum);
      }
    }
    return seen;
  }

  IpvsDestination dumped(TestBackend backend) throws IpvsException {
    return ipvs.destinations(key).stream()
        .filter(d -> d.key().port() == backend.address().getPort()).findFirst().orElseThrow();
  }

  @Test
  void wrrSpreadsConnectionsByWeightAtTheBackends() throws Exception {
    pool("wrr", 3, 1);
    assertThat(connectMany(40)).containsEntry("A", 30).containsEntry("B", 10);
    await().atMost(WAIT).until(() -> a.accepted.get() + b.accepted.get() == 40);
    assertThat(a.accepted.get()).isEqualTo(30);
  }

  @Test
  void countersAndGaugesReadAsTheKernelsDo() throws Exception {
    pool("rr", 1, 1);
    List<TestClient> clients = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      TestClient c = new TestClient(vip);
      c.greeting();
      assertThat(c.echo("hello")).isEqualTo("hello");
      clients.add(c);
    }
    await().atMost(WAIT).until(() -> dumped(a).activeConns() == 2 && dumped(b).activeConns() == 2);
    IpvsService svc = ipvs.services().get(0);
    assertThat(svc.flags() & IpvsService.F_HASHED).isNotZero();
    IpvsCounters s = svc.stats();
    assertThat(s.conns()).isEqualTo(4);
    assertThat(s.inBytes()).isEqualTo(4 * 6); // "hello\n" from each client
    assertThat(s.outBytes()).isEqualTo(4 * (2 + 6)); // greeting "A\n" and the echo
    assertThat(s.inPkts()).isGreaterThanOrEqualTo(4);
    assertThat(dumped(a).stats().conns()).isEqualTo(2);
    assertThat(dumped(a).inactiveConns()).isZero();
    for (TestClient c : clients) {
      c.close();
    }
    await().atMost(WAIT).until(() -> dumped(a).activeConns() + dumped(a).inactiveConns()
        + dumped(b).activeConns() + dumped(b).inactiveConns() == 0);
    await().atMost(WAIT).until(() -> a.open.get() + b.open.get() == 0);
  }

  @Test
  void rateEstimatorFillsTheRateColumnsWithin2Seconds() throws Exception {
    pool("rr", 1, 1);
    connectMany(20);
    await().atMost(WAIT).until(() -> ipvs.services().get(0).stats().cps() > 0);
    assertThat(ipvs.services().get(0).stats().outBps()).isPositive();
  }

  @Test
  void weightZeroTakesNoNewConnectionsWhileExistingOnesFinish() throws Exception {
    pool("rr", 1, 1);
    TestClient first = new TestClient(vip);
    assertThat(first.greeting()).isEqualTo("A");
    ipvs.editDestination(key, Services.dest(a.address(), 0));
    assertThat(connectMany(6)).containsOnlyKeys("B");
    assertThat(first.echo("still here")).isEqualTo("still here");
    assertThat(dumped(a).weight()).isZero();
    assertThat(dumped(a).activeConns()).isEqualTo(1);
    first.close();
  }

  @Test
  void removedDestinationDrainsWithinItsBound() throws Exception {
    pool("rr", 1, 1);
    TestClient onA = new TestClient(vip);
    assertThat(onA.greeting()).isEqualTo("A");
    ipvs.deleteDestination(key, Services.key(a.address()));
    assertThat(ipvs.destinations(key)).hasSize(1);
    assertThat(onA.echo("draining")).isEqualTo("draining");
    assertThat(connectMany(3)).containsOnlyKeys("B");
    // the drain bound (500 ms) closes it
    await().atMost(WAIT).until(() -> a.open.get() == 0);
    assertThat(onA.readLine()).isNull();
    onA.close();
  }

  @Test
  void persistenceKeepsAClientOnItsDestination() throws Exception {
    ipvs.addService(Services.persistent(key, "rr", 300, 0xFFFFFFFFL));
    ipvs.addDestination(key, Services.dest(a.address(), 1));
    ipvs.addDestination(key, Services.dest(b.address(), 1));
    Map<String, Integer> seen = connectMany(8);
    assertThat(seen).hasSize(1);
    String sticky = seen.keySet().iterator().next();
    TestBackend held = sticky.equals("A") ? a : b;
    assertThat(dumped(held).persistentConns()).isEqualTo(1);
    // without persistence, rr alternates
    ipvs.editService(Services.service(key, "rr"));
    assertThat(connectMany(4)).containsEntry("A", 2).containsEntry("B", 2);
  }

  @Test
  void halfCloseIsPassedOnAndTheAnswerStillArrives() throws Exception {
    pool("rr", 1, 0);
    try (TestClient c = new TestClient(vip)) {
      assertThat(c.greeting()).isEqualTo("A");
      c.shutdownOutput();
      assertThat(c.readLine()).isEqualTo("bye");
      assertThat(c.readLine()).isNull();
    }
  }

  /** What the real server first reads of a connection when the PROXY protocol is on; its port. */
  Map.Entry<String, Integer> firstReadWith(ProxyProtocol version) throws Exception {
    pool("rr", 1, 0);
    ipvs.setProxyProtocol(key, version);
    try (TestClient c = new TestClient(vip)) {
      c.greeting();
      await().atMost(WAIT).until(() -> !a.firstReads.isEmpty());
      return Map.entry(a.firstReads.get(0), c.socket.getLocalPort());
    }
  }

  @Test
  void proxyProtocolV1TellsTheBackendWhoTheClientIs() throws Exception {
    Map.Entry<String, Integer> read = firstReadWith(ProxyProtocol.V1);
    assertThat(read.getKey()).isEqualTo("PROXY TCP4 127.0.0.1 127.0.0.1 " + read.getValue() + " "
        + vip.getPort() + "\r\n");
  }

  @Test
  void proxyProtocolV2SendsTheBinarySignatureFirst() throws Exception {
    byte[] first = firstReadWith(ProxyProtocol.V2).getKey()
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    // the 12-byte signature of section 2.2, then version 2 / PROXY (0x21), TCP over IPv4 (0x11),
    // 12 address bytes, then the client's address
    assertThat(java.util.Arrays.copyOf(first, 20)).containsExactly(
        0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A, 0x21, 0x11,
        0x00, 0x0C, 127, 0, 0, 1);
  }

  @Test
  void aClientThatOutrunsItsRealServerIsStoppedNotBuffered() throws Exception {
    TestBackend slow = TestBackend.tcpNotReading("S", LO);
    try {
      ipvs.addService(Services.service(key, "rr"));
      ipvs.addDestination(key, Services.dest(slow.address(), 1));
      TestClient c = new TestClient(vip);
      c.greeting();
      byte[] chunk = new byte[64 * 1024];
      Thread writer = new Thread(() -> {
        try {
          for (int i = 0; i < 4096; i++) { // 256 MB if nothing pushed back
            c.socket.getOutputStream().write(chunk);
          }
        } catch (IOException closed) {
          // the test closes the socket under the blocked writer
        }
      });
      writer.setDaemon(true);
      writer.start();
      // the forwarder's reads stop once its real-server side is full: the total stays put
      await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
          .until(new java.util.concurrent.Callable<Boolean>() {
            long last = -1;

            @Override
            public Boolean call() {
              long now = ipvs.services().get(0).stats().inBytes();
              boolean stable = now > 0 && now == last;
              last = now;
              return stable;
            }
          });
      assertThat(writer.isAlive()).isTrue();
      assertThat(ipvs.services().get(0).stats().inBytes()).isLessThan(64L * 1024 * 1024);
      // what the forwarder itself holds: a high water mark and a read, not the flood
      assertThat(ipvs.load().bufferedBytes()).isLessThanOrEqualTo(128L * 1024);
      c.close();
      writer.join(5000);
    } finally {
      slow.close();
    }
  }

  @Test
  void noDestinationAvailableRefusesTheClient() throws Exception {
    pool("wlc", 0, 0);
    try (TestClient c = new TestClient(vip)) {
      assertThat(c.readLine()).isNull();
    } catch (java.net.SocketException reset) {
      assertThat(reset.getMessage()).containsIgnoringCase("reset");
    }
    assertThat(a.accepted.get() + b.accepted.get()).isZero();
  }

  @Test
  void theConnectionBoundResetsClientsBeyondIt() throws Exception {
    ipvs.close();
    ipvs = new UserspaceIpvs(ForwarderSettings.DEFAULT.withThreads(1).withMaxConnections(2));
    pool("rr", 1, 1);
    TestClient one = new TestClient(vip);
    TestClient two = new TestClient(vip);
    one.greeting();
    two.greeting();
    try (TestClient three = new TestClient(vip)) {
      assertThat(three.readLine()).isNull();
    } catch (java.net.SocketException reset) {
      assertThat(reset.getMessage()).containsIgnoringCase("reset");
    }
    assertThat(ipvs.refusedConnections()).isEqualTo(1);
    one.close();
    two.close();
  }

  @Test
  void whatAProxyCannotDoIsRefusedWithEopnotsupp() throws Exception {
    assertThatThrownBy(() -> ipvs.addService(Services.service(IpvsServiceKey.fwmark(2, 7), "rr")))
        .isInstanceOfSatisfying(IpvsException.class, e -> {
          assertThat(e.errno()).isEqualTo(95);
          assertThat(e.getMessage()).contains("fwmark");
        });
    pool("rr", 1, 1);
    InetSocketAddress other = new InetSocketAddress(LO, 9);
    assertThatThrownBy(() -> ipvs.addDestination(key,
        Services.dest(other, 1, IpvsDestination.FWD_DROUTE)))
        .isInstanceOfSatisfying(IpvsException.class, e -> {
          assertThat(e.errno()).isEqualTo(95);
          assertThat(e.getMessage()).contains("direct routing");
        });
    assertThatThrownBy(() -> ipvs.addDestination(key,
        Services.dest(other, 1, IpvsDestination.FWD_TUNNEL)))
        .hasMessageContaining("tunnelling");
    assertThatThrownBy(() -> ipvs.addService(Services.service(key, "rr")))
        .isInstanceOfSatisfying(IpvsException.class, e -> assertThat(e.errno()).isEqualTo(17));
    assertThatThrownBy(() -> ipvs.deleteDestination(key, Services.key(other)))
        .isInstanceOfSatisfying(IpvsException.class, e -> assertThat(e.errno()).isEqualTo(2));
    assertThatThrownBy(() -> ipvs.startDaemon(null))
        .isInstanceOfSatisfying(IpvsException.class, e -> assertThat(e.errno()).isEqualTo(95));
  }

  @Test
  void deletingTheServiceStopsListeningAndEndsItsConnections() throws Exception {
    pool("rr", 1, 1);
    TestClient c = new TestClient(vip);
    c.greeting();
    ipvs.deleteService(key);
    assertThat(ipvs.services()).isEmpty();
    await().atMost(WAIT).until(() -> a.open.get() + b.open.get() == 0);
    assertThatThrownBy(() -> new TestClient(vip)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ipvs.destinations(key))
        .isInstanceOfSatisfying(IpvsException.class, e -> assertThat(e.errno()).isEqualTo(3));
    c.close();
  }
}
