package org.jkeepalived.bfd.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import org.jkeepalived.bfd.packet.BfdControlCodec;
import org.jkeepalived.bfd.packet.BfdControlPacket;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.linux.udp.UdpDatagram;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two BFD engines on one fake clock and an in-memory network: sessions come Up, publish their
 * rows, go Down within the detection time when the link is cut, follow reloads by name, and drop
 * (and count) packets with a wrong TTL or garbage.
 */
class BfdEngineTest {
  private static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");
  private static final Index IDX = Index.of(1);
  private final FakeScheduler clock = new FakeScheduler(T0);
  private final FakeUdpNet net = new FakeUdpNet();
  private final DefaultObjectStore storeA = new DefaultObjectStore();
  private final DefaultObjectStore storeB = new DefaultObjectStore();
  private InetAddress a;
  private InetAddress b;
  private BfdEngine ea;
  private BfdEngine eb;

  private static BfdInstanceConfig cfg(String name, InetAddress neighbor, InetAddress source,
      long txMs, int mult, int weight) {
    return new BfdInstanceConfig(name, neighbor, source, Duration.ofMillis(txMs),
        Duration.ofMillis(txMs), Duration.ofSeconds(1), mult, false, 255, 64, 0, weight, false,
        true, true);
  }

  @BeforeEach
  void start() throws Exception {
    a = InetAddress.getByName("198.18.0.1");
    b = InetAddress.getByName("198.18.0.2");
    storeA.begin(Origin.CONFIG_LOAD).putConfig(Tables.BFD_SESS, IDX, cfg("s1", b, a, 50, 3, 0))
        .commit();
    storeB.begin(Origin.CONFIG_LOAD).putConfig(Tables.BFD_SESS, IDX, cfg("s1", a, b, 50, 3, 0))
        .commit();
    ea = new BfdEngine(storeA, net.node(a), RandomGenerator.of("L64X128MixRandom"), clock);
    eb = new BfdEngine(storeB, net.node(b), RandomGenerator.of("L64X128MixRandom"), clock);
    ea.start(f -> { });
    eb.start(f -> { });
    clock.runPending();
  }

  @AfterEach
  void stop() {
    ea.close();
    eb.close();
    storeA.close();
    storeB.close();
  }

  /** Runs the clock in 1 ms steps for {@code d}, moving packets between the engines. */
  private void run(Duration d) {
    for (long i = 0; i < d.toMillis(); i++) {
      net.pump(a, ea, b, eb);
      clock.advanceBy(Duration.ofMillis(1));
    }
    net.pump(a, ea, b, eb);
    clock.runPending();
  }

  private BfdSessState row(DefaultObjectStore s) {
    return s.snapshot().state(Tables.BFD_SESS, IDX).orElseThrow();
  }

  @Test
  void bothSessionsComeUpAndPublishTheirRows() {
    run(Duration.ofSeconds(3));
    assertThat(ea.states()).containsEntry("s1", BfdState.UP);
    assertThat(eb.states()).containsEntry("s1", BfdState.UP);
    BfdSessState ra = row(storeA);
    BfdSessState rb = row(storeB);
    assertThat(ra.state()).isEqualTo(BfdState.UP);
    assertThat(ra.remoteDiscr()).isEqualTo(rb.localDiscr()).isNotZero();
    assertThat(rb.remoteDiscr()).isEqualTo(ra.localDiscr()).isNotZero();
    assertThat(ra.remoteHeard()).isTrue();
    assertThat(ra.upCount()).isEqualTo(1);
    assertThat(ra.upSince()).isNotNull();
    assertThat(ra.negotiatedInterval()).isEqualTo(Duration.ofMillis(50));
    assertThat(ra.negotiatedDetectMult()).isEqualTo(3);
    assertThat(ra.ctrlPktIn()).isPositive();
    assertThat(ra.ctrlPktOut()).isPositive();
    assertThat(ra.sourceUdpPort()).isBetween(49152, 65535);
    // bfdSessDiscMapTable: the local discriminator names the session
    assertThat(storeA.snapshot().states(Tables.BFD_SESS_DISC_MAP))
        .containsExactly(java.util.Map.entry(Index.of((int) ra.localDiscr()), (long) IDX.get(0)));
    // RFC 5881: every packet to 3784 from the session's one source port, TTL 255
    assertThat(net.history()).allMatch(s -> s.port() == 3784 && s.hops() == 255);
    assertThat(net.history().stream().filter(s -> s.source().equals(a))
        .map(FakeUdpNet.Sent::sourcePort).distinct()).containsExactly(ra.sourceUdpPort());
  }

