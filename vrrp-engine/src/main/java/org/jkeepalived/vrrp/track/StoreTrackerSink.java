package org.jkeepalived.vrrp.track;

import java.util.Map;
import org.jkeepalived.mibs.model.ScriptResult;
import org.jkeepalived.mibs.model.TrackerState;
import org.jkeepalived.mibs.model.VrrpScriptState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.TableId;

/**
 * Publishes tracker observations into the store's state columns, one ENGINE transaction per
 * change (the store drops puts equal to the current row, so repeats emit no event). Rows are
 * addressed by the tracked object's MIB index (1-based in configuration order); objects without
 * an index (interfaces) are not published here.
 */
public final class StoreTrackerSink implements TrackerSink {
  private final ObjectStore store;
  private final TableId<?, VrrpScriptState> scripts;
  private final Map<TrackerKind, TableId<?, TrackerState>> tables;
  private final Map<TrackerKey, Index> indexes;

  public StoreTrackerSink(
      ObjectStore store,
      TableId<?, VrrpScriptState> scripts,
      Map<TrackerKind, TableId<?, TrackerState>> tables,
      Map<TrackerKey, Index> indexes) {
    this.store = store;
    this.scripts = scripts;
    this.tables = Map.copyOf(tables);
    this.indexes = Map.copyOf(indexes);
  }

  @Override
  public void update(TrackerKey key, Observation observation) {
    TableId<?, TrackerState> table = tables.get(key.kind());
    Index index = indexes.get(key);
    if (table == null || index == null) {
      return;
    }
    TrackerState row;
    if (observation instanceof Observation.Value v) {
      row = new TrackerState(v.value() == 0, v.value());
    } else if (observation instanceof Observation.State s) {
      row = new TrackerState(s.up(), 0);
    } else {
      row = new TrackerState(false, 0);
    }
    store.begin(Origin.ENGINE).putState(table, index, row).commit();
  }

  @Override
  public void scriptResult(String name, ScriptResult result) {
    Index index = indexes.get(new TrackerKey(TrackerKind.SCRIPT, name));
    if (scripts != null && index != null) {
      store.begin(Origin.ENGINE).putState(scripts, index, new VrrpScriptState(result)).commit();
    }
  }
}
