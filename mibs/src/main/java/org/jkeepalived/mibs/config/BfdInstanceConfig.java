package org.jkeepalived.mibs.config;

import java.net.InetAddress;
import java.time.Duration;

/**
 * A bfd_instance (RFC 5880 session parameters as keepalived names them). Defaults: min_rx and
 * min_tx 10 ms, idle_tx 1 s, multiplier 5, active, ttl 255, hoplimit 64, max_hops 0, weight 0;
 * notifications to both vrrp and checker unless one is chosen. {@code multihop} (keepalived 2.2.8's
 * keyword) makes the session RFC 5883 multihop, on UDP port 4784 instead of RFC 5881's 3784.
 * {@code auth} (a jkeepalived extension, null without) is RFC 5880 section 6.7 authentication.
 */
public record BfdInstanceConfig(
    String name,
    InetAddress neighbor,
    InetAddress source,
    Duration minRx,
    Duration minTx,
    Duration idleTx,
    int multiplier,
    boolean passive,
    int ttl,
    int hoplimit,
    int maxHops,
    int weight,
    boolean reverse,
    boolean toVrrp,
    boolean toChecker,
    boolean multihop,
    BfdAuthConfig auth) {

  /** A session without authentication. */
  public BfdInstanceConfig(String name, InetAddress neighbor, InetAddress source, Duration minRx,
      Duration minTx, Duration idleTx, int multiplier, boolean passive, int ttl, int hoplimit,
      int maxHops, int weight, boolean reverse, boolean toVrrp, boolean toChecker,
      boolean multihop) {
    this(name, neighbor, source, minRx, minTx, idleTx, multiplier, passive, ttl, hoplimit,
        maxHops, weight, reverse, toVrrp, toChecker, multihop, null);
  }

  /** A single hop session (keepalived 2.2.7 has no multihop). */
  public BfdInstanceConfig(String name, InetAddress neighbor, InetAddress source, Duration minRx,
      Duration minTx, Duration idleTx, int multiplier, boolean passive, int ttl, int hoplimit,
      int maxHops, int weight, boolean reverse, boolean toVrrp, boolean toChecker) {
    this(name, neighbor, source, minRx, minTx, idleTx, multiplier, passive, ttl, hoplimit,
        maxHops, weight, reverse, toVrrp, toChecker, false);
  }
}
