package org.jkeepalived.linux.rtnl;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jkeepalived.linux.ffi.LinuxConstants;

/**
 * One kernel route as rtnetlink carries it: the {@code struct rtmsg} fields and the RTA_*
 * attributes jkeepalived sets. Addresses and prefix lengths are the kernel's; {@code destination}
 * null with length 0 is the default route. {@code table} is the full 32-bit table id (ids above
 * 255 travel in RTA_TABLE). {@code priority} is the metric, null when not set. {@code metrics}
 * maps RTAX_* ids to values; {@code lockedMetrics} is the RTAX_LOCK bit mask.
 */
public record KernelRoute(
    int family,
    InetAddress destination,
    int destinationLength,
    InetAddress source,
    int sourceLength,
    int tos,
    int table,
    int protocol,
    int scope,
    int type,
    int flags,
    InetAddress gateway,
    int outputInterface,
    Integer priority,
    InetAddress preferredSource,
    List<NextHop> nextHops,
    Map<Integer, Long> metrics,
    int lockedMetrics) {
  public KernelRoute {
    nextHops = List.copyOf(nextHops);
    metrics = Map.copyOf(new TreeMap<>(metrics));
  }

  /** One RTA_MULTIPATH nexthop ({@code struct rtnexthop} plus its RTA_GATEWAY). */
  public record NextHop(InetAddress gateway, int ifindex, int weight, int flags) {
    public NextHop {
      if (weight < 1 || weight > 256) {
        throw new IllegalArgumentException("nexthop weight " + weight + " not in 1..256");
      }
    }
  }

  /** A unicast route to {@code destination/length} in the main table, nothing else set. */
  public static KernelRoute unicast(InetAddress destination, int length) {
    return new KernelRoute(AddressCodec.family(destination), destination, length, null, 0, 0,
        Rtnl.RT_TABLE_MAIN, Rtnl.RTPROT_KEEPALIVED, Rtnl.RT_SCOPE_UNIVERSE, Rtnl.RTN_UNICAST, 0,
        null, 0, null, null, List.of(), Map.of(), 0);
  }

  public KernelRoute withGateway(InetAddress via) {
    return new KernelRoute(family, destination, destinationLength, source, sourceLength, tos,
        table, protocol, scope, type, flags, via, outputInterface, priority, preferredSource,
        nextHops, metrics, lockedMetrics);
  }

  public KernelRoute withOutputInterface(int ifindex) {
    return new KernelRoute(family, destination, destinationLength, source, sourceLength, tos,
        table, protocol, scope, type, flags, gateway, ifindex, priority, preferredSource,
        nextHops, metrics, lockedMetrics);
  }

  public KernelRoute withTable(int id) {
    return new KernelRoute(family, destination, destinationLength, source, sourceLength, tos, id,
        protocol, scope, type, flags, gateway, outputInterface, priority, preferredSource,
        nextHops, metrics, lockedMetrics);
  }

  public KernelRoute withPriority(Integer metric) {
    return new KernelRoute(family, destination, destinationLength, source, sourceLength, tos,
        table, protocol, scope, type, flags, gateway, outputInterface, metric, preferredSource,
        nextHops, metrics, lockedMetrics);
  }

  /**
   * Whether {@code other} names the same kernel route: the kernel's key is family, table,
   * destination prefix, source prefix, tos and metric (priority).
   */
  public boolean sameKey(KernelRoute other) {
    return family == other.family && table == other.table
        && destinationLength == other.destinationLength
        && Objects.equals(destination, other.destination)
        && sourceLength == other.sourceLength && Objects.equals(source, other.source)
        && tos == other.tos && Objects.equals(priorityOrZero(), other.priorityOrZero());
  }

  /** The metric the kernel gives a route without one: 0 for IPv4, 1024 for IPv6. */
  private int priorityOrZero() {
    return priority != null ? priority : family == LinuxConstants.AF_INET6 ? 1024 : 0;
  }

  /** {@code dst/len} as {@code ip route} prints it ("default" for a zero-length prefix). */
  public String destinationText() {
    return destination == null || destinationLength == 0 && destination.isAnyLocalAddress()
        ? "default" : destination.getHostAddress() + "/" + destinationLength;
  }
}
