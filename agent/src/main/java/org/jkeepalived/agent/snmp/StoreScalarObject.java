package org.jkeepalived.agent.snmp;

import java.util.function.Function;
import org.jkeepalived.mibs.smi.Access;
import org.jkeepalived.mibs.smi.Column;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * One scalar instance ({@code group.subId.0}) read from a single store row. Its scope is the
 * scalar's whole subtree, as for SNMP4J's own scalars, so GETNEXT from the object OID lands on
 * the instance. An absent value is noSuchInstance for GET and skipped by GETNEXT.
 */
final class StoreScalarObject<C, S> implements ManagedObject<SubRequest<?>> {
  private static final Logger LOG = LoggerFactory.getLogger(StoreScalarObject.class);

  private final StoreBinding binding;
  private final ScalarSchema<C, S> schema;
  private final Column<C, S> column;
  private final OID instance;
  private final MOScope scope;

  StoreScalarObject(StoreBinding binding, ScalarSchema<C, S> schema, Column<C, S> column) {
    this.binding = binding;
    this.schema = schema;
    this.column = column;
    OID object = new OID(schema.groupOid()).append(column.subId());
    this.instance = new OID(object).append(0);
    this.scope = new DefaultMOScope(object, true, object.nextPeer(), false);
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
    return column.access() == Access.READ_ONLY
        || column.access() == Access.READ_WRITE
        || column.access() == Access.READ_CREATE;
  }

  private Variable value(SubRequest<?> sreq) {
    RequestState.Rows<C, S> rows = binding.state(sreq).rows(schema.table());
    C config = rows.configs().get(schema.row());
    S state = rows.states().get(schema.row());
    if (config == null && state == null) {
      return null;
    }
    Object v = column.reader().apply(config, state);
    if (v == null) {
      return null;
    }
    try {
      return SmiCodec.toVariable(column.type(), v);
    } catch (IllegalArgumentException e) {
      LOG.warn("{}.0: {}", column.name(), e.getMessage());
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
            sreq, st, schema.table(), schema.row(), column, binding.isLastStoreVarbind(sreq));
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
    return "StoreScalarObject[" + column.name() + " at " + instance + "]";
  }
}