  @Test
  void aCutLinkTakesBothDownWithinTheDetectionTimeAndTheyComeBack() {
    run(Duration.ofSeconds(3));
    net.losing(s -> true);
    run(Duration.ofMillis(151)); // 3 x 50 ms, at most one 1 ms step late
    assertThat(ea.states()).containsEntry("s1", BfdState.DOWN);
    assertThat(eb.states()).containsEntry("s1", BfdState.DOWN);
    BfdSessState ra = row(storeA);
    assertThat(ra.diag()).isEqualTo(BfdDiag.CONTROL_DETECTION_TIME_EXPIRED);
    assertThat(ra.lastCommLostDiag()).isEqualTo(BfdDiag.CONTROL_DETECTION_TIME_EXPIRED);
    assertThat(ra.lastDownAt()).isNotNull();
    assertThat(ra.remoteHeard()).isFalse();
    net.losing(s -> false);
    run(Duration.ofSeconds(4)); // the slow rate is 1 s while Down
    assertThat(ea.states()).containsEntry("s1", BfdState.UP);
    assertThat(row(storeA).upCount()).isEqualTo(2);
  }

  @Test
  void aReloadOfTheWeightKeepsTheSessionAndAFasterRatePollsWithoutGoingDown() {
    run(Duration.ofSeconds(3));
    long discr = row(storeA).localDiscr();
    ea.onEvents(storeA.begin(Origin.RELOAD).putConfig(Tables.BFD_SESS, IDX, cfg("s1", b, a, 50, 3, -20))
        .commit());
    run(Duration.ofMillis(100));
    assertThat(row(storeA).localDiscr()).isEqualTo(discr);
    int before = net.history().size();
    ea.onEvents(storeA.begin(Origin.RELOAD).putConfig(Tables.BFD_SESS, IDX, cfg("s1", b, a, 20, 3, -20))
        .commit());
    run(Duration.ofMillis(500));
    assertThat(ea.states()).containsEntry("s1", BfdState.UP);
    assertThat(row(storeA).localDiscr()).isEqualTo(discr);
    var after = net.history().subList(before, net.history().size()).stream()
        .map(s -> (BfdControlPacket) BfdControlCodec.decode(s.payload())).toList();
    assertThat(after).anyMatch(p -> p.poll() && p.desiredMinTx().equals(Duration.ofMillis(20)));
    assertThat(after).anyMatch(BfdControlPacket::fin);
  }

  @Test
  void removingTheSessionTellsThePeerAdminDown() {
    run(Duration.ofSeconds(3));
    ea.onEvents(storeA.begin(Origin.RELOAD).removeConfig(Tables.BFD_SESS, IDX).commit());
    run(Duration.ofMillis(10));
    assertThat(ea.states()).isEmpty();
    assertThat(storeA.snapshot().states(Tables.BFD_SESS_DISC_MAP)).isEmpty();
    assertThat(eb.states()).containsEntry("s1", BfdState.DOWN);
    assertThat(row(storeB).diag()).isEqualTo(BfdDiag.NEIGHBOR_SIGNALED_SESSION_DOWN);
  }

