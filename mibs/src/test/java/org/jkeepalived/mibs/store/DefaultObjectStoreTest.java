package org.jkeepalived.mibs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.mibs.store.TestTables.idx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jkeepalived.mibs.store.TestTables.InstanceConfig;
import org.jkeepalived.mibs.store.TestTables.InstanceState;
import org.jkeepalived.mibs.store.TestTables.ScriptConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Transactions, snapshots and validators of {@link DefaultObjectStore}. */
class DefaultObjectStoreTest {
  private final DefaultObjectStore store = new DefaultObjectStore();
  private final TableId<InstanceConfig, InstanceState> instances = TestTables.instances();

  @AfterEach
  void close() {
    store.close();
  }

  private static InstanceConfig cfg(String name, int priority) {
    return new InstanceConfig(name, priority);
  }

  @Test
  void committedRowsAreReadBackInIndexOrder() {
    store
        .begin(Origin.CONFIG_LOAD)
        .putConfig(instances, idx(2), cfg("VI_2", 100))
        .putConfig(instances, idx(1), cfg("VI_1", 150))
        .putState(instances, idx(1), new InstanceState("BACKUP", 0))
        .commit();

    StoreSnapshot s = store.snapshot();
    assertThat(s.version()).isEqualTo(1);
    assertThat(s.config(instances, idx(1))).contains(cfg("VI_1", 150));
    assertThat(s.state(instances, idx(1))).contains(new InstanceState("BACKUP", 0));
    assertThat(s.state(instances, idx(2))).isEmpty();
    assertThat(s.configs(instances).keySet()).containsExactly(idx(1), idx(2));
    assertThat(s.configs(TestTables.sessions())).isEmpty();
  }

  @Test
  void snapshotTakenBeforeCommitNeverSeesIt() {
    store.begin(Origin.CONFIG_LOAD).putConfig(instances, idx(1), cfg("VI_1", 100)).commit();
    StoreSnapshot before = store.snapshot();
    var configsBefore = before.configs(instances);

    store
        .begin(Origin.SNMP_SET)
        .putConfig(instances, idx(1), cfg("VI_1", 200))
        .putConfig(instances, idx(2), cfg("VI_2", 50))
        .commit();

    assertThat(before.version()).isEqualTo(1);
    assertThat(before.config(instances, idx(1))).contains(cfg("VI_1", 100));
    assertThat(configsBefore).containsOnlyKeys(idx(1));
    assertThat(store.snapshot().version()).isEqualTo(2);
    assertThat(store.snapshot().configs(instances)).hasSize(2);
  }

  @Test
  void putEqualToCurrentRowEmitsNothingAndKeepsTheVersion() {
    store.begin(Origin.CONFIG_LOAD).putConfig(instances, idx(1), cfg("VI_1", 100)).commit();

    List<StoreEvent> events =
        store.begin(Origin.RELOAD).putConfig(instances, idx(1), cfg("VI_1", 100)).commit();

    assertThat(events).isEmpty();
    assertThat(store.snapshot().version()).isEqualTo(1);
    assertThat(store.begin(Origin.ENGINE).removeState(instances, idx(9)).commit()).isEmpty();
  }

  @Test
  void eventsCarryBeforeAfterPartAndOrigin() {
    store.begin(Origin.CONFIG_LOAD).putConfig(instances, idx(1), cfg("VI_1", 100)).commit();

    List<StoreEvent> events =
        store
            .begin(Origin.SNMP_SET)
            .putConfig(instances, idx(1), cfg("VI_1", 120))
            .putState(instances, idx(1), new InstanceState("MASTER", 1))
            .removeConfig(instances, idx(1))
            .putConfig(instances, idx(1), cfg("VI_1", 130))
            .commit();

    // The later put on the config row overrides the remove; first-touch order is kept.
    assertThat(events)
        .containsExactly(
            new StoreEvent(
                instances, idx(1), Part.CONFIG, cfg("VI_1", 100), cfg("VI_1", 130), Origin.SNMP_SET),
            new StoreEvent(
                instances,
                idx(1),
                Part.STATE,
                null,
                new InstanceState("MASTER", 1),
                Origin.SNMP_SET));
    assertThat(events.get(1).isAdded()).isTrue();
  }

  @Test
  void replaceConfigsEmitsExactlyTheDiffAndKeepsStateOfUnchangedRows() {
    store
        .begin(Origin.CONFIG_LOAD)
        .putConfig(instances, idx(1), cfg("a", 1))
        .putConfig(instances, idx(2), cfg("b", 2))
        .putConfig(instances, idx(3), cfg("c", 3))
        .putState(instances, idx(2), new InstanceState("MASTER", 7))
        .commit();
    TreeMap<Index, InstanceConfig> reload = new TreeMap<>();
    reload.put(idx(4), cfg("d", 4));
    reload.put(idx(2), cfg("b", 2));
    reload.put(idx(3), cfg("c", 30));

    List<StoreEvent> events = store.begin(Origin.RELOAD).replaceConfigs(instances, reload).commit();

    assertThat(events)
        .extracting(e -> List.of(e.index(), String.valueOf(e.before()), String.valueOf(e.after())))
        .containsExactly(
            List.of(idx(1), cfg("a", 1).toString(), "null"),
            List.of(idx(3), cfg("c", 3).toString(), cfg("c", 30).toString()),
            List.of(idx(4), "null", cfg("d", 4).toString()));
    assertThat(store.snapshot().configs(instances)).isEqualTo(reload);
    assertThat(store.snapshot().state(instances, idx(2))).contains(new InstanceState("MASTER", 7));
  }

