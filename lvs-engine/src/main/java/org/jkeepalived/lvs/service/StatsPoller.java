package org.jkeepalived.lvs.service;

import java.util.HashMap;
import java.util.Map;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.lvs.ipvs.IpvsTranslation;
import org.jkeepalived.mibs.model.IpvsStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the kernel's IPVS counters into the running virtual and real servers: one service dump,
 * then one destination dump per service of ours. A virtual server's counters are the sum of its
 * services' (a group has several); a real server's the sum of its destination in each. keepalived
 * reads them when an SNMP request asks (ipvs_vs_update_stats); the engine polls instead, so that
 * a walk is a snapshot of the store.
 */
final class StatsPoller {
  private static final Logger LOG = LoggerFactory.getLogger(StatsPoller.class);

  private final IpvsControl ipvs;

  StatsPoller(IpvsControl ipvs) {
    this.ipvs = ipvs;
  }

  /** Updates the counters of {@code servers}; returns false when the kernel could not be read. */
  boolean poll(Iterable<VirtualServerRuntime> servers) {
    Map<IpvsServiceKey, IpvsCounters> services = new HashMap<>();
    try {
      for (IpvsService s : ipvs.services()) {
        services.put(s.key(), s.stats());
      }
      for (VirtualServerRuntime vs : servers) {
        poll(vs, services);
      }
      return true;
    } catch (IpvsException e) {
      LOG.debug("reading IPVS statistics failed: {}", e.getMessage());
      return false;
    }
  }

  private void poll(VirtualServerRuntime vs, Map<IpvsServiceKey, IpvsCounters> services)
      throws IpvsException {
    IpvsStats total = IpvsStats.ZERO;
    Map<String, IpvsStats> rsStats = new HashMap<>();
    for (IpvsService s : vs.services()) {
      IpvsCounters c = services.get(s.key());
      if (c == null) {
        continue;
      }
      total = add(total, c, 0, 0, 0);
      Map<IpvsDestKey, IpvsDestination> dests = new HashMap<>();
      for (IpvsDestination d : ipvs.destinations(s.key())) {
        dests.put(d.key(), d);
      }
      for (RealServerRuntime rs : vs.realServers().values()) {
        IpvsDestination d = dests.get(IpvsTranslation.destination(s.key(), rs.row().address(),
            rs.row().port(), rs.row().forwarding(), 0, 0, 0).key());
        if (d != null) {
          rsStats.merge(rs.key(), add(IpvsStats.ZERO, d.stats(), d.activeConns(),
              d.inactiveConns(), d.persistentConns()), StatsPoller::sum);
        }
      }
    }
    vs.stats(total);
    for (RealServerRuntime rs : vs.realServers().values()) {
      rs.stats(rsStats.getOrDefault(rs.key(), IpvsStats.ZERO));
    }
  }

  private static IpvsStats add(IpvsStats a, IpvsCounters c, long active, long inactive,
      long persistent) {
    return sum(a, new IpvsStats(c.conns(), active, inactive, persistent, c.inPkts(), c.outPkts(),
        c.inBytes(), c.outBytes(), c.cps(), c.inPps(), c.outPps(), c.inBps(), c.outBps()));
  }

  static IpvsStats sum(IpvsStats a, IpvsStats b) {
    return new IpvsStats(a.conns() + b.conns(), a.activeConns() + b.activeConns(),
        a.inactiveConns() + b.inactiveConns(), a.persistentConns() + b.persistentConns(),
        a.inPkts() + b.inPkts(), a.outPkts() + b.outPkts(), a.inBytes() + b.inBytes(),
        a.outBytes() + b.outBytes(), a.cps() + b.cps(), a.inPps() + b.inPps(),
        a.outPps() + b.outPps(), a.inBps() + b.inBps(), a.outBps() + b.outBps());
  }

}
