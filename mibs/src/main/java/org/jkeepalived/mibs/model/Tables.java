package org.jkeepalived.mibs.model;

import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.TableId;

/**
 * The store's tables, one per MIB table, named as the KEEPALIVED-MIB names them. A row's index is
 * the MIB table's index (e.g. vrrpInstanceIndex, 1-based in configuration order).
 */
public final class Tables {
  private Tables() {}

  /** vrrpInstanceTable: one row per vrrp_instance; config from keepalived.conf, state from VRRP. */
  public static final TableId<VrrpInstanceConfig, VrrpInstanceState> VRRP_INSTANCE =
      new TableId<>("vrrpInstanceTable", Domain.VRRP, VrrpInstanceConfig.class, VrrpInstanceState.class);

  /** vrrpSyncGroupTable: one row per vrrp_sync_group. */
  public static final TableId<VrrpSyncGroupConfig, VrrpSyncGroupState> VRRP_SYNC_GROUP =
      new TableId<>(
          "vrrpSyncGroupTable", Domain.VRRP, VrrpSyncGroupConfig.class, VrrpSyncGroupState.class);
}