  @Test
  void replaceOverridesEarlierOperationsOnTheSamePart() {
    store.begin(Origin.CONFIG_LOAD).putConfig(instances, idx(1), cfg("a", 1)).commit();

    List<StoreEvent> events =
        store
            .begin(Origin.RELOAD)
            .putConfig(instances, idx(5), cfg("e", 5))
            .replaceConfigs(instances, Map.of(idx(1), cfg("a", 1)))
            .commit();

    assertThat(events).isEmpty();
    assertThat(store.snapshot().configs(instances)).containsOnlyKeys(idx(1));
  }

  @Test
  void replaceStatesRemovesWhatTheEngineNoLongerSees() {
    store
        .begin(Origin.ENGINE)
        .putState(instances, idx(1), new InstanceState("MASTER", 1))
        .putState(instances, idx(2), new InstanceState("BACKUP", 0))
        .commit();

    List<StoreEvent> events =
        store
            .begin(Origin.ENGINE)
            .replaceStates(instances, Map.of(idx(2), new InstanceState("BACKUP", 0)))
            .commit();

    assertThat(events).singleElement().satisfies(e -> assertThat(e.isRemoved()).isTrue());
    assertThat(store.snapshot().states(instances)).containsOnlyKeys(idx(2));
  }

  @Test
  void refusalLeavesEverythingUnchangedAndCarriesTheSetError() {
    store.begin(Origin.CONFIG_LOAD).putConfig(instances, idx(1), cfg("VI_1", 100)).commit();
    List<Object[]> seen = new ArrayList<>();
    store.addValidator(
        instances,
        (table, index, part, before, after, origin) -> {
          seen.add(new Object[] {table, index, part, before, after, origin});
          InstanceConfig c = (InstanceConfig) after;
          return c != null && c.priority() > 254
              ? Optional.of(new Refusal(SetError.WRONG_VALUE, "priority 1..254"))
              : Optional.empty();
        });
    StoreSnapshot before = store.snapshot();

    Transaction tx =
        store
            .begin(Origin.SNMP_SET)
            .putConfig(instances, idx(2), cfg("VI_2", 10))
            .putConfig(instances, idx(1), cfg("VI_1", 255));
    Optional<Refusal> refusal = tx.validate();

    assertThat(refusal).contains(new Refusal(SetError.WRONG_VALUE, "priority 1..254"));
    assertThat(seen).hasSize(2);
    assertThat(seen.get(1))
        .containsExactly(
            instances, idx(1), Part.CONFIG, cfg("VI_1", 100), cfg("VI_1", 255), Origin.SNMP_SET);
    assertThatThrownBy(tx::commit)
        .isInstanceOf(IllegalStateException.class)
        .isInstanceOfSatisfying(
            TransactionRefusedException.class,
            e -> assertThat(e.refusal().error()).isEqualTo(SetError.WRONG_VALUE));
    assertThat(store.snapshot()).isSameAs(before);
    assertThat(store.snapshot().config(instances, idx(2))).isEmpty();
  }

  @Test
  void commitRevalidatesAgainstTheThenCurrentStore() {
    AtomicBoolean locked = new AtomicBoolean();
    store.addValidator(
        instances,
        (t, i, p, b, a, o) ->
            locked.get()
                ? Optional.of(new Refusal(SetError.RESOURCE_UNAVAILABLE, "locked"))
                : Optional.empty());
    Transaction tx = store.begin(Origin.SNMP_SET).putConfig(instances, idx(1), cfg("x", 1));
    assertThat(tx.validate()).isEmpty();

    locked.set(true);

    assertThatThrownBy(tx::commit)
        .isInstanceOfSatisfying(
            TransactionRefusedException.class,
            e -> assertThat(e.refusal().error()).isEqualTo(SetError.RESOURCE_UNAVAILABLE));
    assertThat(store.snapshot().version()).isZero();
    assertThatThrownBy(tx::commit).isInstanceOf(TransactionRefusedException.class);
  }

  @Test
  void validatorThatThrowsRefusesWithGenErr() {
    store.addValidator(
        instances,
        (t, i, p, b, a, o) -> {
          throw new IllegalStateException("boom");
        });

    Optional<Refusal> r =
        store.begin(Origin.SNMP_SET).putConfig(instances, idx(1), cfg("x", 1)).validate();

    assertThat(r).hasValueSatisfying(x -> assertThat(x.error()).isEqualTo(SetError.GEN_ERR));
  }

