package org.jkeepalived.mibs.store;

import java.util.Objects;

/**
 * Names one table of the store: its MIB table name, its event domain, and the record types of its
 * config part (operator intent) and its state part (what the owning engine observed). A table
 * without a state part uses {@code Void}.
 *
 * @param <C> config row type
 * @param <S> state row type
 */
public final class TableId<C, S> {
  private final String name;
  private final Domain domain;
  private final Class<C> configType;
  private final Class<S> stateType;

  public TableId(String name, Domain domain, Class<C> configType, Class<S> stateType) {
    this.name = Objects.requireNonNull(name);
    this.domain = Objects.requireNonNull(domain);
    this.configType = Objects.requireNonNull(configType);
    this.stateType = Objects.requireNonNull(stateType);
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

  @Override
  public String toString() {
    return name;
  }
}
