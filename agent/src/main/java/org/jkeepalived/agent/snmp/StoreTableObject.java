package org.jkeepalived.agent.snmp;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jkeepalived.agent.snmp.RequestState.Rows;
import org.jkeepalived.mibs.smi.Access;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.Index;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOQuery;
import org.snmp4j.agent.MOQueryWithSource;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * One MIB table served straight from store snapshots (a {@link GenericManagedObject}: SNMP4J's
 * command processor only looks those up). Instances are {@code entry.column.index};
 * a row exists when the store has its config or state part; a cell exists when its column reader
 * returns a value. GETNEXT walks column-major in OID order (RFC 3416 section 4.2.2), skipping
 * absent cells and columns that are not readable.
 */
final class StoreTableObject<C, S> implements GenericManagedObject {
  private static final Logger LOG = LoggerFactory.getLogger(StoreTableObject.class);

  private final StoreBinding binding;
  private final TableSchema<C, S> schema;
  private final OID entry;
  private final int entryLength;
  /** Columns in sub-identifier order (unsigned), as GETNEXT must visit them. */
  private final Column<C, S>[] columns;
  private final MOScope scope;
  /** The SET view of each column, by position. */
  private final SetCoordinator.Cell<C>[] cells;

  @SuppressWarnings("unchecked")
  StoreTableObject(StoreBinding binding, TableSchema<C, S> schema) {
    this.binding = binding;
    this.schema = schema;
    this.entry = new OID(schema.entryOid());
    this.entryLength = entry.size();
    List<Column<C, S>> sorted =
        schema.columns().stream()
            .sorted(Comparator.comparingLong(c -> Integer.toUnsignedLong(c.subId())))
            .toList();
    this.columns = sorted.toArray(new Column[0]);
    this.scope = new DefaultMOScope(entry, true, entry.nextPeer(), false);
    this.cells = new SetCoordinator.Cell[columns.length];
    for (int i = 0; i < columns.length; i++) {
      cells[i] = new SetCoordinator.Cell<>(columns[i].name(), columns[i].type(), columns[i].writer());
    }
  }

  @Override
  public MOScope getScope() {
    return scope;
  }

  private static boolean readable(Column<?, ?> column) {
    return column.access() == Access.READ_ONLY
        || column.access() == Access.READ_WRITE
        || column.access() == Access.READ_CREATE;
  }

