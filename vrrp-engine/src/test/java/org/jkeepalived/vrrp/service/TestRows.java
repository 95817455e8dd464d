package org.jkeepalived.vrrp.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.UnicastPeer;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;

/** vrrpInstanceTable config rows as the conf module would build them, for engine tests. */
final class TestRows {
  private TestRows() {}

  static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static VirtualAddress vip(String cidr) {
    String[] p = cidr.split("/");
    return new VirtualAddress(new IpPrefix(ip(p[0]), Integer.parseInt(p[1])), null, null, false,
        null, null, null, false, false, false, false, false, false, null, null);
  }

  static VrrpInstanceConfig.Behaviour behaviour(boolean preempt) {
    return new VrrpInstanceConfig.Behaviour(preempt, Duration.ZERO, false, false, false, false,
        false, 3, Duration.ZERO, false, false, false, null, false, 0, null);
  }

  static VrrpInstanceConfig.Transport multicast() {
    return new VrrpInstanceConfig.Transport(null, null, List.of(), 255, false, false, null, null,
        null);
  }

  static VrrpInstanceConfig.Transport unicast(InetAddress src, List<UnicastPeer> peers,
      boolean checkSrc) {
    return new VrrpInstanceConfig.Transport(src, null, peers, 255, false, checkSrc, null, null,
        null);
  }

  static VrrpInstanceConfig.Tracking tracking(boolean dontTrackPrimary) {
    return new VrrpInstanceConfig.Tracking(List.of(), List.of(), List.of(), List.of(), List.of(),
        dontTrackPrimary, false);
  }

  /** A v3 IPv4 instance VI_1 on eth0 with the given VIPs, 1 s adverts, defaults elsewhere. */
  static VrrpInstanceConfig v3(String name, int vrid, int priority, List<VirtualAddress> vips) {
    return row(name, vrid, priority, 3, false, Duration.ofSeconds(1), Authentication.NONE, vips,
        multicast(), GarpTimers.DEFAULTS, true, false);
  }

  static VrrpInstanceConfig row(String name, int vrid, int priority, int version, boolean ipv6,
      Duration interval, Authentication auth, List<VirtualAddress> vips,
      VrrpInstanceConfig.Transport transport, GarpTimers garp, boolean preempt,
      boolean dontTrackPrimary) {
    return new VrrpInstanceConfig(name, InitialState.BACKUP, "eth0", vrid, priority, interval,
        version, ipv6, auth, vips, List.of(), List.of(), List.of(), tracking(dontTrackPrimary),
        transport, null, behaviour(preempt), garp, null);
  }

  static VrrpInstanceConfig withPriority(VrrpInstanceConfig c, int priority) {
    return new VrrpInstanceConfig(c.name(), c.state(), c.interfaceName(), c.virtualRouterId(),
        priority, c.advertInterval(), c.version(), c.ipv6(), c.authentication(),
        c.virtualAddresses(), c.excludedAddresses(), c.virtualRoutes(), c.virtualRules(),
        c.tracking(), c.transport(), c.vmac(), c.behaviour(), c.garp(), c.notifyScripts());
  }

  static VrrpInstanceConfig withVips(VrrpInstanceConfig c, List<VirtualAddress> vips) {
    return new VrrpInstanceConfig(c.name(), c.state(), c.interfaceName(), c.virtualRouterId(),
        c.priority(), c.advertInterval(), c.version(), c.ipv6(), c.authentication(), vips,
        c.excludedAddresses(), c.virtualRoutes(), c.virtualRules(), c.tracking(), c.transport(),
        c.vmac(), c.behaviour(), c.garp(), c.notifyScripts());
  }

  /** {@code c} with other tracking. */
  static VrrpInstanceConfig withTracking(VrrpInstanceConfig c, VrrpInstanceConfig.Tracking t) {
    return new VrrpInstanceConfig(c.name(), c.state(), c.interfaceName(), c.virtualRouterId(),
        c.priority(), c.advertInterval(), c.version(), c.ipv6(), c.authentication(),
        c.virtualAddresses(), c.excludedAddresses(), c.virtualRoutes(), c.virtualRules(), t,
        c.transport(), c.vmac(), c.behaviour(), c.garp(), c.notifyScripts());
  }

  /** {@code c} on another interface. */
  static VrrpInstanceConfig onInterface(VrrpInstanceConfig c, String ifname) {
    return new VrrpInstanceConfig(c.name(), c.state(), ifname, c.virtualRouterId(),
        c.priority(), c.advertInterval(), c.version(), c.ipv6(), c.authentication(),
        c.virtualAddresses(), c.excludedAddresses(), c.virtualRoutes(), c.virtualRules(),
        c.tracking(), c.transport(), c.vmac(), c.behaviour(), c.garp(), c.notifyScripts());
  }

  /** Tracking of the primary interface plus the given references. */
  static VrrpInstanceConfig.Tracking tracks(List<TrackRef> interfaces, List<TrackRef> scripts,
      List<TrackRef> files) {
    return new VrrpInstanceConfig.Tracking(interfaces, scripts, files, List.of(), List.of(),
        false, false);
  }
}