  @Test
  void closedValidatorRegistrationNoLongerRefuses() {
    Validator no = (t, i, p, b, a, o) -> Optional.of(new Refusal(SetError.NOT_WRITABLE, "no"));
    ObjectStore.Registration first = store.addValidator(instances, no);
    store.addValidator(instances, no); // the same validator twice: each registration is its own
    first.close();
    first.close();

    assertThat(store.begin(Origin.SNMP_SET).putConfig(instances, idx(1), cfg("x", 1)).validate())
        .as("the second registration still refuses").isPresent();
  }

  @Test
  void validatorRegistrationCloseRemovesIt() {
    ObjectStore.Registration r = store.addValidator(
        instances, (t, i, p, b, a, o) -> Optional.of(new Refusal(SetError.NOT_WRITABLE, "no")));
    r.close();

    assertThat(store.begin(Origin.SNMP_SET).putConfig(instances, idx(1), cfg("x", 1)).validate())
        .isEmpty();
  }

  @Test
  void validatorsAreNotAskedAboutRowsThatDoNotChange() {
    store.begin(Origin.CONFIG_LOAD).putConfig(instances, idx(1), cfg("x", 1)).commit();
    store.addValidator(
        instances, (t, i, p, b, a, o) -> Optional.of(new Refusal(SetError.NOT_WRITABLE, "no")));

    assertThat(store.begin(Origin.RELOAD).putConfig(instances, idx(1), cfg("x", 1)).validate())
        .isEmpty();
  }

  @Test
  void validatorsOfOtherTablesAreNotAsked() {
    store.addValidator(
        TestTables.sessions(),
        (t, i, p, b, a, o) -> Optional.of(new Refusal(SetError.NOT_WRITABLE, "no")));

    assertThat(store.begin(Origin.SNMP_SET).putConfig(instances, idx(1), cfg("x", 1)).commit())
        .hasSize(1);
  }

  @Test
  void rowsOfTheWrongTypeOrForAMissingPartAreRejected() {
    TableId<ScriptConfig, Void> scripts = TestTables.scripts();
    @SuppressWarnings({"unchecked", "rawtypes"})
    TableId<Object, Object> raw = (TableId) instances;
    Transaction tx = store.begin(Origin.CONFIG_LOAD);

    assertThatThrownBy(() -> tx.putConfig(raw, idx(1), "not a config"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tx.putState(scripts, idx(1), null))
        .isInstanceOf(NullPointerException.class);
    @SuppressWarnings({"unchecked", "rawtypes"})
    TableId<Object, Object> rawScripts = (TableId) scripts;
    assertThatThrownBy(() -> tx.putState(rawScripts, idx(1), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no STATE part");
  }

  @Test
  void twoTableIdsWithOneNameAreAWiringBug() {
    store.begin(Origin.CONFIG_LOAD).putConfig(instances, idx(1), cfg("x", 1)).commit();
    TableId<InstanceConfig, InstanceState> twin = TestTables.instances();

    assertThatThrownBy(() -> store.snapshot().configs(twin))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> store.begin(Origin.CONFIG_LOAD).putConfig(twin, idx(2), cfg("y", 2)).commit())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTransactionIsSingleUse() {
    Transaction tx = store.begin(Origin.ENGINE).putConfig(instances, idx(1), cfg("x", 1));
    tx.commit();

    assertThatThrownBy(tx::commit).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tx.removeConfig(instances, idx(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aClosedStoreRefusesTransactionsButStaysReadable() {
    store.begin(Origin.ENGINE).putConfig(instances, idx(1), cfg("x", 1)).commit();
    Transaction open = store.begin(Origin.ENGINE).putConfig(instances, idx(2), cfg("y", 2));
    store.close();

    assertThatThrownBy(() -> store.begin(Origin.ENGINE)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(open::commit).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.subscribe(Domain.VRRP, "late", e -> {}))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.snapshot().config(instances, idx(1))).contains(cfg("x", 1));
  }

  @Test
  void tenThousandRowsThenOneCounterUpdateSharesTheRestOfTheTable() {
    Transaction load = store.begin(Origin.ENGINE);
    for (int i = 0; i < 10_000; i++) {
      load.putState(instances, idx(i), new InstanceState("BACKUP", i));
    }
    load.commit();
    StoreSnapshot before = store.snapshot();

    store.begin(Origin.ENGINE).putState(instances, idx(5_000), new InstanceState("MASTER", 1)).commit();

    StoreSnapshot after = store.snapshot();
    assertThat(after.states(instances)).hasSize(10_000);
    assertThat(before.state(instances, idx(5_000))).contains(new InstanceState("BACKUP", 5_000));
    assertThat(after.state(instances, idx(5_000))).contains(new InstanceState("MASTER", 1));
    // GETNEXT from the middle of the table.
    assertThat(after.states(instances).higherKey(idx(5_000))).isEqualTo(idx(5_001));
    assertThat(after.states(instances).tailMap(idx(9_998), true)).hasSize(2);
    // Untouched rows are the very same objects in both versions: nothing was copied.
    assertThat(after.states(instances).get(idx(1))).isSameAs(before.states(instances).get(idx(1)));
  }
}
