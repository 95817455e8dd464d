package org.jkeepalived.conf.kw.vrrp;

import java.net.InetAddress;
import java.time.Duration;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.mibs.config.BfdInstanceConfig;

/** A bfd_instance while read, with keepalived's defaults. */
public final class BfdBuilder {
  public final String name;
  public final Location location;
  /** Where the block closes; keepalived reports a missing neighbor there. */
  public Location end;
  public InetAddress neighbor;
  public InetAddress source;
  public Duration minRx = Duration.ofMillis(10);
  public Duration minTx = Duration.ofMillis(10);
  public Duration idleTx = Duration.ofSeconds(1);
  public int multiplier = 5;
  public boolean passive;
  public int ttl = 255;
  public int hoplimit = 64;
  public int maxHops;
  public int weight;
  public boolean reverse;
  public boolean toVrrp;
  public boolean toChecker;
  /** keepalived 2.2.8's multihop: RFC 5883, UDP 4784. */
  public boolean multihop;
  /** jkeepalived's authentication extension, null without. */
  public org.jkeepalived.mibs.config.BfdAuthConfig auth;

  public BfdBuilder(String name, Location location) {
    this.name = name;
    this.location = location;
  }

  /** keepalived's ttl / hoplimit keyword: one value, whichever family the neighbor has. */
  public void hops(int v) {
    ttl = v;
    hoplimit = v;
  }

  /** The TTL or Hop Limit the session sends with, by the neighbor's family. */
  public int sendHops() {
    return neighbor instanceof java.net.Inet6Address ? hoplimit : ttl;
  }

  public BfdInstanceConfig build() {
    boolean both = !toVrrp && !toChecker;
    return new BfdInstanceConfig(
        name, neighbor, source, minRx, minTx, idleTx, multiplier, passive, ttl, hoplimit,
        maxHops, weight, reverse, both || toVrrp, both || toChecker, multihop, auth);
  }
}
