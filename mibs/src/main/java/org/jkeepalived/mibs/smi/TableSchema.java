package org.jkeepalived.mibs.smi;

import java.util.List;
import org.jkeepalived.mibs.store.TableId;

/**
 * A MIB table bound to a store table: the OID of its entry (columns are entry.subId.index), the
 * number of index sub-identifiers (-1 when variable, e.g. implied strings), and its columns in
 * sub-identifier order. A row exists in SNMP when it has a config part or a state part.
 */
public record TableSchema<C, S>(
    TableId<C, S> table, int[] entryOid, List<Column<C, S>> columns) {

  public TableSchema {
    entryOid = entryOid.clone();
    columns = List.copyOf(columns);
  }
}
