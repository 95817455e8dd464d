package org.jkeepalived.mibs.store;

import java.util.Objects;

/**
 * Names one table of the store: its MIB table name, its event domain, and the record types of its
 * config part (operator intent) and its state part (what the owning engine observed). A table
 * without a state part uses {@code Void}.
 *
 * <p>A <em>view</em> table ({@link #view}) stores only its config part: its state part is computed
 * in every snapshot from that snapshot (each config row's state read from the table it derives
 * from), so it can never disagree with its source and costs no commit of its own. Transactions
 * refuse to write a view's state, and a view's state emits no events: listeners follow the source
 * table's events.
 *
 * @param <C> config row type
 * @param <S> state row type
 */
public final class TableId<C, S> {
  private final String name;
  private final Domain domain;
  private final Class<C> configType;
  private final Class<S> stateType;
  private final StateView<C, S> stateView;

  /**
   * Computes the state part of one row of a view table from its config row and the snapshot it is
   * read from. Must be a pure function of those two (it may run several times per snapshot).
   */
  @FunctionalInterface
  public interface StateView<C, S> {
    /** The row's state, or null when it has none. */
    S state(StoreSnapshot snapshot, Index index, C config);
  }

  public TableId(String name, Domain domain, Class<C> configType, Class<S> stateType) {
    this(name, domain, configType, stateType, null);
  }

  private TableId(
      String name, Domain domain, Class<C> configType, Class<S> stateType, StateView<C, S> view) {
    this.name = Objects.requireNonNull(name);
    this.domain = Objects.requireNonNull(domain);
    this.configType = Objects.requireNonNull(configType);
    this.stateType = Objects.requireNonNull(stateType);
    this.stateView = view;
  }

  /** A view table: config rows stored, state computed by {@code stateView} when read. */
  public static <C, S> TableId<C, S> view(
      String name, Domain domain, Class<C> configType, Class<S> stateType,
      StateView<C, S> stateView) {
    if (stateType == Void.class) {
      throw new IllegalArgumentException(name + ": a view computes a state part, it needs a type");
    }
    return new TableId<>(name, domain, configType, stateType, Objects.requireNonNull(stateView));
  }

  /** The MIB table name, e.g. {@code vrrpInstanceTable}. */
  public String name() {
    return name;
  }

  public Domain domain() {
    return domain;
  }

  public Class<C> configType() {
    return configType;
  }

  public Class<S> stateType() {
    return stateType;
  }

  /** Whether this is a view table, whose state part is computed rather than stored. */
  public boolean isView() {
    return stateView != null;
  }

  /** How a view table computes its state; null for a stored table. */
  StateView<C, S> stateView() {
    return stateView;
  }

  @Override
  public String toString() {
    return name;
  }
}
