package org.jkeepalived.vrrp.service;

import java.util.Objects;
import org.jkeepalived.linux.neigh.GratuitousArpSender;
import org.jkeepalived.linux.neigh.UnsolicitedNaSender;
import org.jkeepalived.linux.rtnl.AddressManager;
import org.jkeepalived.linux.rtnl.LinkMonitor;
import org.jkeepalived.linux.sysctl.Sysctl;
import org.jkeepalived.vrrp.filter.Firewall;
import org.jkeepalived.vrrp.io.RawSocketProvider;
import org.jkeepalived.vrrp.track.TrackerPorts;

/**
 * The kernel ports the engine uses.
 *
 * @param trackers scripts, file watching and process events for vrrp_script, track_file and
 *     vrrp_track_process ({@link TrackerPorts#system} in production)
 */
public record EnginePorts(RawSocketProvider sockets, AddressManager addresses, LinkMonitor links,
    GratuitousArpSender arp, UnsolicitedNaSender na, TrackerPorts trackers, Firewall firewall,
    Sysctl sysctl) {
  public EnginePorts {
    Objects.requireNonNull(firewall);
    Objects.requireNonNull(sysctl);
    Objects.requireNonNull(sockets);
    Objects.requireNonNull(addresses);
    Objects.requireNonNull(links);
    Objects.requireNonNull(arp);
    Objects.requireNonNull(na);
    Objects.requireNonNull(trackers);
  }

  /** EnginePorts without a firewall (no_accept filters nothing) and without sysctl changes. */
  public EnginePorts(RawSocketProvider sockets, AddressManager addresses, LinkMonitor links,
      GratuitousArpSender arp, UnsolicitedNaSender na, TrackerPorts trackers) {
    this(sockets, addresses, links, arp, na, trackers, Firewall.NONE, Sysctl.NONE);
  }

  /** EnginePorts without trackers: scripts never report, files and processes never change. */
  public EnginePorts(RawSocketProvider sockets, AddressManager addresses, LinkMonitor links,
      GratuitousArpSender arp, UnsolicitedNaSender na) {
    this(sockets, addresses, links, arp, na, TrackerPorts.none());
  }
}
