package org.jkeepalived.mibs.tables;

import java.util.List;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.TableId;

/**
 * MIB scalars served from one store row: each column is the scalar instance {@code
 * groupOid.subId.0} and reads row {@code row} of {@code table}. The same shape as the agent's
 * scalar binding, so the agent can serve these directly.
 */
public record ScalarGroup<C, S>(
    TableId<C, S> table, Index row, int[] groupOid, List<Column<C, S>> columns) {

  public ScalarGroup {
    groupOid = groupOid.clone();
    columns = List.copyOf(columns);
  }

  @Override
  public int[] groupOid() {
    return groupOid.clone();
  }
}
