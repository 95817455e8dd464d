package org.jkeepalived.vrrp.filter;

import java.util.Objects;
import org.jkeepalived.mibs.config.GlobalDefs;

/**
 * keepalived's nftables settings for no_accept mode (global_defs {@code nftables [TABLE]},
 * {@code nftables_priority}, {@code nftables_counters}, {@code nftables_ifindex}).
 *
 * @param table the table name, in both the {@code ip} and {@code ip6} families
 * @param priority the input/output hook priority of the base chains (default -1: just before
 *     the {@code filter} priority, so the VIPs are dropped before other filter rules run)
 * @param counters whether every rule carries a {@code counter}
 * @param ifindex whether IPv6 link-local VIPs are always keyed by interface index
 */
public record NftSettings(String table, int priority, boolean counters, boolean ifindex) {
  /** keepalived's defaults: table {@code keepalived}, priority -1, no counters. */
  public static final NftSettings DEFAULTS = new NftSettings("keepalived", -1, false, false);

  public NftSettings {
    Objects.requireNonNull(table);
  }

  /** The settings of a global_defs; null or unset parts give keepalived's defaults. */
  public static NftSettings of(GlobalDefs global) {
    GlobalDefs.Firewall f = global == null ? null : global.firewall();
    if (f == null) {
      return DEFAULTS;
    }
    return new NftSettings(f.nftablesTable() == null ? DEFAULTS.table() : f.nftablesTable(),
        f.nftablesPriority(), f.nftablesCounters(), f.nftablesIfindex());
  }
}
