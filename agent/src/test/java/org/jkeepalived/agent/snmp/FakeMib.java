package org.jkeepalived.agent.snmp;

import java.util.List;
import java.util.Optional;
import org.jkeepalived.mibs.smi.Access;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.ScalarSchema;
import org.jkeepalived.mibs.smi.SmiType;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Refusal;
import org.jkeepalived.mibs.store.SetError;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.store.Transaction;

/**
 * A small test MIB under a private enterprise OID: a table of "widgets" (config: name and a
 * writable priority 1-254; state: a counter and a status string, absent until published) and a
 * global scalar group. A validator refuses priority 200 with inconsistentValue.
 */
final class FakeMib {
  static final String ROOT = "1.3.6.1.4.1.99999";
  static final int[] ENTRY = {1, 3, 6, 1, 4, 1, 99999, 1, 1};
  static final String ENTRY_OID = ROOT + ".1.1";
  static final String VERSION_OID = ROOT + ".2.1.0";
  static final String MODE_OID = ROOT + ".2.2.0";

  record WidgetConfig(String name, int priority) {}

  record WidgetState(long counter, String status) {}

  record Global(String version, int mode) {}

  static final TableId<WidgetConfig, WidgetState> WIDGETS =
      new TableId<>("widgetTable", Domain.GLOBAL, WidgetConfig.class, WidgetState.class);
  static final TableId<Global, Void> GLOBAL =
      new TableId<>("widgetGlobals", Domain.GLOBAL, Global.class, Void.class);

  static final TableSchema<WidgetConfig, WidgetState> SCHEMA =
      new TableSchema<>(
          WIDGETS,
          ENTRY,
          List.of(
              Column.readOnly(2, "widgetName", SmiType.OCTET_STRING, (c, s) -> c == null ? null : c.name()),
              new Column<WidgetConfig, WidgetState>(
                  3,
                  "widgetPriority",
                  SmiType.INTEGER,
                  Access.READ_WRITE,
                  (c, s) -> c == null ? null : c.priority(),
                  (c, v) -> {
                    int p = (Integer) v;
                    return p >= 1 && p <= 254 ? new WidgetConfig(c.name(), p) : null;
                  }),
              Column.readOnly(4, "widgetCounter", SmiType.COUNTER32, (c, s) -> s == null ? null : s.counter()),
              Column.readOnly(5, "widgetStatus", SmiType.OCTET_STRING, (c, s) -> s == null ? null : s.status()),
              // An index column: never served.
              new Column<WidgetConfig, WidgetState>(
                  1, "widgetIndex", SmiType.INTEGER, Access.NOT_ACCESSIBLE, (c, s) -> 0, null)));

  static final ScalarSchema<Global> VERSION =
      ScalarSchema.readOnly(
          new int[] {1, 3, 6, 1, 4, 1, 99999, 2, 1}, "widgetVersion", SmiType.OCTET_STRING,
          Global::version);
  static final ScalarSchema<Global> MODE =
      new ScalarSchema<>(
          new int[] {1, 3, 6, 1, 4, 1, 99999, 2, 2},
          "widgetMode",
          SmiType.INTEGER,
          Access.READ_WRITE,
          Global::mode,
          (g, v) -> new Global(g.version(), (Integer) v));

  private FakeMib() {}

  /** A store with widgets 1, 2 and 10 configured, state for 1 and 2 and a state-only row 7. */
  static ObjectStore populatedStore() {
    DefaultObjectStore store = new DefaultObjectStore();
    store.addValidator(
        WIDGETS,
        (table, index, part, before, after, origin) ->
            after instanceof WidgetConfig w && w.priority() == 200
                ? Optional.of(new Refusal(SetError.INCONSISTENT_VALUE, "200 is reserved"))
                : Optional.empty());
    Transaction tx = store.begin(Origin.CONFIG_LOAD);
    tx.putConfig(WIDGETS, Index.of(1), new WidgetConfig("alpha", 100));
    tx.putConfig(WIDGETS, Index.of(2), new WidgetConfig("beta", 150));
    tx.putConfig(WIDGETS, Index.of(10), new WidgetConfig("gamma", 50));
    tx.putState(WIDGETS, Index.of(1), new WidgetState(5, "MASTER"));
    tx.putState(WIDGETS, Index.of(2), new WidgetState(7, "BACKUP"));
    tx.putState(WIDGETS, Index.of(7), new WidgetState(9, "FAULT"));
    tx.putConfig(GLOBAL, Index.of(), new Global("1.0-test", 1));
    tx.commit();
    return store;
  }

  static StoreBinding binding(ObjectStore store) {
    return new StoreBinding(store)
        .table(SCHEMA)
        .scalarOfConfig(VERSION, GLOBAL, Index.of())
        .scalarOfConfig(MODE, GLOBAL, Index.of());
  }
}