  @Test
  void aPacketWithTtl254IsDroppedAndCounted() {
    run(Duration.ofSeconds(3));
    long dropped = row(storeA).ctrlPktDrop();
    FakeUdpNet.Sent good = net.history().stream().filter(s -> s.source().equals(b))
        .reduce((x, y) -> y).orElseThrow();
    net.inject(new FakeUdpNet.Sent(b, good.sourcePort(), a, 3784, 254, good.payload()));
    run(Duration.ofSeconds(2));
    assertThat(row(storeA).ctrlPktDrop()).isEqualTo(dropped + 1);
    assertThat(row(storeA).ctrlPktDropLastAt()).isNotNull();
    assertThat(ea.states()).containsEntry("s1", BfdState.UP);
  }

  @Test
  void aPacketQueuedBehindOtherSessionsDuringAStallOfTheLoopCountsBeforeTheDetectionTime()
      throws Exception {
    // s2: a second session on A, to a neighbor that never answers; packets with its
    // discriminator share the running sessions' lane of the receive queue with s1's
    ea.onEvents(storeA.begin(Origin.RELOAD).putConfig(Tables.BFD_SESS, Index.of(2),
        cfg("s2", InetAddress.getByName("198.18.0.3"), a, 50, 3, 0)).commit());
    run(Duration.ofSeconds(3));
    assertThat(ea.states()).containsEntry("s1", BfdState.UP);
    long s2 = storeA.snapshot().state(Tables.BFD_SESS, Index.of(2)).orElseThrow().localDiscr();
    byte[] toS1 = net.history().stream().filter(x -> x.source().equals(b))
        .reduce((x, y) -> y).orElseThrow().payload();
    byte[] toS2 = toS1.clone();
    java.nio.ByteBuffer.wrap(toS2).putInt(8, (int) s2); // Your Discriminator
    net.losing(x -> x.destination().equals(a)); // from now on only what the test hands over
    // the readers queue 100 packets for s2, then B's packet for s1; the loop stalls 200 ms,
    // past s1's Detection Time (150 ms), and catches up: its timers due meanwhile run before
    // the second batch of 64, where s1's packet waits
    for (int i = 0; i < 100; i++) {
      assertThat(ea.offer(new UdpDatagram(toS2, b, 50000, a, 255, 1), 3784)).isTrue();
    }
    assertThat(ea.offer(new UdpDatagram(toS1, b, 50000, a, 255, 1), 3784)).isTrue();
    clock.stall(Duration.ofMillis(200));
    clock.runPending();
    assertThat(ea.states()).containsEntry("s1", BfdState.UP);
    // and with nothing more from B it does go Down, one Detection Time later
    run(Duration.ofMillis(200));
    assertThat(ea.states()).containsEntry("s1", BfdState.DOWN);
  }

  @Test
  void theSessionsLaneHoldsMoreThanAStallOfAThousandSessionsWhileGarbageStopsAt1024() {
    run(Duration.ofSeconds(3));
    byte[] toS1 = net.history().stream().filter(x -> x.source().equals(b))
        .reduce((x, y) -> y).orElseThrow().payload();
    // 1,000 sessions at 50 ms: 20,000 packets a second, 4,000 in a 200 ms stall of the loop
    int sessions = 0;
    int garbage = 0;
    for (int i = 0; i < 4000; i++) {
      sessions += ea.offer(new UdpDatagram(toS1, b, 50000, a, 255, 1), 3784) ? 1 : 0;
      garbage += ea.offer(new UdpDatagram(new byte[] {1, 2, 3}, b, 50000, a, 255, 1), 3784)
          ? 1 : 0;
    }
    assertThat(sessions).isEqualTo(4000);
    assertThat(garbage).isEqualTo(BfdEngine.MAX_QUEUED);
    run(BfdEngine.COUNTER_PUBLISH_DELAY.plusMillis(100)); // the counters reach the row
    assertThat(ea.states()).containsEntry("s1", BfdState.UP);
    assertThat(row(storeA).ctrlPktDrop()).isEqualTo(BfdEngine.MAX_QUEUED);
  }

