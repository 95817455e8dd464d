package org.jkeepalived.conf.kw.vrrp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.StaticConfig;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;

/** Static addresses, routes, rules, track groups, linkbeat and debounce settings while read. */
public final class StaticBuilder {
  public final List<VirtualAddress> addresses = new ArrayList<>();
  public final List<VirtualRoute> routes = new ArrayList<>();
  public final List<VirtualRule> rules = new ArrayList<>();
  public final Map<String, List<String>> trackGroups = new LinkedHashMap<>();
  public final Map<String, String> linkbeat = new LinkedHashMap<>();
  public final Map<String, StaticConfig.UpDownDelay> delays = new LinkedHashMap<>();

  public StaticConfig build() {
    return new StaticConfig(addresses, routes, rules, trackGroups, linkbeat, delays);
  }
}
