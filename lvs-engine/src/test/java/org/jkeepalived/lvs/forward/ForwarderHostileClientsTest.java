package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.linux.ipvs.IpvsTimeouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile clients on 127.0.0.1, each proving a stated bound of the forwarder ({@link
 * ForwarderLoad}) while a well-behaved client is still served: silent connections up to and past
 * the connection bound, slow senders, a slow reader, reset storms, and a UDP flood from many
 * source ports. Every loop is bounded in count and time.
 */
class ForwarderHostileClientsTest {
  static final InetAddress LO = InetAddress.getLoopbackAddress();
  static final Duration WAIT = Duration.ofSeconds(10);
  /** Netty's default high water mark, plus one read of at most 64 KiB, per direction. */
  static final long PER_DIRECTION_BOUND = 64 * 1024 + 64 * 1024;

  UserspaceIpvs ipvs;
  final List<TestBackend> backends = new ArrayList<>();
  final List<AutoCloseable> clients = new ArrayList<>();
  IpvsServiceKey key;
  InetSocketAddress vip;

  @AfterEach
  void stop() {
    for (AutoCloseable c : clients) {
      try {
        c.close();
      } catch (Exception ignored) {
        // already reset
      }
    }
    if (ipvs != null) {
      ipvs.close();
    }
    backends.forEach(TestBackend::close);
  }

  void tcpService(ForwarderSettings settings, TestBackend... pool) throws Exception {
    ipvs = new UserspaceIpvs(settings);
    backends.addAll(List.of(pool));
    key = Services.rrPool(ipvs, Services.TCP, pool);
    vip = Services.socket(key);
  }

  Socket silent() throws IOException {
    Socket s = new Socket();
    s.setSoTimeout(5000);
    s.connect(vip, 5000);
    clients.add(s);
    return s;
  }

  /** A well-behaved client: greeted by a backend, gets its echo. */
  void goodClientIsServed() throws IOException {
    try (TestClient c = new TestClient(vip)) {
      assertThat(c.greeting()).isIn("A", "B");
      assertThat(c.echo("hello")).isEqualTo("hello");
    }
  }

  /** A client past the bound: reset once accepted (the reset may already meet the connect). */
  boolean refused() throws IOException {
    try {
      return ended(silent());
    } catch (SocketException reset) {
      return true;
    }
  }

  /** Whether the forwarder ended this connection (EOF or reset) within the socket's timeout. */
  static boolean ended(Socket s) {
    try {
      InputStream in = s.getInputStream();
      while (true) {
        if (in.read(new byte[256]) < 0) {
          return true;
        }
      }
    } catch (SocketException reset) {
      return true;
    } catch (IOException timeout) {
      return false;
    }
  }

  int backendsOpen() {
    return backends.stream().mapToInt(b -> b.open.get()).sum();
  }

  @Test
  void silentConnectionsHoldNoMoreThanTheBoundAndTheNextClientIsResetAndCounted()
      throws Exception {
    tcpService(ForwarderSettings.DEFAULT.withThreads(1).withMaxConnections(40),
        TestBackend.tcp("A", LO), TestBackend.tcp("B", LO));
    List<Socket> flood = new ArrayList<>();
    for (int i = 0; i < 39; i++) {
      flood.add(silent());
    }
    await().atMost(WAIT).until(() -> backendsOpen() == 39);
    assertThat(ipvs.load().connections()).isEqualTo(39);
    // the fortieth slot is still a good client's
    TestClient good = new TestClient(vip);
    clients.add(good);
    assertThat(good.greeting()).isIn("A", "B");
    assertThat(good.echo("still served")).isEqualTo("still served");
    // past the bound: each next client is reset at once, and counted
    for (int i = 0; i < 10; i++) {
      assertThat(refused()).isTrue();
    }
    assertThat(ipvs.load().refused()).isEqualTo(10);
    assertThat(ipvs.load().connections()).isEqualTo(40);
    assertThat(backendsOpen()).isEqualTo(40);
    // a slot freed is a slot for the next good client
    good.close();
    await().atMost(WAIT).until(() -> ipvs.load().connections() == 39);
    goodClientIsServed();
    await().atMost(WAIT).until(() -> ipvs.load().connections() == 39);
    assertThat(ipvs.load().refused()).isEqualTo(10);
  }

