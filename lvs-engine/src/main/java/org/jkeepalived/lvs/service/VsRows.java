package org.jkeepalived.lvs.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * What the store's rows give for one virtual server: its row, the group it names (null if none),
 * its real servers' rows in index order (the sorry server's row left out: the virtual server's
 * config carries it), and its name in keepalived's log lines.
 */
record VsRows(Index index, VirtualServerConfig config, VirtualServerGroup group,
    Map<Index, RealServerRow> realServers, String name) {

  /** Every virtual server in the snapshot, by the engine's key, in index order. */
  static Map<String, VsRows> read(StoreSnapshot snap) {
    Map<String, VirtualServerGroup> groups = new LinkedHashMap<>();
    snap.configs(Tables.VIRTUAL_SERVER_GROUP).values().forEach(g -> groups.put(g.name(), g));
    Map<Integer, Map<Index, RealServerRow>> rs = new LinkedHashMap<>();
    snap.configs(Tables.REAL_SERVER).forEach((i, r) -> {
      if (!r.sorry()) {
        rs.computeIfAbsent(i.get(0), k -> new LinkedHashMap<>()).put(i, r);
      }
    });
    Map<String, VsRows> out = new LinkedHashMap<>();
    snap.configs(Tables.VIRTUAL_SERVER).forEach((i, vs) -> {
      VirtualServerGroup g = vs.id() instanceof VirtualServiceId.Group n ? groups.get(n.name()) : null;
      out.putIfAbsent(LvsNames.key(vs),
          new VsRows(i, vs, g, rs.getOrDefault(i.get(0), Map.of()), LvsNames.vs(snap, i, vs)));
    });
    return out;
  }

  List<Map.Entry<Index, RealServerRow>> realServerList() {
    return List.copyOf(realServers.entrySet());
  }
}
