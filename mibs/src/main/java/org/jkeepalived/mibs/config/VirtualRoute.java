package org.jkeepalived.mibs.config;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * A virtual or static route in keepalived's {@code ip route} grammar: type, destination, source,
 * gateway or nexthops, device and the commonly used attributes; the remaining route metrics
 * (mtu, advmss, rtt, ... as {@code ip route} names them) are kept by name with their text value.
 */
public record VirtualRoute(
    String type,
    IpPrefix destination,
    IpPrefix source,
    InetAddress preferredSource,
    InetAddress via,
    String dev,
    List<NextHop> nextHops,
    Integer table,
    Integer metric,
    String scope,
    String protocol,
    Integer tos,
    boolean onlink,
    boolean append,
    boolean noTrack,
    String trackGroup,
    Map<String, String> metrics) {
  public VirtualRoute {
    nextHops = List.copyOf(nextHops);
    metrics = Map.copyOf(metrics);
  }

  /** A multipath nexthop. */
  public record NextHop(InetAddress via, String dev, Integer weight, boolean onlink) {}
}