  @Test
  void garbageFromTheNeighborIsCountedAndTheSessionStaysUp() {
    run(Duration.ofSeconds(3));
    for (int i = 0; i < 50; i++) {
      net.inject(new FakeUdpNet.Sent(b, 50000, a, 3784, 255, HexFormat.of().parseHex(
          "40c00318" + "00000001" + "00000000")));
    }
    run(Duration.ofSeconds(2));
    assertThat(row(storeA).ctrlPktDrop()).isEqualTo(50);
    assertThat(ea.states()).containsEntry("s1", BfdState.UP);
  }

  /** Restarts both engines with {@code authA} and {@code authB} (RFC 5880 section 6.7). */
  private void restartWith(org.jkeepalived.mibs.config.BfdAuthConfig authA,
      org.jkeepalived.mibs.config.BfdAuthConfig authB) throws Exception {
    ea.close();
    eb.close();
    net.clear();
    BfdInstanceConfig ca = cfg("s1", b, a, 50, 3, 0);
    BfdInstanceConfig cb = cfg("s1", a, b, 50, 3, 0);
    storeA.begin(Origin.RELOAD).putConfig(Tables.BFD_SESS, IDX, new BfdInstanceConfig(ca.name(),
        ca.neighbor(), ca.source(), ca.minRx(), ca.minTx(), ca.idleTx(), 3, false, 255, 64, 0, 0,
        false, true, true, false, authA)).commit();
    storeB.begin(Origin.RELOAD).putConfig(Tables.BFD_SESS, IDX, new BfdInstanceConfig(cb.name(),
        cb.neighbor(), cb.source(), cb.minRx(), cb.minTx(), cb.idleTx(), 3, false, 255, 64, 0, 0,
        false, true, true, false, authB)).commit();
    ea = new BfdEngine(storeA, net.node(a), RandomGenerator.of("L64X128MixRandom"), clock);
    eb = new BfdEngine(storeB, net.node(b), RandomGenerator.of("L64X128MixRandom"), clock);
    ea.start(f -> { });
    eb.start(f -> { });
    clock.runPending();
  }

  private static org.jkeepalived.mibs.config.BfdAuthConfig auth(String key) {
    return new org.jkeepalived.mibs.config.BfdAuthConfig(
        org.jkeepalived.mibs.config.BfdAuthConfig.Type.METICULOUS_KEYED_SHA1, 1,
        key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void sessionsWithTheSameKeyComeUpAndEveryPacketIsAuthenticated() throws Exception {
    restartWith(auth("k1"), auth("k1"));
    int before = net.history().size();
    run(Duration.ofSeconds(3));
    assertThat(ea.states()).containsEntry("s1", BfdState.UP);
    assertThat(eb.states()).containsEntry("s1", BfdState.UP);
    assertThat(net.history().subList(before, net.history().size())).allMatch(s ->
        ((BfdControlPacket) BfdControlCodec.decode(s.payload())).authPresent());
    assertThat(row(storeA).ctrlPktDrop()).isZero();
  }

  @Test
  void anotherKeyOrNoAuthenticationNeverComesUpAndEveryPacketIsDropped() throws Exception {
    restartWith(auth("k1"), auth("k2"));
    run(Duration.ofSeconds(3));
    assertThat(ea.states()).containsEntry("s1", BfdState.DOWN);
    assertThat(row(storeA).ctrlPktDrop()).isPositive();
    assertThat(row(storeA).ctrlPktIn()).isZero();
    restartWith(auth("k1"), null);
    run(Duration.ofSeconds(3));
    assertThat(ea.states()).containsEntry("s1", BfdState.DOWN);
    assertThat(eb.states()).containsEntry("s1", BfdState.DOWN);
    assertThat(row(storeB).ctrlPktDrop()).isPositive(); // the A bit without authentication
  }
}
