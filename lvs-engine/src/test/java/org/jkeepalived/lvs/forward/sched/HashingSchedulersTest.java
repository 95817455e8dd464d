package org.jkeepalived.lvs.forward.sched;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.junit.jupiter.api.Test;

/** sh, dh and mh: the kernel's table layouts, stickiness, fallback and weights. */
class HashingSchedulersTest {
  static final InetAddress VIP = address(198, 18, 0, 100);

  static InetAddress address(int a, int b, int c, int d) {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  static Flow client(int host, int port) {
    return new Flow(address(198, 18, 1, host), port, VIP, 80);
  }

  static Flow clientOf(int i) {
    return new Flow(address(198, 19, (i >> 8) & 0xFF, i & 0xFF), 1024 + i, VIP, 80);
  }

  static Map<String, Integer> spread(IpvsScheduler s, List<TestDest> dests, int clients) {
    s.destsChanged(dests);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < clients; i++) {
      counts.merge(s.pick(dests, clientOf(i)).map(Object::toString).orElse("-"), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void shBucketIsTheKernelsHash32OfTheFoldedAddress() {
    // hash_32(0xC6120101, 8) etc., worked out independently of this code: buckets 188, 30, 7
    IpvsScheduler sh = Schedulers.create("sh", 0, () -> 0);
    List<TestDest> three = List.of(TestDest.of(1, 1), TestDest.of(2, 1), TestDest.of(3, 1));
    sh.destsChanged(three);
    assertThat(sh.pick(three, new Flow(address(198, 18, 0, 1), 5, VIP, 80))).contains(three.get(2));
    assertThat(sh.pick(three, new Flow(address(198, 18, 0, 2), 5, VIP, 80))).contains(three.get(0));
    assertThat(sh.pick(three, new Flow(address(198, 18, 0, 7), 5, VIP, 80))).contains(three.get(1));
  }

  @Test
  void shGivesEachDestinationAsManyBucketsAsItsWeight() {
    Map<String, Integer> counts =
        spread(Schedulers.create("sh", 0, () -> 0), List.of(TestDest.of(1, 3), TestDest.of(2, 1)),
            4000);
    assertThat(counts.get("d1")).isBetween(2700, 3300);
    assertThat(counts.get("d2")).isBetween(700, 1300);
  }

  @Test
  void shRefusesAClientOfAnUnavailableDestinationUnlessFallback() {
    List<TestDest> dests = List.of(TestDest.of(1, 1), TestDest.of(2, 0));
    Map<String, Integer> strict = spread(Schedulers.create("sh", 0, () -> 0), dests, 1000);
    assertThat(strict).containsOnlyKeys("d1", "-");
    Map<String, Integer> fallback =
        spread(Schedulers.create("sh", IpvsService.F_SCHED1, () -> 0), dests, 1000);
    assertThat(fallback).containsOnlyKeys("d1");
  }

  @Test
  void shPortSeparatesClientsOfOneAddress() {
    List<TestDest> dests = List.of(TestDest.of(1, 1), TestDest.of(2, 1), TestDest.of(3, 1));
    IpvsScheduler noPort = Schedulers.create("sh", 0, () -> 0);
    IpvsScheduler port = Schedulers.create("sh", IpvsService.F_SCHED2, () -> 0);
    noPort.destsChanged(dests);
    port.destsChanged(dests);
    List<String> withoutPort = new ArrayList<>();
    List<String> withPort = new ArrayList<>();
    for (int p = 1000; p < 1030; p++) {
      withoutPort.add(noPort.pick(dests, client(9, p)).orElseThrow().toString());
      withPort.add(port.pick(dests, client(9, p)).orElseThrow().toString());
    }
    assertThat(withoutPort).containsOnly(withoutPort.get(0));
    assertThat(withPort).hasSizeGreaterThan(1).contains("d1", "d2", "d3");
  }

  @Test
  void dhSendsEveryClientOfAVirtualAddressToOneDestination() {
    // (0xC6120064 x 2654435761) & 0xFF = 36: 36 mod 3 = 0, 36 mod 5 = 1
    List<TestDest> three = List.of(TestDest.of(1, 1), TestDest.of(2, 1), TestDest.of(3, 1));
    assertThat(spread(Schedulers.create("dh", 0, () -> 0), three, 200)).containsOnlyKeys("d1");
    List<TestDest> five = List.of(TestDest.of(1, 1), TestDest.of(2, 1), TestDest.of(3, 1),
        TestDest.of(4, 1), TestDest.of(5, 1));
    assertThat(spread(Schedulers.create("dh", 0, () -> 0), five, 200)).containsOnlyKeys("d2");
  }

  @Test
  void mhSpreadsByWeightAndMovesFewClientsWhenADestinationGoes() {
    IpvsScheduler mh = Schedulers.create("mh", 0, () -> 0);
    List<TestDest> four =
        List.of(TestDest.of(1, 2), TestDest.of(2, 1), TestDest.of(3, 1), TestDest.of(4, 1));
    Map<String, Integer> counts = spread(mh, four, 5000);
    assertThat(counts.get("d1")).isBetween(1600, 2400);
    assertThat(counts.get("d2")).isBetween(700, 1300);

    List<String> before = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      before.add(mh.pick(four, clientOf(i)).orElseThrow().toString());
    }
    List<TestDest> three = four.subList(0, 3);
    mh.destsChanged(three);
    int moved = 0;
    for (int i = 0; i < 2000; i++) {
      String now = mh.pick(three, clientOf(i)).orElseThrow().toString();
      if (!before.get(i).equals("d4") && !before.get(i).equals(now)) {
        moved++;
      }
    }
    // Maglev: clients of the remaining destinations nearly all stay
    assertThat(moved).isLessThan(200);
  }

  @Test
  void mhWithFallbackAvoidsAnOverloadedDestination() {
    List<TestDest> dests = List.of(TestDest.of(1, 1).overloadedToo(), TestDest.of(2, 1));
    assertThat(spread(Schedulers.create("mh", 0, () -> 0), dests, 500)).containsKeys("-", "d2");
    assertThat(spread(Schedulers.create("mh", IpvsService.F_SCHED1, () -> 0), dests, 500))
        .containsOnlyKeys("d2");
  }

  @Test
  void mhWithNoWeightAvailableRefuses() {
    List<TestDest> dests = List.of(TestDest.of(1, 0), TestDest.of(2, 0));
    assertThat(spread(Schedulers.create("mh", 0, () -> 0), dests, 10)).containsOnlyKeys("-");
  }
}
