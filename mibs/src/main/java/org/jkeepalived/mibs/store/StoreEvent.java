package org.jkeepalived.mibs.store;

import java.util.Optional;

/**
 * One real change to one half of one row. {@code before} is null for an added row, {@code after}
 * null for a removed one; the store never emits an event whose before equals its after.
 *
 * <p>A listener asks for the rows it knows the type of through the typed accessors, which answer
 * empty unless the event is about that table and that part: {@code
 * e.stateAfter(Tables.VRRP_INSTANCE)} is the new instance state, with no cast, or nothing. {@link
 * #before()} and {@link #after()} stay for code that handles every table alike (the store itself,
 * validators).
 */
public record StoreEvent(
    TableId<?, ?> table, Index index, Part part, Object before, Object after, Origin origin) {

  public boolean isAdded() {
    return before == null;
  }

  public boolean isRemoved() {
    return after == null;
  }

  /** Whether the event is about {@code t} (tables compare by identity). */
  public boolean is(TableId<?, ?> t) {
    return table == t;
  }

  /** Whether the event is about the given part of {@code t}. */
  public boolean is(TableId<?, ?> t, Part p) {
    return table == t && part == p;
  }

  /** The config row of {@code t} before the change; empty for another table, a state change or an added row. */
  public <C> Optional<C> configBefore(TableId<C, ?> t) {
    return row(t, Part.CONFIG, t.configType(), before);
  }

  /** The config row of {@code t} after the change; empty for another table, a state change or a removed row. */
  public <C> Optional<C> configAfter(TableId<C, ?> t) {
    return row(t, Part.CONFIG, t.configType(), after);
  }

  /** The state row of {@code t} before the change; empty for another table, a config change or an added row. */
  public <S> Optional<S> stateBefore(TableId<?, S> t) {
    return row(t, Part.STATE, t.stateType(), before);
  }

  /** The state row of {@code t} after the change; empty for another table, a config change or a removed row. */
  public <S> Optional<S> stateAfter(TableId<?, S> t) {
    return row(t, Part.STATE, t.stateType(), after);
  }

  private <R> Optional<R> row(TableId<?, ?> t, Part p, Class<R> type, Object row) {
    return is(t, p) && row != null ? Optional.of(type.cast(row)) : Optional.empty();
  }
}
