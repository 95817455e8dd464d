package org.jkeepalived.agent.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * One VRRP instance as the dumps show it: its config, its state (the initial state while the
 * engine has published none) and its sync group.
 */
public record InstanceView(VrrpInstanceConfig config, VrrpInstanceState state, String syncGroup) {

  /** Every configured instance of the snapshot, in index (configuration) order. */
  public static List<InstanceView> of(StoreSnapshot snapshot) {
    Map<Index, VrrpSyncGroupConfig> groups = snapshot.configs(Tables.VRRP_SYNC_GROUP);
    List<InstanceView> out = new ArrayList<>();
    for (Map.Entry<Index, VrrpInstanceConfig> e : snapshot.configs(Tables.VRRP_INSTANCE).entrySet()) {
      VrrpInstanceConfig cfg = e.getValue();
      VrrpInstanceState st = snapshot.state(Tables.VRRP_INSTANCE, e.getKey())
          .orElse(VrrpInstanceState.initial(cfg.priority()));
      String group = groups.values().stream()
          .filter(g -> g.members().contains(cfg.name()))
          .map(VrrpSyncGroupConfig::name)
          .findFirst().orElse(null);
      out.add(new InstanceView(cfg, st, group));
    }
    return out;
  }

  /** keepalived's internal state number (vrrp.h): INIT 0, BACKUP 1, MASTER 2, FAULT 3, DELETED 97, STOP 98. */
  public static int stateCode(VrrpState s) {
    return switch (s) {
      case INIT, UNKNOWN -> 0;
      case BACKUP -> 1;
      case MASTER -> 2;
      case FAULT -> 3;
      case DELETED -> 97;
      case SHUTDOWN -> 98;
    };
  }

  /** keepalived's state names in the data dump. */
  public static String stateName(VrrpState s) {
    return switch (s) {
      case INIT, UNKNOWN -> "INIT";
      case BACKUP -> "BACKUP";
      case MASTER -> "MASTER";
      case FAULT -> "FAULT";
      case DELETED -> "DELETED";
      case SHUTDOWN -> "STOP";
    };
  }

  /** A VIP as keepalived formats it ({@code format_ipaddress}), "set" when it is on the interface. */
  public static String vip(VirtualAddress a, String dev, boolean set) {
    StringBuilder sb = new StringBuilder(a.address().toString());
    if (a.broadcast() != null) {
      sb.append(" brd ").append(a.broadcast().getHostAddress());
    }
    sb.append(" dev ").append(a.dev() != null ? a.dev() : dev);
    sb.append(" scope ").append(a.scope() != null ? a.scope() : "global");
    if (a.label() != null) {
      sb.append(" label ").append(a.label());
    }
    if (set) {
      sb.append(" set");
    }
    return sb.toString();
  }
}
