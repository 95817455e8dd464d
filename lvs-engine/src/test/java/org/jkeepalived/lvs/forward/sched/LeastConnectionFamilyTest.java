package org.jkeepalived.lvs.forward.sched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * lc, wlc, sed, nq, fo, ovf: one pick from a given load, as ip_vs_lc.c, ip_vs_wlc.c, ip_vs_sed.c,
 * ip_vs_nq.c, ip_vs_fo.c and ip_vs_ovf.c compute it. TestDest.of(host, weight, active, inactive).
 */
class LeastConnectionFamilyTest {

  static Stream<Arguments> table() {
    return Stream.of(
        // lc: 256 x active + inactive, weights ignored except 0
        Arguments.of("lc", List.of(TestDest.of(1, 1, 2, 0), TestDest.of(2, 1, 1, 200)), "d2"),
        Arguments.of("lc", List.of(TestDest.of(1, 1, 1, 1), TestDest.of(2, 9, 1, 0)), "d2"),
        Arguments.of("lc", List.of(TestDest.of(1, 0, 0, 0), TestDest.of(2, 1, 5, 0)), "d2"),
        Arguments.of("lc", List.of(TestDest.of(1, 1, 3, 0), TestDest.of(2, 1, 3, 0)), "d1"),
        // wlc: overhead / weight; ties keep the first
        Arguments.of("wlc", List.of(TestDest.of(1, 1, 2, 0), TestDest.of(2, 3, 5, 0)), "d2"),
        Arguments.of("wlc", List.of(TestDest.of(1, 1, 2, 0), TestDest.of(2, 2, 4, 0)), "d1"),
        Arguments.of("wlc", List.of(TestDest.of(1, 1, 0, 10), TestDest.of(2, 1, 1, 0)), "d1"),
        Arguments.of("wlc", List.of(TestDest.of(1, 5, 0, 0).overloadedToo(),
            TestDest.of(2, 1, 9, 0)), "d2"),
        Arguments.of("wlc", List.of(TestDest.of(1, 0, 0, 0), TestDest.of(2, 0, 0, 0)), "-"),
        // sed: (active + 1) / weight, inactive ignored
        Arguments.of("sed", List.of(TestDest.of(1, 1, 0, 0), TestDest.of(2, 3, 1, 0)), "d2"),
        Arguments.of("sed", List.of(TestDest.of(1, 1, 0, 900), TestDest.of(2, 1, 1, 0)), "d1"),
        Arguments.of("wlc", List.of(TestDest.of(1, 1, 0, 900), TestDest.of(2, 1, 1, 0)), "d2"),
        // nq: an idle destination at once, even a light one
        Arguments.of("nq", List.of(TestDest.of(1, 10, 1, 0), TestDest.of(2, 1, 0, 0)), "d2"),
        Arguments.of("nq", List.of(TestDest.of(1, 3, 1, 0), TestDest.of(2, 1, 1, 0)), "d1"),
        Arguments.of("nq", List.of(TestDest.of(1, 0, 0, 0), TestDest.of(2, 1, 4, 0)), "d2"),
        // fo: highest weight, first of equals
        Arguments.of("fo", List.of(TestDest.of(1, 5, 100, 0), TestDest.of(2, 7, 100, 0),
            TestDest.of(3, 7, 0, 0)), "d2"),
        Arguments.of("fo", List.of(TestDest.of(1, 5, 0, 0), TestDest.of(2, 7, 0, 0).overloadedToo()),
            "d1"),
        // ovf: highest weight while active <= weight
        Arguments.of("ovf", List.of(TestDest.of(1, 2, 0, 0), TestDest.of(2, 5, 5, 0)), "d2"),
        Arguments.of("ovf", List.of(TestDest.of(1, 2, 0, 0), TestDest.of(2, 5, 6, 0)), "d1"),
        Arguments.of("ovf", List.of(TestDest.of(1, 2, 3, 0), TestDest.of(2, 5, 6, 0)), "-"));
  }

  @ParameterizedTest(name = "{0} over {1} picks {2}")
  @MethodSource("table")
  void picksTheLeastLoaded(String name, List<TestDest> dests, String expected) {
    IpvsScheduler s = Schedulers.create(name, 0, () -> 0);
    s.destsChanged(dests);
    assertThat(s.pick(dests, RoundRobinFamilyTest.FLOW).map(Object::toString).orElse("-"))
        .isEqualTo(expected);
  }
}
