package org.jkeepalived.mibs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.mibs.store.TestTables.idx;

import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.store.TestTables.InstanceConfig;
import org.jkeepalived.mibs.store.TestTables.InstanceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** View tables ({@link TableId#view}): config stored, state computed from the snapshot read. */
class ViewTableTest {
  /** A view row re-keyed (as the RFC views re-key instances) that shows one instance's state. */
  record ViewRow(int instance) {}

  private final DefaultObjectStore store = new DefaultObjectStore();
  private final TableId<InstanceConfig, InstanceState> instances = TestTables.instances();
  private final TableId<ViewRow, InstanceState> view =
      TableId.view("vrrpOperTable", Domain.VRRP, ViewRow.class, InstanceState.class,
          (snap, index, row) -> snap.state(instances, idx(row.instance())).orElse(null));

  @AfterEach
  void close() {
    store.close();
  }

  private void load() {
    store.begin(Origin.CONFIG_LOAD)
        .putConfig(instances, idx(1), new InstanceConfig("VI_1", 100))
        .putConfig(instances, idx(2), new InstanceConfig("VI_2", 100))
        .putState(instances, idx(1), new InstanceState("BACKUP", 0))
        .putConfig(view, idx(7, 51), new ViewRow(1))
        .putConfig(view, idx(7, 52), new ViewRow(2))
        .commit();
  }

  @Test
  void aViewRowsStateIsItsSourcesStateInTheSameSnapshot() {
    load();
    StoreSnapshot before = store.snapshot();
    List<StoreEvent> events = store.begin(Origin.ENGINE)
        .putState(instances, idx(1), new InstanceState("MASTER", 1)).commit();

    assertThat(events).extracting(StoreEvent::table).containsExactly(instances);
    StoreSnapshot after = store.snapshot();
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(after.state(view, idx(7, 51))).contains(new InstanceState("MASTER", 1));
    assertThat(after.states(view)).containsExactly(Map.entry(idx(7, 51), new InstanceState("MASTER", 1)));
    // an older snapshot keeps its own answer
    assertThat(before.states(view).values()).containsExactly(new InstanceState("BACKUP", 0));
  }

  @Test
  void rowsWithoutSourceStateOrConfigHaveNoState() {
    load();
    StoreSnapshot s = store.snapshot();
    assertThat(s.state(view, idx(7, 52))).isEmpty();
    assertThat(s.state(view, idx(7, 99))).isEmpty();
    assertThat(s.states(view).keySet()).containsExactly(idx(7, 51));
    assertThat(s.states(view).higherKey(idx(7, 50))).isEqualTo(idx(7, 51));
  }

  @Test
  void aViewsStateCannotBeWritten() {
    load();
    assertThatThrownBy(() -> store.begin(Origin.ENGINE)
        .putState(view, idx(7, 51), new InstanceState("MASTER", 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("view");
    assertThatThrownBy(() -> store.begin(Origin.ENGINE).removeState(view, idx(7, 51)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.begin(Origin.ENGINE).replaceStates(view, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aViewNeedsAStateType() {
    assertThatThrownBy(() -> TableId.view("t", Domain.VRRP, ViewRow.class, Void.class,
        (snap, index, row) -> null)).isInstanceOf(IllegalArgumentException.class);
  }
}