  /** Position of the column with this sub-identifier, or -(insertion point) - 1. */
  private int columnPosition(int subId) {
    int lo = 0;
    int hi = columns.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Integer.compareUnsigned(columns[mid].subId(), subId);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  private static Index suffix(OID oid, int from) {
    int[] sub = new int[oid.size() - from];
    for (int i = 0; i < sub.length; i++) {
      sub[i] = oid.get(from + i);
    }
    return Index.of(sub);
  }

  private OID instanceOid(Column<C, S> column, Index index) {
    int[] value = new int[entryLength + 1 + index.size()];
    for (int i = 0; i < entryLength; i++) {
      value[i] = entry.get(i);
    }
    value[entryLength] = column.subId();
    for (int i = 0; i < index.size(); i++) {
      value[entryLength + 1 + i] = index.get(i);
    }
    return new OID(value);
  }

  /** The cell's variable, or null when the row or the cell is absent. */
  private Variable cell(Rows<C, S> rows, Column<C, S> column, Index index) {
    C config = rows.configs().get(index);
    S state = rows.states().get(index);
    if (config == null && state == null) {
      return null;
    }
    Object value = column.reader().apply(config, state);
    if (value == null) {
      return null;
    }
    try {
      return SmiCodec.toVariable(column.type(), value);
    } catch (IllegalArgumentException e) {
      // A reader returning the wrong Java type is a binding bug: hide the cell, say why.
      LOG.warn("{}.{} index {}: {}", schema.table(), column.name(), index, e.getMessage());
      return null;
    }
  }

  @Override
  public void get(SubRequest<?> sreq) {
    VariableBinding vb = sreq.getVariableBinding();
    OID oid = vb.getOid();
    int pos = oid.size() > entryLength ? columnPosition(oid.get(entryLength)) : -1;
    if (pos < 0 || !readable(columns[pos])) {
      vb.setVariable(Null.noSuchObject);
    } else if (oid.size() == entryLength + 1) {
      vb.setVariable(Null.noSuchInstance);
    } else {
      Rows<C, S> rows = binding.state(sreq).rows(schema.table());
      Variable v = cell(rows, columns[pos], suffix(oid, entryLength + 1));
      vb.setVariable(v == null ? Null.noSuchInstance : v);
    }
    sreq.completed();
  }

  @Override
  public boolean next(SubRequest<?> sreq) {
    return next(sreq, null);
  }

  @Override
  public boolean next(SubRequest<?> sreq, Function<OID, Boolean> filter) {
    Hit hit = search(sreq.getScope(), () -> binding.state(sreq).rows(schema.table()), filter);
    if (hit == null) {
      return false;
    }
    VariableBinding vb = sreq.getVariableBinding();
    vb.setOid(hit.oid());
    vb.setVariable(hit.value());
    sreq.completed();
    return true;
  }

  @Override
  public OID find(MOScope range) {
    return find(range, null);
  }

  /**
   * The command processor asks this before a GETNEXT whether the walk can land here; it reads the
   * request's snapshot when the query names its request, so both answers agree.
   */
  @Override
  public OID find(MOQuery query, Function<OID, Boolean> filter) {
    Supplier<Rows<C, S>> rows =
        query instanceof MOQueryWithSource q && q.getSource() instanceof Request<?, ?, ?> r
            ? () -> binding.state(r).rows(schema.table())
            : () -> binding.freshRows(schema.table());
    Hit hit = search(query.getScope(), rows, filter);
    return hit == null ? null : hit.oid();
  }

  private OID find(MOScope range, Function<OID, Boolean> filter) {
    Hit hit = search(range, () -> binding.freshRows(schema.table()), filter);
    return hit == null ? null : hit.oid();
  }

  private record Hit(OID oid, Variable value) {}

  /** The first existing cell after the range's lower bound that the filter admits, or null. */
  private Hit search(MOScope range, Supplier<Rows<C, S>> rowSource, Function<OID, Boolean> filter) {
    OID lower = range.getLowerBound();
    int start = 0;
    Index from = null;
    boolean fromIncluded = false;
    if (lower != null && lower.startsWith(entry) && lower.size() > entryLength) {
      int pos = columnPosition(lower.get(entryLength));
      if (pos >= 0) {
        start = pos;
        if (lower.size() > entryLength + 1) {
          from = suffix(lower, entryLength + 1);
          fromIncluded = range.isLowerIncluded();
        }
      } else {
        start = -pos - 1;
      }
    } else if (lower != null && lower.compareTo(entry) > 0 && !lower.startsWith(entry)) {
      return null;
    }
    Rows<C, S> rows = null;
    for (int c = start; c < columns.length; c++, from = null) {
      Column<C, S> column = columns[c];
      if (!readable(column)) {
        continue;
      }
      if (rows == null) {
        rows = rowSource.get();
      }
      Index index =
          from == null ? rows.first() : fromIncluded ? rows.ceiling(from) : rows.higher(from);
      for (; index != null; index = rows.higher(index)) {
        Variable v = cell(rows, column, index);
        if (v == null) {
          continue;
        }
        OID oid = instanceOid(column, index);
        if (range.getUpperBound() != null && !range.covers(oid)) {
          return null;
        }
        if (filter == null || filter.apply(oid)) {
          return new Hit(oid, v);
        }
      }
    }
    return null;
  }

  @Override
  public void prepare(SubRequest<?> sreq) {
    OID oid = sreq.getVariableBinding().getOid();
    int pos = oid.size() > entryLength + 1 ? columnPosition(oid.get(entryLength)) : -1;
    if (pos < 0 || columns[pos].access() == Access.NOT_ACCESSIBLE) {
      // RFC 3416 section 4.2.5: no such variable and none could ever be created here.
      sreq.getStatus().setErrorStatus(PDU.noCreation);
      return;
    }
    Index index = suffix(oid, entryLength + 1);
    RequestState st = binding.state(sreq);
    binding
        .sets()
        .prepare(
            sreq, st, schema.table(), index, cells[pos], binding.isLastStoreVarbind(sreq));
  }

  @Override
  public void commit(SubRequest<?> sreq) {
    binding.sets().commit(sreq, binding.state(sreq));
  }

  @Override
  public void undo(SubRequest<?> sreq) {
    binding.sets().undo(sreq, binding.state(sreq));
  }

  @Override
  public void cleanup(SubRequest<?> sreq) {
    sreq.completed();
  }

  @Override
  public String toString() {
    return "StoreTableObject[" + schema.table() + " at " + entry + "]";
  }
}
