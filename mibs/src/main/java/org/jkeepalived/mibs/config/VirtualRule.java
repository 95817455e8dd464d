package org.jkeepalived.mibs.config;

import java.util.Map;

/**
 * A virtual or static policy routing rule in keepalived's {@code ip rule} grammar. {@code action}
 * is "table" (the default, with {@code table}), "goto", or a rule type such as "blackhole";
 * rarely used selectors are kept by name in {@code options}.
 */
public record VirtualRule(
    boolean inet6,
    boolean not,
    IpPrefix from,
    IpPrefix to,
    Integer preference,
    String action,
    Integer table,
    Integer gotoTarget,
    String iif,
    String oif,
    Long fwmark,
    Long fwmask,
    Integer tos,
    boolean noTrack,
    String trackGroup,
    Map<String, String> options) {
  public VirtualRule {
    options = Map.copyOf(options);
  }
}
