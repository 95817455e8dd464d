package org.jkeepalived.mibs.tables;

import java.util.function.BiFunction;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * A column whose value comes from another store table than its row's (a join by row index). Its
 * {@link org.jkeepalived.mibs.smi.Column} in the table's schema is bound for type and access but
 * reads nothing; whoever serves the table asks the derived column for the cell instead, for each
 * row of the schema's table.
 *
 * @param entry the table's entry OID
 * @param subId the column's sub-identifier
 * @param reader the cell of the row at this index in this snapshot, or null when absent
 */
public record DerivedColumn(Oid entry, int subId, BiFunction<StoreSnapshot, Index, Object> reader) {

  /** The cell, or null when absent. */
  public Object read(StoreSnapshot snap, Index index) {
    return reader.apply(snap, index);
  }
}
