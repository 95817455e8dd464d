package org.jkeepalived.test.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prometheus endpoint of a live two-node pair, scraped with curl in each node's namespace and
 * read with a strict parser of the text format: keepalived-exporter's names and labels carry each
 * node's state and counters, they follow a failover, and the extras (engines, GC) are there.
 */
class MetricsScenarioIT {
  private static final String URL = "http://127.0.0.1:9650/metrics";

  @TempDir Path dir;

  @Test
  void twoNodesExposeTheirVrrpStateAndCountersAndFollowAFailover() throws Exception {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    try (OpsPair pair = new OpsPair("jkme", "198.18.71", dir)) {
      pair.start(2, "--metrics-listen=127.0.0.1:9650");
      pair.start(1, "--metrics-listen=127.0.0.1:9650");
      assertThat(OpsPair.await(OpsPair.ELECTION, () -> pair.hasVip(1)))
          .as("node 1 master; log:\n%s", pair.log(1)).isTrue();
      Map<String, String> vi1 = Map.of("iname", "VI_1", "vrid", "71");
      Map<String, String> vip1 = Map.of("iname", "VI_1", "intf", "op1e0", "vrid", "71",
          "ip_address", pair.vip() + "/24"); // keepalived writes a non-host prefix
      Map<String, String> vip2 = Map.of("iname", "VI_1", "intf", "op2e0", "vrid", "71",
          "ip_address", pair.vip() + "/24"); // keepalived writes a non-host prefix

      assertThat(OpsPair.await(OpsPair.ELECTION, () -> scrape(pair, 2)
          .value("keepalived_advertisements_received_total", vi1).orElse(0.0) >= 2))
          .as("backup counts adverts; log:\n%s", pair.log(2)).isTrue();
      Exposition master = scrape(pair, 1);
      Exposition backup = scrape(pair, 2);
      wellFormed(master);
      wellFormed(backup);
      assertThat(master.value("keepalived_up", Map.of())).contains(1.0);
      assertThat(master.value("keepalived_vrrp_state", vip1)).contains(2.0);
      assertThat(backup.value("keepalived_vrrp_state", vip2)).contains(1.0);
      assertThat(master.value("keepalived_become_master_total", vi1)).contains(1.0);
      assertThat(backup.value("keepalived_become_master_total", vi1)).contains(0.0);
      assertThat(master.value("jkeepalived_vrrp_effective_priority", vi1)).contains(150.0);
      assertThat(master.value("jkeepalived_engine_running", Map.of("engine", "vrrp")))
          .contains(1.0);
      assertThat(master.value("jkeepalived_engine_restarts_total", Map.of("engine", "vrrp")))
          .contains(0.0);
      assertThat(master.types()).containsEntry("keepalived_vrrp_state", "gauge")
          .containsEntry("keepalived_advertisements_received_total", "counter")
          .containsKey("jvm_gc_collection_seconds");

      pair.kill(1);
      assertThat(OpsPair.await(OpsPair.ELECTION, () -> scrape(pair, 2)
          .value("keepalived_vrrp_state", vip2).orElse(0.0) == 2.0))
          .as("node 2 takes over; log:\n%s", pair.log(2)).isTrue();
      assertThat(scrape(pair, 2).value("keepalived_become_master_total", vi1)).contains(1.0);
      assertThat(pair.hasVip(2)).isTrue();
    }
  }

  @Test
  void theEndpointIsOffUnlessAsked() throws Exception {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    try (OpsPair pair = new OpsPair("jkmo", "198.18.72", dir)) {
      pair.start(1);
      assertThat(OpsPair.await(OpsPair.ELECTION, () -> pair.hasVip(1)))
          .as("node 1 master alone; log:\n%s", pair.log(1)).isTrue();
      Proc.Result r = pair.ns(1).exec(OpsPair.CMD, "curl", "-sS", "-m", "5", URL);
      assertThat(r.exitCode()).as("curl exit (7: connection refused)").isEqualTo(7);
    }
  }

  private static Exposition scrape(OpsPair pair, int node) {
    Proc.Result r = pair.ns(node).exec(OpsPair.CMD, "curl", "-sS", "-f", "-m", "5", URL);
    if (!r.ok()) {
      return Exposition.parse("");
    }
    return Exposition.parse(r.stdout());
  }

  /** Every sample belongs to a declared family; counters' samples end in _total. */
  private static void wellFormed(Exposition e) {
    assertThat(e.samples()).isNotEmpty();
    for (Exposition.Sample s : e.samples()) {
      assertThat(e.familyOf(s.name())).as("TYPE of %s", s.name()).isPresent();
      if ("counter".equals(e.types().get(e.familyOf(s.name()).get()))) {
        assertThat(s.name()).endsWith("_total");
      }
    }
  }
}
