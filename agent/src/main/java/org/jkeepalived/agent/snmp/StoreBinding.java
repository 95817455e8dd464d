package org.jkeepalived.agent.snmp;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.ScalarSchema;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.tables.ScalarGroup;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.ManagedObject;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * Serves the object store's tables and scalars over SNMP: one managed object per bound table or
 * scalar, all sharing one snapshot per request and one store transaction per SET request.
 * Build it with {@link #table}, {@link #scalars}, {@link #scalarOfConfig} and {@link
 * #scalarOfState}, then {@link #register} it with the agent's
 * MO server.
 */
public final class StoreBinding {
  private final ObjectStore store;
  /** Identity key of this binding's state in a request's processing user objects. */
  private final Object stateKey = new Object();
  private final SetCoordinator sets;
  private final List<ManagedObject<?>> objects = new ArrayList<>();
  /** The subtree of every bound table entry and scalar object. */
  private final List<OID> served = new ArrayList<>();
  /** The object (column or scalar) OID of every cell a SET can change. */
  private final List<OID> writable = new ArrayList<>();

  public StoreBinding(ObjectStore store) {
    this.store = store;
    this.sets = new SetCoordinator(store);
  }

  /** Serves a table (columns read column-major, as SNMP GETNEXT walks them). */
  public <C, S> StoreBinding table(TableSchema<C, S> schema) {
    objects.add(new StoreTableObject<>(this, schema));
    OID entry = new OID(schema.entryOid());
    served.add(entry);
    for (Column<C, S> column : schema.columns()) {
      if (column.writable()) {
        writable.add(new OID(entry).append(column.subId()));
      }
    }
    return this;
  }

  /**
   * Serves a scalar whose record is the config part of one row ({@code row}, usually the empty
   * index of a single-row table); a writable scalar's SET replaces that config row.
   */
  public <C> StoreBinding scalarOfConfig(ScalarSchema<C> schema, TableId<C, ?> table, Index row) {
    objects.add(StoreScalarObject.of(this, schema, table, row, Part.CONFIG));
    served.add(new OID(schema.oid()));
    if (schema.writable()) {
      writable.add(new OID(schema.oid()));
    }
    return this;
  }

  /** Serves a read-only scalar whose record is the state part of one row. */
  public <S> StoreBinding scalarOfState(ScalarSchema<S> schema, TableId<?, S> table, Index row) {
    objects.add(StoreScalarObject.of(this, schema, table, row, Part.STATE));
    served.add(new OID(schema.oid()));
    return this;
  }

  /**
   * Serves every column of a scalar group as the scalar {@code groupOid.subId.0}, read from both
   * parts of the group's row; writable columns rewrite its config part.
   */
  public <C, S> StoreBinding scalars(ScalarGroup<C, S> group) {
    int[] oid = group.groupOid();
    for (Column<C, S> column : group.columns()) {
      objects.add(StoreScalarObject.ofColumn(this, oid, column, group.table(), group.row()));
      OID object = new OID(oid).append(column.subId());
      served.add(object);
      if (column.writable()) {
        writable.add(object);
      }
    }
    return this;
  }

  /** Registers every bound object in the given context (empty for the default context). */
  public void register(MOServer server, OctetString context)
      throws DuplicateRegistrationException {
    for (ManagedObject<?> mo : objects) {
      server.register(mo, context);
    }
  }

  public void unregister(MOServer server, OctetString context) {
    for (ManagedObject<?> mo : objects) {
      server.unregister(mo, context);
    }
  }

  /** The subtrees this binding serves: each table entry and scalar object. */
  List<OID> servedSubtrees() {
    return List.copyOf(served);
  }

  /** The columns and scalars a SET through this binding can change (their object OIDs). */
  List<OID> writableObjects() {
    return List.copyOf(writable);
  }

  SetCoordinator sets() {
    return sets;
  }

  /** This request's view of the store, created (one snapshot) on first use. */
  RequestState state(SubRequest<?> sreq) {
    return state(sreq.getRequest());
  }

  /** This request's view of the store, created (one snapshot) on first use. */
  RequestState state(Request<?, ?, ?> request) {
    RequestState st = (RequestState) request.getProcessingUserObject(stateKey);
    if (st == null) {
      st = new RequestState(store.snapshot());
      request.setProcessingUserObject(stateKey, st);
    }
    return st;
  }

  /** A table's rows in the store's current snapshot, for lookups made outside a request. */
  <C, S> RequestState.Rows<C, S> freshRows(TableId<C, S> table) {
    StoreSnapshot snapshot = store.snapshot();
    return new RequestState.Rows<>(snapshot.configs(table), snapshot.states(table));
  }

  /**
   * Whether no varbind after this one in the PDU falls into an object of this binding, so the
   * whole store part of the SET is known and can be validated.
   */
  boolean isLastStoreVarbind(SubRequest<?> sreq) {
    Request<?, ?, ?> request = sreq.getRequest();
    for (int i = sreq.getIndex() + 1; i < request.size(); i++) {
      OID oid = request.get(i).getVariableBinding().getOid();
      for (ManagedObject<?> mo : objects) {
        MOScope scope = mo.getScope();
        if (scope.covers(oid)) {
          return false;
        }
      }
    }
    return true;
  }
}
