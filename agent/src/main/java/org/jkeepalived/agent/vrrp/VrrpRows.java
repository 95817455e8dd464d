package org.jkeepalived.agent.vrrp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;

/**
 * A minimal config loader for the VRRP engine: puts one vrrpInstanceTable config row per
 * vrrp_instance, indexed 1..n in file order (vrrpInstanceIndex), as one transaction; a reload
 * replaces the table's config part, so the store emits events only for instances that changed.
 * TODO(issue "config loader"): replace with the conf module's store loader when it lands.
 */
public final class VrrpRows {
  private VrrpRows() {}

  /** Makes the table's config rows those of {@code config}. */
  public static void apply(ObjectStore store, KeepalivedConfig config, Origin origin) {
    store.begin(origin).replaceConfigs(Tables.VRRP_INSTANCE, rows(config.vrrpInstances()))
        .commit();
  }

  static Map<Index, VrrpInstanceConfig> rows(List<VrrpInstanceConfig> instances) {
    Map<Index, VrrpInstanceConfig> rows = new LinkedHashMap<>();
    for (int i = 0; i < instances.size(); i++) {
      rows.put(Index.of(i + 1), instances.get(i));
    }
    return rows;
  }
}