  @Test
  void silentConnectionsGoAtTheTcpTimeoutHalfClosedOnesAtTcpfinTalkingOnesStay()
      throws Exception {
    // a backend that never reads: it never sees a FIN, so only the timeouts can end these
    tcpService(ForwarderSettings.DEFAULT.withThreads(1), TestBackend.tcpNotReading("A", LO));
    // the sweep looks every 500 ms: a timeout is met within that
    ipvs.setTimeouts(new IpvsTimeouts(3, 1, 0));
    long start = System.nanoTime();
    List<Socket> silent = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      silent.add(silent());
    }
    TestClient halfClosed = new TestClient(vip);
    clients.add(halfClosed);
    halfClosed.greeting();
    halfClosed.shutdownOutput();
    TestClient talking = new TestClient(vip);
    clients.add(talking);
    talking.greeting();
    halfClosed.socket.setSoTimeout(2500);
    assertThat(ended(halfClosed.socket)).isTrue();
    long finClosed = System.nanoTime() - start;
    // the talker sends every 200 ms past the tcp timeout
    OutputStream out = talking.socket.getOutputStream();
    while (System.nanoTime() - start < Duration.ofMillis(4200).toNanos()) {
      out.write('x');
      out.flush();
      Thread.sleep(200);
    }
    for (Socket s : silent) {
      assertThat(ended(s)).isTrue();
    }
    long idleClosed = System.nanoTime() - start;
    assertThat(Duration.ofNanos(finClosed)).isLessThan(Duration.ofMillis(2500));
    assertThat(Duration.ofNanos(idleClosed)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    talking.socket.setSoTimeout(100);
    assertThat(ended(talking.socket)).isFalse();
    ForwarderLoad load = ipvs.load();
    assertThat(load.idleClosed()).isEqualTo(11);
    assertThat(load.connections()).isEqualTo(1);
    IpvsDestination a = ipvs.destinations(key).get(0);
    assertThat(a.activeConns()).isEqualTo(1);
    assertThat(a.inactiveConns()).isZero();
  }

