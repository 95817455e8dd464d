package org.jkeepalived.agent.snmp;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jkeepalived.mibs.smi.Access;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.ScalarSchema;
import org.jkeepalived.mibs.smi.SmiType;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.TableId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * One scalar instance ({@code oid.0}) whose record is one part of one store row (keepalived's
 * global objects live in single-row tables). Its scope is the scalar's whole subtree, as for
 * SNMP4J's own scalars, so GETNEXT from the object OID lands on the instance. An absent value is
 * noSuchInstance for GET and skipped by GETNEXT. Only a config-part scalar can be written.
 *
 * @param <C> the config record type of the row (what a SET rewrites)
 */
final class StoreScalarObject<C> implements GenericManagedObject {
  private static final Logger LOG = LoggerFactory.getLogger(StoreScalarObject.class);

  private final StoreBinding binding;
  private final String name;
  private final SmiType type;
  private final Access access;
  /** Reads the value from the row's config and state records (either may be null). */
  private final BiFunction<Object, Object, Object> reader;
  private final TableId<C, ?> table;
  private final Index row;
  private final OID instance;
  private final MOScope scope;
  private final SetCoordinator.Cell<C> cell;

  private StoreScalarObject(
      StoreBinding binding,
      int[] oid,
      SetCoordinator.Cell<C> cell,
      Access access,
      BiFunction<Object, Object, Object> reader,
      TableId<C, ?> table,
      Index row) {
    this.binding = binding;
    this.name = cell.name();
    this.type = cell.type();
    this.access = access;
    this.reader = reader;
    this.table = table;
    this.row = row;
    OID object = new OID(oid);
    this.instance = new OID(object).append(0);
    this.scope = new DefaultMOScope(object, true, object.nextPeer(), false);
    this.cell = cell;
  }

  /** A scalar whose record is one part of the row; only a config-part scalar is writable. */
  @SuppressWarnings("unchecked")
  static <T> StoreScalarObject<?> of(
      StoreBinding binding, ScalarSchema<T> schema, TableId<?, ?> table, Index row, Part part) {
    Function<T, Object> read = schema.reader();
    BiFunction<Object, Object, Object> reader =
        part == Part.CONFIG
            ? (c, s) -> c == null ? null : read.apply((T) c)
            : (c, s) -> s == null ? null : read.apply((T) s);
    return new StoreScalarObject<>(
        binding,
        schema.oid(),
        new SetCoordinator.Cell<>(
            schema.name(), schema.type(), part == Part.CONFIG ? schema.writer() : null),
        schema.access(),
        reader,
        (TableId<T, ?>) table,
        row);
  }

  /**
   * One column of a scalar group ({@code groupOid.subId.0}), read from both parts of the row as
   * a table column is; its writer, if any, rewrites the config part.
   */
  @SuppressWarnings("unchecked")
  static <C, S> StoreScalarObject<C> ofColumn(
      StoreBinding binding, int[] groupOid, Column<C, S> column, TableId<C, S> table, Index row) {
    int[] oid = Arrays.copyOf(groupOid, groupOid.length + 1);
    oid[groupOid.length] = column.subId();
    BiFunction<C, S, Object> read = column.reader();
    return new StoreScalarObject<>(
        binding,
        oid,
        new SetCoordinator.Cell<>(column.name(), column.type(), column.writer()),
        column.access(),
        (c, s) -> read.apply((C) c, (S) s),
        table,
        row);
  }

  @Override
  public MOScope getScope() {
    return scope;
  }

  @Override
  public OID find(MOScope range) {
    return range.covers(instance) ? instance : null;
  }

  private boolean readable() {
    return access == Access.READ_ONLY
        || access == Access.READ_WRITE
        || access == Access.READ_CREATE;
  }

  private Variable value(SubRequest<?> sreq) {
    RequestState.Rows<?, ?> rows = binding.state(sreq).rows(table);
    Object config = rows.configs().get(row);
    Object state = rows.states().get(row);
    if (config == null && state == null) {
      return null;
    }
    Object v = reader.apply(config, state);
    if (v == null) {
      return null;
    }
    try {
      return SmiCodec.toVariable(type, v);
    } catch (IllegalArgumentException e) {
      LOG.warn("{}.0: {}", name, e.getMessage());
      return null;
    }
  }

  @Override
  public void get(SubRequest<?> sreq) {
    VariableBinding vb = sreq.getVariableBinding();
    if (!readable()) {
      vb.setVariable(Null.noSuchObject);
    } else if (!vb.getOid().equals(instance)) {
      vb.setVariable(Null.noSuchInstance);
    } else {
      Variable v = value(sreq);
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
    MOScope range = sreq.getScope();
    if (!readable() || !range.covers(instance) || (filter != null && !filter.apply(instance))) {
      return false;
    }
    Variable v = value(sreq);
    if (v == null) {
      return false;
    }
    VariableBinding vb = sreq.getVariableBinding();
    vb.setOid(instance);
    vb.setVariable(v);
    sreq.completed();
    return true;
  }

  @Override
  public void prepare(SubRequest<?> sreq) {
    if (!sreq.getVariableBinding().getOid().equals(instance)) {
      sreq.getStatus().setErrorStatus(PDU.noCreation);
      return;
    }
    RequestState st = binding.state(sreq);
    binding
        .sets()
        .prepare(
            sreq,
            st,
            table,
            row,
            cell,
            binding.isLastStoreVarbind(sreq));
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
    return "StoreScalarObject[" + name + " at " + instance + "]";
  }
}
