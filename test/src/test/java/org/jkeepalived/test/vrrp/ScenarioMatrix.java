package org.jkeepalived.test.vrrp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The (variant, implementation pair) parameters of the scenarios: jkeepalived against keepalived
 * in both roles ({@link ImplPair#defaults()}) on a fast representative subset of variants, and
 * every pair (keepalived alone as the oracle, jkeepalived alone) on every applicable variant with
 * {@value #FULL_MATRIX}{@code =true}.
 */
final class ScenarioMatrix {
  /** System property that runs every scenario on every applicable variant. */
  static final String FULL_MATRIX = ImplPair.FULL_MATRIX;

  static final Variant V2_IPV4_MCAST = new Variant(2, Family.IPV4, Transport.MULTICAST);
  static final Variant V3_IPV6_UNICAST = new Variant(3, Family.IPV6, Transport.UNICAST);

  private ScenarioMatrix() {}

  /** Scenarios (a) to (c): default v2/IPv4/mcast and v3/IPv6/unicast. */
  static Stream<Arguments> core() {
    return cases(List.of(V2_IPV4_MCAST, V3_IPV6_UNICAST), v -> true);
  }

  /** Scenarios (d), (e): default v2/IPv4/mcast. */
  static Stream<Arguments> extended() {
    return cases(List.of(V2_IPV4_MCAST), v -> true);
  }

  /**
   * Scenarios about what node 1 does to itself (tracking): default v2/IPv4/mcast with jkeepalived
   * as node 1 against a keepalived backup ({@link ImplPair#one()}).
   */
  static Stream<Arguments> nodeOne() {
    return cases(List.of(V2_IPV4_MCAST), v -> true, ImplPair.one());
  }

  /** Scenario (f), PASS authentication: VRRPv2 only. */
  static Stream<Arguments> auth() {
    return cases(List.of(V2_IPV4_MCAST), v -> v.version() == 2);
  }

  private static Stream<Arguments> cases(List<Variant> defaults, Predicate<Variant> applies) {
    return cases(defaults, applies, ImplPair.defaults());
  }

  private static Stream<Arguments> cases(List<Variant> defaults, Predicate<Variant> applies,
      List<ImplPair> pairs) {
    List<Variant> variants =
        Boolean.getBoolean(FULL_MATRIX) ? Variant.all().stream().filter(applies).toList() : defaults;
    List<Arguments> out = new ArrayList<>();
    for (Variant v : variants) {
      for (ImplPair p : pairs) {
        out.add(Arguments.of(v, p));
      }
    }
    return out.stream();
  }
}
