package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** Persistence templates with an injected clock (ip_vs_sched_persist, ip_vs_check_template). */
class PersistenceTest {
  static final long S = 1_000_000_000L;

  static InetAddress ip(String s) throws UnknownHostException {
    return InetAddress.getByName(s);
  }

  @Test
  void aTemplateHoldsForTheTimeoutAfterItsLastConnection() throws Exception {
    Persistence<String> p = new Persistence<>(300, 0xFFFFFFFFL, false);
    p.bind(ip("198.18.1.1"), "A", 0);
    assertThat(p.lookup(ip("198.18.1.1"), 1000 * S, d -> true)).contains("A"); // still controls
    p.release(ip("198.18.1.1"), 1000 * S);
    assertThat(p.lookup(ip("198.18.1.1"), 1299 * S, d -> true)).contains("A");
    assertThat(p.lookup(ip("198.18.1.1"), 1300 * S, d -> true)).isEmpty();
  }

  @Test
  void granularityGroupsClientsOfOneNetwork() throws Exception {
    Persistence<String> p = new Persistence<>(60, 0xFFFFFF00L, false);
    p.bind(ip("198.18.1.1"), "A", 0);
    assertThat(p.lookup(ip("198.18.1.200"), S, d -> true)).contains("A");
    assertThat(p.lookup(ip("198.18.2.1"), S, d -> true)).isEmpty();
    Persistence<String> v6 = new Persistence<>(60, 64, true);
    v6.bind(ip("fd00:1:2:3::1"), "B", 0);
    assertThat(v6.lookup(ip("fd00:1:2:3:ffff::9"), S, d -> true)).contains("B");
    assertThat(v6.lookup(ip("fd00:1:2:4::1"), S, d -> true)).isEmpty();
  }

  @Test
  void aTemplateOfAGoneDestinationIsDropped() throws Exception {
    Persistence<String> p = new Persistence<>(60, 0xFFFFFFFFL, false);
    p.bind(ip("198.18.1.1"), "A", 0);
    p.bind(ip("198.18.1.2"), "A", 0);
    p.bind(ip("198.18.1.3"), "B", 0);
    assertThat(p.templates("A")).isEqualTo(2);
    assertThat(p.lookup(ip("198.18.1.1"), S, "B"::equals)).isEmpty();
    p.expire(S, "A"::equals);
    assertThat(p.templates("A")).isZero();
    assertThat(p.templates("B")).isEqualTo(1);
  }
}
