package org.jkeepalived.mibs.store;

/**
 * One real change to one half of one row. {@code before} is null for an added row, {@code after}
 * null for a removed one; the store never emits an event whose before equals its after.
 */
public record StoreEvent(
    TableId<?, ?> table, Index index, Part part, Object before, Object after, Origin origin) {

  public boolean isAdded() {
    return before == null;
  }

  public boolean isRemoved() {
    return after == null;
  }
}
