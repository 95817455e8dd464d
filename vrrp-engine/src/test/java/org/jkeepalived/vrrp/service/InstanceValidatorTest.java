package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.Refusal;
import org.jkeepalived.mibs.store.SetError;
import org.jkeepalived.mibs.store.Transaction;
import org.jkeepalived.mibs.store.TransactionRefusedException;
import org.jkeepalived.linux.raw.FakeLan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's veto on instance rows: the rules, then a SET through a running engine's store. */
class InstanceValidatorTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private FakeNode node;

  @AfterEach
  void close() {
    if (node != null) {
      node.close();
    }
  }

  private static VrrpInstanceConfig row(int priority, boolean preempt) {
    return TestRows.row("VI_1", 51, priority, 3, false, Duration.ofSeconds(1),
        Authentication.NONE, List.of(vip("198.18.2.100/32")), TestRows.multicast(),
        GarpTimers.DEFAULTS, preempt, false);
  }

  private static VrrpInstanceConfig initialMaster(VrrpInstanceConfig c) {
    return new VrrpInstanceConfig(c.name(), InitialState.MASTER, c.interfaceName(),
        c.virtualRouterId(), c.priority(), c.advertInterval(), c.version(), c.ipv6(),
        c.authentication(), c.virtualAddresses(), c.excludedAddresses(), c.virtualRoutes(),
        c.virtualRules(), c.tracking(), c.transport(), c.vmac(), c.behaviour(), c.garp(),
        c.notifyScripts());
  }

  private static Optional<SetError> check(VrrpInstanceConfig before, VrrpInstanceConfig after,
      Origin origin) {
    return InstanceValidator.check(before, after, origin).map(Refusal::error);
  }

  @Test
  void priorityOutsideOneTo255IsWrongValueFromAnyOrigin() {
    assertThat(check(row(100, true), row(0, true), Origin.SNMP_SET)).contains(SetError.WRONG_VALUE);
    assertThat(check(row(100, true), row(256, true), Origin.SNMP_SET))
        .contains(SetError.WRONG_VALUE);
    assertThat(check(null, row(-1, true), Origin.RELOAD)).contains(SetError.WRONG_VALUE);
    assertThat(check(row(100, true), row(1, true), Origin.SNMP_SET)).isEmpty();
    assertThat(check(row(100, true), row(254, true), Origin.SNMP_SET)).isEmpty();
  }

  @Test
  void anyPriorityInRangeMayBeSetAsKeepalivedAllows() {
    assertThat(check(row(100, true), row(255, true), Origin.SNMP_SET)).isEmpty();
    assertThat(check(row(255, true), row(254, true), Origin.SNMP_SET)).isEmpty();
    assertThat(check(row(100, true), row(255, true), Origin.RELOAD)).isEmpty();
    assertThat(check(null, row(255, true), Origin.CONFIG_LOAD)).isEmpty();
  }

  @Test
  void noPreemptIsInconsistentForTheOwnerAndForAnInitialMaster() {
    assertThat(check(row(255, true), row(255, false), Origin.SNMP_SET))
        .contains(SetError.INCONSISTENT_VALUE);
    assertThat(check(initialMaster(row(100, true)), initialMaster(row(100, false)),
        Origin.SNMP_SET)).contains(SetError.INCONSISTENT_VALUE);
    assertThat(check(row(100, true), row(100, false), Origin.SNMP_SET)).isEmpty();
    assertThat(check(row(100, false), row(100, true), Origin.SNMP_SET)).isEmpty();
  }

  @Test
  void otherTablesStatesAndRemovalsPass() {
    var v = new InstanceValidator();
    assertThat(v.validate(Tables.VRRP_INSTANCE, Index.of(1),
        Part.CONFIG, row(100, true), null, Origin.RELOAD)).isEmpty();
    assertThat(v.validate(Tables.VRRP_SYNC_GROUP, Index.of(1),
        Part.CONFIG, null, "x", Origin.SNMP_SET)).isEmpty();
  }

  @Test
  void refusedSetLeavesTheStoreAndTheEngineAsTheyWere() throws Exception {
    node = new FakeNode(new FakeLan(), clock, "198.18.1.1", "fe80::1", 1);
    node.start(row(150, true));
    clock.advanceBy(Duration.ofSeconds(5));
    var before = node.store.snapshot();

    Transaction tx = node.store.begin(Origin.SNMP_SET)
        .putConfig(Tables.VRRP_INSTANCE, Index.of(1), row(0, true));
    assertThat(tx.validate()).map(Refusal::error).contains(SetError.WRONG_VALUE);
    assertThatThrownBy(tx::commit).isInstanceOf(TransactionRefusedException.class);

    assertThat(node.store.snapshot().config(Tables.VRRP_INSTANCE, Index.of(1)))
        .isEqualTo(before.config(Tables.VRRP_INSTANCE, Index.of(1)));
    assertThat(node.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(node.state().orElseThrow().effectivePriority()).isEqualTo(150);
  }

  @Test
  void acceptedSetCommitsAndTheEngineTakesIt() throws Exception {
    node = new FakeNode(new FakeLan(), clock, "198.18.1.1", "fe80::1", 1);
    node.start(row(150, true));
    clock.advanceBy(Duration.ofSeconds(5));

    Transaction tx = node.store.begin(Origin.SNMP_SET)
        .putConfig(Tables.VRRP_INSTANCE, Index.of(1), row(120, false));
    assertThat(tx.validate()).isEmpty();
    node.engine.onEvents(tx.commit());
    clock.runPending();

    assertThat(node.store.snapshot().config(Tables.VRRP_INSTANCE, Index.of(1)))
        .contains(row(120, false));
    assertThat(node.state().orElseThrow().effectivePriority()).isEqualTo(120);
  }

  @Test
  void closedEngineNoLongerValidates() throws Exception {
    node = new FakeNode(new FakeLan(), clock, "198.18.1.1", "fe80::1", 1);
    node.start(row(150, true));
    node.engine.shutdown();
    node.engine.close();

    assertThat(node.store.begin(Origin.SNMP_SET)
        .putConfig(Tables.VRRP_INSTANCE, Index.of(1), row(0, true)).validate()).isEmpty();
  }
}
