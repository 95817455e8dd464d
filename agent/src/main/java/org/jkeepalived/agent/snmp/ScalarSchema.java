package org.jkeepalived.agent.snmp;

import java.util.List;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.TableId;

/**
 * A group of MIB scalars served from one store row: each column becomes the scalar instance
 * {@code groupOid.subId.0} and reads the row {@code row} of {@code table} (keepalived's global
 * objects live in such a single-row table). Writable columns SET that row like a table cell.
 *
 * <p>Minimal stand-in until the MIB module defines a scalar schema in {@code mibs/smi}.
 */
public record ScalarSchema<C, S>(
    TableId<C, S> table, Index row, int[] groupOid, List<Column<C, S>> columns) {

  public ScalarSchema {
    groupOid = groupOid.clone();
    columns = List.copyOf(columns);
  }
}
