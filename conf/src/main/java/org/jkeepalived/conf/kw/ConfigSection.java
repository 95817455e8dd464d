package org.jkeepalived.conf.kw;

/**
 * A group of top-level blocks contributed to the parser from outside the core tables (the LVS
 * tables use this): its keywords go into the root table, and after all lines are read it may
 * correct and cross-check what it collected and store its result in the root builder.
 */
public interface ConfigSection {
  /** Adds this section's top-level keywords. */
  void install(KeywordTable.Builder<RootBuilder> root);

  /** Runs after parsing, before the VRRP checks; the default does nothing. */
  default void complete(RootBuilder root, ParseContext ctx) {}
}
