package org.jkeepalived.agent.snmp;

import java.util.function.Function;
import org.jkeepalived.mibs.smi.Access;
import org.jkeepalived.mibs.smi.ScalarSchema;
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
 */
final class StoreScalarObject<T> implements GenericManagedObject {
  private static final Logger LOG = LoggerFactory.getLogger(StoreScalarObject.class);

  private final StoreBinding binding;
  private final ScalarSchema<T> schema;
  private final TableId<?, ?> table;
  private final Index row;
  private final Part part;
  private final OID instance;
  private final MOScope scope;
  private final SetCoordinator.Cell<T> cell;

  StoreScalarObject(
      StoreBinding binding, ScalarSchema<T> schema, TableId<?, ?> table, Index row, Part part) {
    this.binding = binding;
    this.schema = schema;
    this.table = table;
    this.row = row;
    this.part = part;
    OID object = new OID(schema.oid());
    this.instance = new OID(object).append(0);
    this.scope = new DefaultMOScope(object, true, object.nextPeer(), false);
    this.cell =
        new SetCoordinator.Cell<>(
            schema.name(), schema.type(), part == Part.CONFIG ? schema.writer() : null);
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
    return schema.access() == Access.READ_ONLY
        || schema.access() == Access.READ_WRITE
        || schema.access() == Access.READ_CREATE;
  }

  @SuppressWarnings("unchecked")
  private Variable value(SubRequest<?> sreq) {
    RequestState.Rows<?, ?> rows = binding.state(sreq).rows(table);
    T record = (T) (part == Part.CONFIG ? rows.configs().get(row) : rows.states().get(row));
    if (record == null) {
      return null;
    }
    Object v = schema.reader().apply(record);
    if (v == null) {
      return null;
    }
    try {
      return SmiCodec.toVariable(schema.type(), v);
    } catch (IllegalArgumentException e) {
      LOG.warn("{}.0: {}", schema.name(), e.getMessage());
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
  @SuppressWarnings("unchecked")
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
            (TableId<T, ?>) table,
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
    return "StoreScalarObject[" + schema.name() + " at " + instance + "]";
  }
}
