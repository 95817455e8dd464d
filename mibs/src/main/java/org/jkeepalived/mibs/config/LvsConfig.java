package org.jkeepalived.mibs.config;

import java.util.List;
import org.jkeepalived.mibs.config.lvs.SslConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;

/**
 * The LVS part of the configuration, after keepalived's corrections: virtual server groups and
 * virtual servers in file order, and the SSL block (null when absent). The VRRP side never reads
 * it.
 */
public record LvsConfig(
    List<VirtualServerGroup> groups, List<VirtualServerConfig> virtualServers, SslConfig ssl) {
  public static final LvsConfig EMPTY = new LvsConfig(List.of(), List.of(), null);

  public LvsConfig {
    groups = List.copyOf(groups);
    virtualServers = List.copyOf(virtualServers);
  }

  /** The group of this name, or null. */
  public VirtualServerGroup group(String name) {
    for (VirtualServerGroup g : groups) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    return null;
  }
}
