package org.jkeepalived.mibs.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Host-wide network state keepalived sets up regardless of VRRP state: static addresses, routes
 * and rules, track groups, linkbeat polling and interface up/down debounce delays.
 */
public record StaticConfig(
    List<VirtualAddress> addresses,
    List<VirtualRoute> routes,
    List<VirtualRule> rules,
    Map<String, List<String>> trackGroups,
    Map<String, String> linkbeatInterfaces,
    Map<String, UpDownDelay> interfaceDelays) {
  public StaticConfig {
    addresses = List.copyOf(addresses);
    routes = List.copyOf(routes);
    rules = List.copyOf(rules);
    trackGroups = Map.copyOf(trackGroups);
    linkbeatInterfaces = Map.copyOf(linkbeatInterfaces);
    interfaceDelays = Map.copyOf(interfaceDelays);
  }

  /** Debounce delays before an interface change affects VRRP. */
  public record UpDownDelay(Duration down, Duration up) {}
}
