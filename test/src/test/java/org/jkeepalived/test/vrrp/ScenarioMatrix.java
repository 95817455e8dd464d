package org.jkeepalived.test.vrrp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The (variant, implementation pair) parameters of the scenarios. Every implementation pair is
 * always a parameter (the jkeepalived ones skip until {@link Impl#ENGINE_SWITCH} is on); the
 * variants are a fast representative subset unless {@value #FULL_MATRIX}{@code =true}.
 */
final class ScenarioMatrix {
  /** System property that runs every scenario on every applicable variant. */
  static final String FULL_MATRIX = "jkeepalived.vrrp.fullMatrix";

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

  /** Scenario (f), PASS authentication: VRRPv2 only. */
  static Stream<Arguments> auth() {
    return cases(List.of(V2_IPV4_MCAST), v -> v.version() == 2);
  }

  private static Stream<Arguments> cases(List<Variant> defaults, Predicate<Variant> applies) {
    List<Variant> variants =
        Boolean.getBoolean(FULL_MATRIX) ? Variant.all().stream().filter(applies).toList() : defaults;
    List<Arguments> out = new ArrayList<>();
    for (Variant v : variants) {
      for (ImplPair p : ImplPair.all()) {
        out.add(Arguments.of(v, p));
      }
    }
    return out.stream();
  }
}
