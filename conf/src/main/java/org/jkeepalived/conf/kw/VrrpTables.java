package org.jkeepalived.conf.kw;

/** Installs the VRRP-side top-level blocks into the root table. */
final class VrrpTables {
  private VrrpTables() {}

  static void install(KeywordTable.Builder<RootBuilder> t) {}
}
