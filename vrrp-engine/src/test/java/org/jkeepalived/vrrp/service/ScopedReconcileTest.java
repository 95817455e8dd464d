package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A change of one instance's row acts on that instance (and its sync group), not on the rest. */
class ScopedReconcileTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private FakeNode node;

  private static final VrrpInstanceConfig A =
      TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32")));
  private static final VrrpInstanceConfig B = TestRows.onInterface(
      TestRows.v3("VI_2", 52, 150, List.of(vip("198.18.4.100/32"))), "eth1");
  private static final VrrpInstanceConfig C =
      TestRows.v3("VI_3", 53, 150, List.of(vip("198.18.2.103/32")));

  @BeforeEach
  void node() throws Exception {
    node = new FakeNode(new FakeLan(), clock, "198.18.1.1", "fe80::1", 1);
  }

  @AfterEach
  void close() {
    node.close();
  }

  private void setA(VrrpInstanceConfig row) {
    node.engine.onEvents(node.store.begin(Origin.SNMP_SET)
        .putConfig(Tables.VRRP_INSTANCE, Index.of(1), row).commit());
    clock.runPending();
  }

  @Test
  void aSetOfOneInstanceLeavesAnotherUntouched() throws Exception {
    node.start(A, B);
    clock.advanceBy(Duration.ofSeconds(5));
    InstanceRuntime b = node.engine.runtime("VI_2");
    var bEngine = b.engine();
    var bTracked = b.tracked();
    var aTracked = node.engine.runtime("VI_1").tracked();

    setA(TestRows.withPriority(A, 120));

    assertThat(node.state(1).orElseThrow().effectivePriority()).isEqualTo(120);
    assertThat(node.engine.runtime("VI_1").tracked()).as("A re-resolved").isNotSameAs(aTracked);
    assertThat(node.engine.runtime("VI_2")).isSameAs(b);
    assertThat(b.engine()).isSameAs(bEngine);
    assertThat(b.tracked()).as("B not re-resolved").isSameAs(bTracked);
  }

  @Test
  void aSetOfASyncGroupMemberReresolvesItsPeersOnly() throws Exception {
    node.config(Tables.VRRP_SYNC_GROUP, 1, new VrrpSyncGroupConfig("G1", List.of("VI_1", "VI_2"),
        List.of(), List.of(), List.of(), List.of(), List.of(), null, false, null, false, false));
    node.start(A, B, C);
    clock.advanceBy(Duration.ofSeconds(5));
    var bTracked = node.engine.runtime("VI_2").tracked();
    var cTracked = node.engine.runtime("VI_3").tracked();

    setA(TestRows.withPriority(A, 120));

    assertThat(node.engine.runtime("VI_2").tracked()).as("peer re-resolved").isNotSameAs(bTracked);
    assertThat(node.engine.runtime("VI_3").tracked()).as("outsider left").isSameAs(cTracked);
  }

  @Test
  void aTrackerRowChangeStillReresolvesEveryInstance() throws Exception {
    node.start(A, B);
    clock.advanceBy(Duration.ofSeconds(5));
    var bTracked = node.engine.runtime("VI_2").tracked();

    node.engine.onEvents(node.store.begin(Origin.RELOAD)
        .putConfig(Tables.VRRP_SYNC_GROUP, Index.of(1), new VrrpSyncGroupConfig("G9",
            List.of("VI_9"), List.of(), List.of(), List.of(), List.of(), List.of(), null, false,
            null, false, false)).commit());

    assertThat(node.engine.runtime("VI_2").tracked()).isNotSameAs(bTracked);
  }
}
