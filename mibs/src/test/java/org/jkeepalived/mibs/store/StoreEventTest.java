package org.jkeepalived.mibs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.mibs.store.TestTables.idx;

import org.jkeepalived.mibs.store.TestTables.InstanceConfig;
import org.jkeepalived.mibs.store.TestTables.InstanceState;
import org.junit.jupiter.api.Test;

class StoreEventTest {
  private final TableId<InstanceConfig, InstanceState> instances = TestTables.instances();
  private final TableId<InstanceConfig, InstanceState> sameName = TestTables.instances();

  @Test
  void configChangeGivesTypedRowsOfItsTableOnly() {
    var e = new StoreEvent(instances, idx(1), Part.CONFIG, new InstanceConfig("a", 100),
        new InstanceConfig("a", 200), Origin.SNMP_SET);

    assertThat(e.is(instances)).isTrue();
    assertThat(e.is(instances, Part.CONFIG)).isTrue();
    assertThat(e.is(instances, Part.STATE)).isFalse();
    assertThat(e.is(sameName)).as("tables compare by identity").isFalse();
    assertThat(e.configBefore(instances)).contains(new InstanceConfig("a", 100));
    assertThat(e.configAfter(instances).map(InstanceConfig::priority)).contains(200);
    assertThat(e.stateAfter(instances)).isEmpty();
    assertThat(e.configAfter(sameName)).isEmpty();
  }

  @Test
  void addedAndRemovedRowsHaveNoBeforeOrAfter() {
    var added = new StoreEvent(instances, idx(1), Part.STATE, null, new InstanceState("MASTER", 1),
        Origin.ENGINE);
    var removed = new StoreEvent(instances, idx(1), Part.STATE, new InstanceState("MASTER", 1),
        null, Origin.ENGINE);

    assertThat(added.isAdded()).isTrue();
    assertThat(added.stateBefore(instances)).isEmpty();
    assertThat(added.stateAfter(instances)).contains(new InstanceState("MASTER", 1));
    assertThat(removed.isRemoved()).isTrue();
    assertThat(removed.stateBefore(instances)).contains(new InstanceState("MASTER", 1));
    assertThat(removed.stateAfter(instances)).isEmpty();
    assertThat(removed.configBefore(instances)).isEmpty();
  }
}