  @Test
  void slowSendersCostOnlyTheirConnections() throws Exception {
    tcpService(ForwarderSettings.DEFAULT.withThreads(1).withMaxConnections(30),
        TestBackend.tcp("A", LO), TestBackend.tcp("B", LO));
    List<OutputStream> slow = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      slow.add(silent().getOutputStream());
    }
    // slowloris: a byte each 50 ms from each of them, for a second, with good clients between
    for (int round = 0; round < 20; round++) {
      for (OutputStream out : slow) {
        out.write('x');
        out.flush();
      }
      if (round % 5 == 0) {
        goodClientIsServed();
      }
      Thread.sleep(50);
    }
    ForwarderLoad load = ipvs.load();
    assertThat(load.connections()).isEqualTo(20);
    assertThat(load.refused()).isZero();
    // the bytes went through to the backends (which echo them back to unread sockets)
    assertThat(ipvs.services().get(0).stats().inBytes()).isGreaterThanOrEqualTo(20 * 20);
    assertThat(load.bufferedBytes()).isLessThan(20 * 2 * PER_DIRECTION_BOUND);
  }

  @Test
  void aClientThatNeverReadsStopsItsRealServerNotTheForwarder() throws Exception {
    long total = 48L << 20;
    TestBackend hose = TestBackend.tcpFirehose("F", LO, total);
    TestBackend echo = TestBackend.tcp("A", LO);
    tcpService(ForwarderSettings.DEFAULT.withThreads(1), hose);
    Socket reader = silent(); // rr: the first client goes to the firehose
    ipvs.addDestination(key, Services.dest(echo.address(), 1));
    backends.add(echo);
    // the firehose stops once every buffer on the way is full: TCP pushed back to it
    await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(stable(hose.sent::get));
    assertThat(hose.sent.get()).isLessThan(total);
    assertThat(ipvs.load().bufferedBytes()).isLessThanOrEqualTo(2 * PER_DIRECTION_BOUND);
    ipvs.editDestination(key, Services.dest(hose.address(), 0));
    goodClientIsServed();
    // and nothing was lost: the slow reader gets every byte once it reads
    InputStream in = reader.getInputStream();
    byte[] buf = new byte[256 * 1024];
    long got = 0;
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (got < total && System.nanoTime() < deadline) {
      int n = in.read(buf);
      if (n < 0) {
        break;
      }
      got += n;
    }
    assertThat(got).isEqualTo(total);
  }

  @Test
  void resetStormsLeaveNoConnectionGaugeOrBufferBehind() throws Exception {
    tcpService(ForwarderSettings.DEFAULT.withThreads(1).withMaxConnections(300),
        TestBackend.tcp("A", LO), TestBackend.tcp("B", LO));
    // connect and reset at once, before the forwarder has even reached the real server
    for (int i = 0; i < 150; i++) {
      try (Socket s = new Socket()) {
        s.connect(vip, 5000);
        s.setSoLinger(true, 0);
      }
    }
    // reset in mid-transfer: greeted, 64 KiB sent toward the echoing backend, then reset
    byte[] chunk = new byte[64 * 1024];
    for (int i = 0; i < 30; i++) {
      try (TestClient c = new TestClient(vip)) {
        c.greeting();
        c.socket.getOutputStream().write(chunk);
        c.socket.setSoLinger(true, 0);
      }
    }
    goodClientIsServed();
    await().atMost(WAIT).until(() -> ipvs.load().connections() == 0 && backendsOpen() == 0);
    ForwarderLoad load = ipvs.load();
    assertThat(load.bufferedBytes()).isZero();
    assertThat(load.refused()).isZero();
    for (IpvsDestination d : ipvs.destinations(key)) {
      assertThat(d.activeConns()).isZero();
      assertThat(d.inactiveConns()).isZero();
    }
    goodClientIsServed();
  }

  @Test
  void aUdpFloodFromManySourcePortsEvictsTheOldestFlowsAndCountsThem() throws Exception {
    ipvs = new UserspaceIpvs(ForwarderSettings.DEFAULT.withThreads(1).withMaxUdpFlows(16));
    TestBackend a = TestBackend.udp("A", LO);
    TestBackend b = TestBackend.udp("B", LO);
    backends.add(a);
    backends.add(b);
    key = Services.rrPool(ipvs, Services.UDP, a, b);
    vip = Services.socket(key);
    byte[] one = "f".getBytes(StandardCharsets.US_ASCII);
    int sources = 200;
    for (int i = 0; i < sources; i++) {
      DatagramSocket s = new DatagramSocket(new InetSocketAddress(LO, 0));
      clients.add(s);
      s.send(new DatagramPacket(one, one.length, vip));
      if (i % 25 == 24) { // in bursts the listener's receive buffer holds
        int sent = i + 1;
        await().atMost(WAIT).until(() -> a.datagrams.get() + b.datagrams.get() == sent);
      }
    }
    ForwarderLoad load = ipvs.load();
    assertThat(load.udpFlows()).isEqualTo(16);
    assertThat(load.udpEvicted()).isEqualTo(sources - 16);
    assertThat(load.connections()).isEqualTo(16);
    // a client after the flood gets a flow (evicting the oldest) and its answer
    DatagramSocket good = new DatagramSocket(new InetSocketAddress(LO, 0));
    good.setSoTimeout(2000);
    clients.add(good);
    byte[] ask = "ok".getBytes(StandardCharsets.US_ASCII);
    good.send(new DatagramPacket(ask, ask.length, vip));
    DatagramPacket in = new DatagramPacket(new byte[64], 64);
    good.receive(in);
    assertThat(new String(in.getData(), 0, in.getLength(), StandardCharsets.US_ASCII))
        .endsWith(":ok");
    assertThat(ipvs.load().udpFlows()).isEqualTo(16);
    assertThat(ipvs.load().udpEvicted()).isEqualTo(sources - 15);
    long inactive = ipvs.destinations(key).stream().mapToLong(IpvsDestination::inactiveConns).sum();
    assertThat(inactive).isEqualTo(16);
  }

  /** True once the value read is the same, and not zero, twice in a row. */
  static Callable<Boolean> stable(Callable<Long> value) {
    return new Callable<>() {
      long last = -1;

      @Override
      public Boolean call() throws Exception {
        long now = value.call();
        boolean same = now > 0 && now == last;
        last = now;
        return same;
      }
    };
  }
}
