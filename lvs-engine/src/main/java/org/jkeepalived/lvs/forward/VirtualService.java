package org.jkeepalived.lvs.forward;

import io.netty.channel.Channel;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.lvs.forward.sched.Flow;
import org.jkeepalived.lvs.forward.sched.IpvsScheduler;
import org.jkeepalived.lvs.forward.sched.Schedulers;

/**
 * One virtual server: its destinations in the order they were added (the kernel's list order,
 * which rr and the tie-breaks of the other schedulers follow), its scheduler, its persistence
 * templates and its counters. The decision for a new connection ({@link #schedule}) and every
 * change of the pool happen under this object's lock: the control thread and the forwarding
 * threads both come here.
 */
final class VirtualService {
  private final LongSupplier nanos;
  private final Traffic traffic = new Traffic();
  private final Set<Channel> channels = ConcurrentHashMap.newKeySet();
  private final List<RealServer> dests = new ArrayList<>();
  private IpvsService settings;
  private IpvsScheduler scheduler;
  private Persistence<RealServer> persistence;
  private volatile ProxyProtocol proxyProtocol = ProxyProtocol.NONE;
  private Frontend frontend;

  VirtualService(IpvsService settings, LongSupplier nanos) {
    this.nanos = nanos;
    this.settings = settings.withoutStats();
    this.scheduler = Schedulers.create(settings.scheduler(), settings.flags(), nanos);
    this.persistence = persistenceOf(settings);
  }

  private static Persistence<RealServer> persistenceOf(IpvsService s) {
    if ((s.flags() & IpvsService.F_PERSISTENT) == 0) {
      return null;
    }
    boolean v6 = s.key().family() == IpvsServiceKey.AF_INET6;
    return new Persistence<>(s.timeoutSeconds(), s.netmask(), v6);
  }

  synchronized IpvsService settings() {
    return settings;
  }

  /** IPVS_CMD_SET_SERVICE: a new scheduler only if its name or flags changed (as the kernel). */
  synchronized void edit(IpvsService s) {
    IpvsService next = s.withoutStats();
    if (!next.scheduler().equals(settings.scheduler()) || next.flags() != settings.flags()) {
      scheduler = Schedulers.create(next.scheduler(), next.flags(), nanos);
      scheduler.destsChanged(dests);
    }
    if (next.flags() != settings.flags()
        || next.timeoutSeconds() != settings.timeoutSeconds()
        || next.netmask() != settings.netmask()) {
      persistence = persistenceOf(next);
    }
    settings = next;
  }

  Traffic traffic() {
    return traffic;
  }

  /** Client channels (TCP) and flow channels (UDP) of this service. */
  Set<Channel> channels() {
    return channels;
  }

  ProxyProtocol proxyProtocol() {
    return proxyProtocol;
  }

  void proxyProtocol(ProxyProtocol p) {
    this.proxyProtocol = p;
  }

  synchronized void frontend(Frontend f) {
    this.frontend = f;
  }

  synchronized Frontend frontend() {
    return frontend;
  }

  /**
   * The destination of a new connection, bound to it (gauges, counters, persistence), or empty
   * when none is available and the client is to be refused.
   */
  synchronized Optional<RealServer> schedule(Flow flow) {
    long now = nanos.getAsLong();
    Optional<RealServer> chosen = Optional.empty();
    if (persistence != null) {
      chosen = persistence.lookup(flow.client(), now, dests::contains);
    }
    if (chosen.isEmpty()) {
      chosen = scheduler.pick(dests, flow).map(RealServer.class::cast);
    }
    chosen.ifPresent(rs -> {
      if (persistence != null) {
        persistence.bind(flow.client(), rs, now);
      }
      rs.bind();
      rs.traffic().connection();
      traffic.connection();
    });
    return chosen;
  }

  /** A scheduled connection or flow ended. */
  synchronized void release(RealServer rs, InetAddress client, boolean wasActive) {
    rs.unbind(wasActive);
    if (persistence != null) {
      persistence.release(client, nanos.getAsLong());
    }
  }

  synchronized Optional<RealServer> find(IpvsDestKey key) {
    return dests.stream().filter(d -> d.key().equals(key)).findFirst();
  }

  synchronized void add(RealServer rs) {
    dests.add(rs);
    scheduler.destsChanged(dests);
  }

  synchronized void update(RealServer rs, IpvsDestination settings) {
    rs.update(settings);
    scheduler.destsChanged(dests);
  }

  /** Takes {@code rs} out of scheduling; its connections are left to drain. */
  synchronized void remove(RealServer rs) {
    dests.remove(rs);
    scheduler.destsChanged(dests);
    if (persistence != null) {
      persistence.expire(nanos.getAsLong(), d -> d == rs);
    }
  }

  synchronized List<RealServer> dests() {
    return List.copyOf(dests);
  }

  /** Every 2 seconds: rates, and expired persistence templates. */
  synchronized void tick() {
    traffic.tick();
    dests.forEach(d -> d.traffic().tick());
    if (persistence != null) {
      persistence.expire(nanos.getAsLong(), d -> !dests.contains(d));
    }
  }

  /** As IPVS_CMD_GET_SERVICE dumps it (the kernel sets IP_VS_SVC_F_HASHED on live services). */
  synchronized IpvsService dump() {
    IpvsService s = settings;
    return new IpvsService(s.key(), s.scheduler(), s.flags() | IpvsService.F_HASHED,
        s.timeoutSeconds(), s.netmask(), s.persistenceEngine(), traffic.snapshot());
  }

  synchronized List<IpvsDestination> dumpDests() {
    List<IpvsDestination> out = new ArrayList<>(dests.size());
    for (RealServer d : dests) {
      out.add(d.dump(persistence == null ? 0 : persistence.templates(d)));
    }
    return out;
  }
}
