package org.jkeepalived.lvs.forward.sched;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rr and wrr: the sequences ip_vs_rr.c and ip_vs_wrr.c produce. */
class RoundRobinFamilyTest {
  static final Flow FLOW =
      new Flow(InetAddress.getLoopbackAddress(), 40000, InetAddress.getLoopbackAddress(), 80);

  static String sequence(IpvsScheduler s, List<TestDest> dests, int picks) {
    s.destsChanged(dests);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < picks; i++) {
      out.add(s.pick(dests, FLOW).map(Object::toString).orElse("-"));
    }
    return String.join(" ", out);
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("rr", List.of(TestDest.of(1, 1), TestDest.of(2, 5), TestDest.of(3, 1)), 6,
            "d1 d2 d3 d1 d2 d3"),
        Arguments.of("rr", List.of(TestDest.of(1, 1), TestDest.of(2, 0), TestDest.of(3, 1)), 4,
            "d1 d3 d1 d3"),
        Arguments.of("rr", List.of(TestDest.of(1, 1).overloadedToo(), TestDest.of(2, 1)), 3,
            "d2 d2 d2"),
        Arguments.of("rr", List.of(TestDest.of(1, 0), TestDest.of(2, 0)), 2, "- -"),
        Arguments.of("wrr", List.of(TestDest.of(1, 3), TestDest.of(2, 1)), 8,
            "d1 d1 d1 d2 d1 d1 d1 d2"),
        Arguments.of("wrr", List.of(TestDest.of(1, 4), TestDest.of(2, 3), TestDest.of(3, 2)), 9,
            "d1 d1 d2 d1 d2 d3 d1 d2 d3"),
        // gcd 2: mw = 6 - 1 = 5, cw 5, 3, 1
        Arguments.of("wrr", List.of(TestDest.of(1, 6), TestDest.of(2, 2)), 8,
            "d1 d1 d1 d2 d1 d1 d1 d2"),
        Arguments.of("wrr", List.of(TestDest.of(1, 2), TestDest.of(2, 0)), 3, "d1 d1 d1"),
        Arguments.of("wrr", List.of(TestDest.of(1, 0), TestDest.of(2, 0)), 2, "- -"),
        Arguments.of("wrr", List.of(TestDest.of(1, 3).overloadedToo(), TestDest.of(2, 1)), 3,
            "d2 d2 d2"));
  }

  @ParameterizedTest(name = "{0} over {1}: {3}")
  @MethodSource("table")
  void picksInTheKernelsOrder(String name, List<TestDest> dests, int picks, String expected) {
    assertThat(sequence(Schedulers.create(name, 0, () -> 0), dests, picks)).isEqualTo(expected);
  }

  @Test
  void wrrSpreadsInProportionToWeights() {
    List<TestDest> dests = List.of(TestDest.of(1, 5), TestDest.of(2, 3), TestDest.of(3, 2));
    String seq = sequence(Schedulers.create("wrr", 0, () -> 0), dests, 1000);
    assertThat(seq.split(" ")).filteredOn("d1"::equals).hasSize(500);
    assertThat(seq.split(" ")).filteredOn("d2"::equals).hasSize(300);
    assertThat(seq.split(" ")).filteredOn("d3"::equals).hasSize(200);
  }

  @Test
  void rrContinuesAfterTheLastPickWhenAnotherDestinationGoes() {
    IpvsScheduler rr = Schedulers.create("rr", 0, () -> 0);
    TestDest d1 = TestDest.of(1, 1);
    TestDest d2 = TestDest.of(2, 1);
    TestDest d3 = TestDest.of(3, 1);
    List<TestDest> all = List.of(d1, d2, d3);
    rr.destsChanged(all);
    assertThat(rr.pick(all, FLOW)).contains(d1);
    assertThat(rr.pick(all, FLOW)).contains(d2);
    List<TestDest> without1 = List.of(d2, d3);
    rr.destsChanged(without1);
    assertThat(rr.pick(without1, FLOW)).contains(d3);
  }
}
