package org.jkeepalived.agent.snmp;

import java.util.Map;
import java.util.Optional;
import org.jkeepalived.agent.snmp.RequestState.RowKey;
import java.util.function.BiFunction;
import org.jkeepalived.mibs.smi.SmiType;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Refusal;
import org.jkeepalived.mibs.store.SetError;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.store.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.RequestStatus;
import org.snmp4j.agent.request.SubRequest;

/**
 * Runs an SNMP SET as one store transaction (SNMP4J's two-phase SET on top of the store's
 * validate-then-commit, DESIGN.md "one path for every change"). Prepare: type check (wrongType),
 * the column writer (null or an exception gives wrongValue), and once the last store varbind of
 * the PDU is prepared, {@link Transaction#validate()} (a refusal's {@link SetError} becomes the
 * error status). Commit: {@link Transaction#commit()} once for the whole PDU, with {@link
 * Origin#SNMP_SET}. Undo after a commit writes the rows back as they were in the request's
 * snapshot; before a commit there is nothing to undo, the store was never touched.
 */
final class SetCoordinator {
  private static final Logger LOG = LoggerFactory.getLogger(SetCoordinator.class);

  private final ObjectStore store;

  SetCoordinator(ObjectStore store) {
    this.store = store;
  }

  /**
   * Phase one for one varbind naming an existing row's column.
   *
   * @param lastStoreVarbind whether no later varbind of the PDU targets the store
   */
  @SuppressWarnings("unchecked")
  <C> void prepare(
      SubRequest<?> sreq,
      RequestState st,
      TableId<C, ?> table,
      Index index,
      Cell<C> column,
      boolean lastStoreVarbind) {
    RequestStatus status = sreq.getStatus();
    if (column.writer() == null) {
      // RFC 3416 section 4.2.5: the instance exists but can never be modified.
      status.setErrorStatus(PDU.notWritable);
      return;
    }
    Object value = SmiCodec.fromVariable(column.type(), sreq.getVariableBinding().getVariable());
    if (value == null) {
      status.setErrorStatus(PDU.wrongType);
      return;
    }
    RowKey key = new RowKey(table, index);
    C current = (C) st.pending.get(key);
    if (current == null) {
      current = st.rows(table).configs().get(index);
    }
    if (current == null) {
      // No configured row: SET never creates rows in our MIBs (no RowStatus columns).
      status.setErrorStatus(PDU.noCreation);
      return;
    }
    C updated = applyWriter(column, current, value);
    if (updated == null) {
      status.setErrorStatus(PDU.wrongValue);
      return;
    }
    st.pending.put(key, updated);
    if (lastStoreVarbind) {
      int error = validate(st);
      if (error != PDU.noError) {
        status.setErrorStatus(error);
        return;
      }
    }
    sreq.completed();
  }

  private static <C> C applyWriter(Cell<C> column, C current, Object value) {
    try {
      return column.writer().apply(current, value);
    } catch (RuntimeException e) {
      // A writer that cannot take the value refuses it; wrongValue is the closest status.
      LOG.debug("writer of {} refused {}: {}", column.name(), value, e.toString());
      return null;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private int validate(RequestState st) {
    Transaction tx = store.begin(Origin.SNMP_SET);
    for (Map.Entry<RowKey, Object> e : st.pending.entrySet()) {
      tx.putConfig((TableId) e.getKey().table(), e.getKey().index(), e.getValue());
    }
    Optional<Refusal> refusal = tx.validate();
    if (refusal.isPresent()) {
      LOG.info("SNMP SET refused: {} ({})", refusal.get().reason(), refusal.get().error());
      return errorStatus(refusal.get().error());
    }
    st.transaction = tx;
    return PDU.noError;
  }

  /** What a SET needs of a column or scalar: its name, type and writer (null: read-only). */
  record Cell<C>(String name, SmiType type, BiFunction<C, Object, C> writer) {}

  void commit(SubRequest<?> sreq, RequestState st) {
    if (!st.committed) {
      if (st.transaction == null) {
        sreq.getStatus().setErrorStatus(PDU.commitFailed);
        return;
      }
      try {
        st.transaction.commit();
        st.committed = true;
        logCommitted(st, requester(sreq));
      } catch (RuntimeException e) {
        LOG.warn("SNMP SET commit failed: {}", e.toString());
        sreq.getStatus().setErrorStatus(PDU.commitFailed);
        return;
      }
    }
    sreq.completed();
  }

  /** One line per changed object of a committed SET, as keepalived logs its SETs. */
  private static void logCommitted(RequestState st, String requester) {
    for (Map.Entry<RowKey, Object> e : st.pending.entrySet()) {
      Object before = st.rows(e.getKey().table()).configs().get(e.getKey().index());
      for (String line :
          SetLog.lines(e.getKey().table(), e.getKey().index(), before, e.getValue(), requester)) {
        LOG.info(line);
      }
    }
  }

  /** The manager's transport address, or "unknown" outside a request from the network. */
  private static String requester(SubRequest<?> sreq) {
    Request<?, ?, ?> request = sreq.getRequest();
    if (request != null && request.getSource() instanceof CommandResponderEvent<?> event
        && event.getPeerAddress() != null) {
      return event.getPeerAddress().toString();
    }
    return "unknown";
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  void undo(SubRequest<?> sreq, RequestState st) {
    if (st.committed) {
      Transaction tx = store.begin(Origin.SNMP_SET);
      for (RowKey key : st.pending.keySet()) {
        Object before = st.rows(key.table()).configs().get(key.index());
        tx.putConfig((TableId) key.table(), key.index(), before);
      }
      try {
        tx.commit();
        st.committed = false;
      } catch (RuntimeException e) {
        LOG.warn("SNMP SET undo failed: {}", e.toString());
        sreq.getStatus().setErrorStatus(PDU.undoFailed);
        return;
      }
    }
    sreq.completed();
  }

  /** The SNMP error-status for a validator's refusal (RFC 3416 section 3). */
  static int errorStatus(SetError error) {
    return switch (error) {
      case WRONG_TYPE -> PDU.wrongType;
      case WRONG_LENGTH -> PDU.wrongLength;
      case WRONG_VALUE -> PDU.wrongValue;
      case INCONSISTENT_VALUE -> PDU.inconsistentValue;
      case NOT_WRITABLE -> PDU.notWritable;
      case NO_CREATION -> PDU.noCreation;
      case RESOURCE_UNAVAILABLE -> PDU.resourceUnavailable;
      case GEN_ERR -> PDU.genErr;
    };
  }
}
