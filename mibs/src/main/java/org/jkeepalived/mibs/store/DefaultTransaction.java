package org.jkeepalived.mibs.store;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * A transaction of {@link DefaultObjectStore}. It only collects operations; {@link #validate()}
 * and {@link #commit()} resolve them against the store. Single use and confined to one thread:
 * after a commit or a refusal every further call throws {@link IllegalStateException}.
 */
final class DefaultTransaction implements Transaction {
  private enum Status {
    OPEN,
    REFUSED,
    COMMITTED
  }

  private final DefaultObjectStore store;
  private final Origin origin;
  private final ChangeSet changes = new ChangeSet();
  private Status status = Status.OPEN;
  private Refusal refusal;

  DefaultTransaction(DefaultObjectStore store, Origin origin) {
    this.store = store;
    this.origin = origin;
  }

  @Override
  public <C> Transaction putConfig(TableId<C, ?> table, Index index, C row) {
    checkOpen();
    changes.put(table, Part.CONFIG, index, row);
    return this;
  }

  @Override
  public Transaction removeConfig(TableId<?, ?> table, Index index) {
    checkOpen();
    changes.remove(table, Part.CONFIG, index);
    return this;
  }

  @Override
  public <S> Transaction putState(TableId<?, S> table, Index index, S row) {
    checkOpen();
    changes.put(table, Part.STATE, index, row);
    return this;
  }

  @Override
  public Transaction removeState(TableId<?, ?> table, Index index) {
    checkOpen();
    changes.remove(table, Part.STATE, index);
    return this;
  }

  @Override
  public <C> Transaction replaceConfigs(TableId<C, ?> table, Map<Index, ? extends C> rows) {
    checkOpen();
    changes.replace(table, Part.CONFIG, rows);
    return this;
  }

  @Override
  public <S> Transaction replaceStates(TableId<?, S> table, Map<Index, ? extends S> rows) {
    checkOpen();
    changes.replace(table, Part.STATE, rows);
    return this;
  }

  @Override
  public Optional<Refusal> validate() {
    checkOpen();
    Optional<Refusal> result = store.validate(changes, origin);
    result.ifPresent(this::refused);
    return result;
  }

  @Override
  public List<StoreEvent> commit() {
    checkOpen();
    try {
      List<StoreEvent> events = store.commit(changes, origin);
      status = Status.COMMITTED;
      return events;
    } catch (TransactionRefusedException e) {
      refused(e.refusal());
      throw e;
    }
  }

  private void refused(Refusal r) {
    status = Status.REFUSED;
    refusal = r;
  }

  private void checkOpen() {
    if (status == Status.REFUSED) {
      throw new TransactionRefusedException(refusal);
    }
    if (status == Status.COMMITTED) {
      throw new IllegalStateException("transaction already committed");
    }
  }

  @Override
  public String toString() {
    return "Transaction{" + origin + ", " + status + "}";
  }
}
