package org.jkeepalived.lvs.service;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.lvs.ipvs.IpvsTranslation;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.SorryServer;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.store.Index;

/**
 * One virtual server as the engine runs it: its kernel services, its real servers, its quorum,
 * and what the engine has programmed into each service. The pool IPVS should hold follows from
 * that state alone ({@link #pool()}); {@link #syncKernel} makes the kernel match it with the
 * fewest changes, so a reload that changes nothing touches nothing, a changed weight is one
 * SET_DEST, and keepalived's command sequences (remove the failed server, then add the sorry
 * server; remove the sorry server, then add the live servers) come out as deletes before adds.
 * Runs on the engine's loop only.
 */
final class VirtualServerRuntime {
  /** keepalived gives the sorry server weight 1 (check_data.c alloc of the sorry server). */
  static final int SORRY_WEIGHT = 1;

  /** One destination the pool should hold, before it is placed in a service. */
  record Member(InetAddress address, int port, Forwarding forwarding, int weight, long upper,
      long lower) {}

  private final String key;
  private Index index;
  private VirtualServerConfig config;
  private VirtualServerGroup group;
  private List<IpvsService> services = List.of();
  private final Map<String, RealServerRuntime> realServers = new LinkedHashMap<>();
  private final Map<IpvsServiceKey, Map<IpvsDestKey, IpvsDestination>> programmed =
      new LinkedHashMap<>();
  private boolean quorumUp;
  private boolean shutdown;
  private IpvsStats stats = IpvsStats.ZERO;
  private String name;

  VirtualServerRuntime(String key, Index index, VirtualServerConfig config,
      VirtualServerGroup group, String name) {
    this.key = key;
    this.name = name;
    this.index = index;
    this.config = config;
    this.group = group;
    this.services = IpvsTranslation.services(config, group);
  }

  String key() {
    return key;
  }

  /** keepalived's FMT_VS of this virtual server. */
  String name() {
    return name;
  }

  Index index() {
    return index;
  }

  VirtualServerConfig config() {
    return config;
  }

  VirtualServerGroup group() {
    return group;
  }

  List<IpvsService> services() {
    return services;
  }

  Map<String, RealServerRuntime> realServers() {
    return realServers;
  }

  Collection<IpvsDestination> programmed(IpvsServiceKey service) {
    return programmed.getOrDefault(service, Map.of()).values();
  }

  boolean quorumUp() {
    return quorumUp;
  }

  void quorumUp(boolean up) {
    quorumUp = up;
  }

  void shutdown() {
    shutdown = true;
  }

  void stats(IpvsStats s) {
    stats = s;
  }

  /** The new configuration of this key: the services it now wants. */
  void reconfigure(Index newIndex, VirtualServerConfig next, VirtualServerGroup nextGroup,
      String nextName) {
    index = newIndex;
    name = nextName;
    config = next;
    group = nextGroup;
    services = IpvsTranslation.services(next, nextGroup);
  }

  /** The weights of the live real servers (keepalived's weigh_live_realservers). */
  long weightSum() {
    long sum = 0;
    for (RealServerRuntime rs : realServers.values()) {
      if (rs.alive()) {
        sum += rs.effectiveWeight();
      }
    }
    return sum;
  }

  int realServersUp() {
    return (int) realServers.values().stream().filter(RealServerRuntime::alive).count();
  }

  /** Whether the sorry server stands in for the real servers (quorum lost). */
  boolean sorryActive() {
    return config.sorryServer() != null && !quorumUp;
  }

  /**
   * What IPVS should hold now (check/ipwrapper.c): a live real server at its effective weight,
   * a dead one not at all, or at weight 0 with inhibit_on_failure; while the sorry server stands
   * in, only it (and the inhibited servers at 0); an inhibited sorry server stays at 0 when not
   * needed (sorry_server_inhibit).
   */
  List<Member> pool() {
    List<Member> out = new ArrayList<>();
    boolean sorry = sorryActive();
    for (RealServerRuntime rs : realServers.values()) {
      int weight;
      if (!sorry && rs.alive()) {
        weight = rs.effectiveWeight();
      } else if (rs.inhibit()) {
        weight = 0;
      } else {
        continue;
      }
      var c = rs.row().config();
      out.add(new Member(rs.row().address(), rs.row().port(), rs.row().forwarding(), weight,
          c.upperThreshold(), c.lowerThreshold()));
    }
    SorryServer s = config.sorryServer();
    if (s != null && (sorry || s.inhibit())) {
      out.add(new Member(s.address(), sorryPort(), s.forwarding(), sorry ? SORRY_WEIGHT : 0, 0, 0));
    }
    return out;
  }

  private int sorryPort() {
    SorryServer s = config.sorryServer();
    if (s.port() != 0) {
      return s.port();
    }
    return config.id() instanceof VirtualServiceId.Address a ? a.port() : 0;
  }

  /**
   * Takes over what a failed engine of this daemon left in the kernel (a restart keeps the
   * table, as a reload does): each of this virtual server's services the kernel holds is
   * programmed already, edited only if its settings differ, and its destinations count as
   * programmed, so that {@link #syncKernel} changes only what differs (a real server removed
   * from the file while the engine was down goes). Services the file does not name are not this
   * engine's and stay.
   */
  void adopt(Map<IpvsServiceKey, IpvsService> kernel, IpvsWriter w) {
    for (IpvsService s : services) {
      IpvsService have = kernel.get(s.key());
      if (have == null || programmed.containsKey(s.key())) {
        continue;
      }
      if (!have.withoutStats().equals(s.withoutStats())) {
        w.editService(s, IpvsWriter.IGNORE);
      }
      Map<IpvsDestKey, IpvsDestination> mine = new LinkedHashMap<>();
      for (IpvsDestination d : w.destinations(s.key())) {
        mine.put(d.key(), d.withoutStats());
      }
      programmed.put(s.key(), mine);
    }
  }

  /**
   * Adds the services the kernel does not have from this engine yet. A service counts as
   * programmed from now, so that {@link #syncKernel} queues its destinations behind it in the
   * writer's batch; it is forgotten again if the kernel refuses it (and the writer then does not
   * send those destinations).
   */
  void addServices(IpvsWriter w) {
    for (IpvsService s : services) {
      if (!programmed.containsKey(s.key())) {
        Map<IpvsDestKey, IpvsDestination> mine = new LinkedHashMap<>();
        programmed.put(s.key(), mine);
        w.addService(s, done -> {
          if (done) {
            w.proxyProtocol(s.key(), config.proxyProtocol(), name);
          } else {
            programmed.remove(s.key(), mine);
          }
        });
      }
    }
  }

  /**
   * After a reconfiguration (the first pass of a reload): deletes the services no longer
   * wanted, edits those whose scheduler, flags or persistence changed; the second pass adds the
   * new ones ({@link #addServices}).
   */
  void resyncServices(List<IpvsService> before, IpvsWriter w) {
    Map<IpvsServiceKey, IpvsService> now = new LinkedHashMap<>();
    services.forEach(s -> now.put(s.key(), s));
    for (IpvsService old : before) {
      IpvsService next = now.get(old.key());
      if (next == null) {
        w.deleteService(old.key(), IpvsWriter.IGNORE);
        programmed.remove(old.key());
      } else if (programmed.containsKey(old.key())) {
        if (!next.equals(old)) {
          w.editService(next, IpvsWriter.IGNORE);
        }
        w.proxyProtocol(old.key(), config.proxyProtocol(), name);
      }
    }
  }

  /** Makes every service's destinations match {@link #pool()}: deletes, then adds and edits. */
  void syncKernel(IpvsWriter w) {
    syncKernel(w, true);
  }

  /**
   * The first pass of a reload (keepalived's clear_diff_rs): per service, in the order the
   * destinations were programmed, deletes those no longer wanted and edits the changed ones;
   * the new ones are added by the second pass ({@link #syncKernel(IpvsWriter)}).
   */
  void trimKernel(IpvsWriter w) {
    syncKernel(w, false);
  }

  private void syncKernel(IpvsWriter w, boolean add) {
    List<Member> pool = pool();
    for (IpvsService s : services) {
      Map<IpvsDestKey, IpvsDestination> have = programmed.get(s.key());
      if (have == null) {
        continue; // the service could not be added
      }
      Map<IpvsDestKey, IpvsDestination> want = new LinkedHashMap<>();
      for (Member m : pool) {
        IpvsDestination d = IpvsTranslation.destination(s.key(), m.address(), m.port(),
            m.forwarding(), m.weight(), m.upper(), m.lower());
        want.putIfAbsent(d.key(), d);
      }
      if (!add) {
        for (IpvsDestKey k : List.copyOf(have.keySet())) {
          IpvsDestination d = want.get(k);
          if (d == null) {
            w.deleteDestination(s.key(), k, removed(have, k));
          } else if (!have.get(k).equals(d)) {
            w.editDestination(s.key(), d, programmed(have, d));
          }
        }
        continue;
      }
      for (IpvsDestKey k : List.copyOf(have.keySet())) {
        if (!want.containsKey(k)) {
          w.deleteDestination(s.key(), k, removed(have, k));
        }
      }
      for (IpvsDestination d : want.values()) {
        IpvsDestination current = have.get(d.key());
        if (current == null) {
          w.addDestination(s.key(), d, programmed(have, d));
        } else if (!current.equals(d)) {
          w.editDestination(s.key(), d, programmed(have, d));
        }
      }
    }
  }

  /** Records a destination as programmed once the kernel took it. */
  private static Consumer<Boolean> programmed(Map<IpvsDestKey, IpvsDestination> have,
      IpvsDestination d) {
    return done -> {
      if (done) {
        have.put(d.key(), d);
      }
    };
  }

  /** Forgets a destination once the kernel removed it. */
  private static Consumer<Boolean> removed(Map<IpvsDestKey, IpvsDestination> have,
      IpvsDestKey k) {
    return done -> {
      if (done) {
        have.remove(k);
      }
    };
  }

  /** Removes every destination, then every service (keepalived's clear_service_vs). */
  void clear(IpvsWriter w, boolean destinationsFirst) {
    for (IpvsService s : services) {
      Map<IpvsDestKey, IpvsDestination> have = programmed.remove(s.key());
      if (have == null) {
        continue;
      }
      if (destinationsFirst) {
        have.keySet().forEach(k -> w.deleteDestination(s.key(), k, IpvsWriter.IGNORE));
      }
      w.deleteService(s.key(), IpvsWriter.IGNORE);
    }
  }

  /** Forgets what was programmed (after a flush). */
  void forgetKernel() {
    programmed.clear();
  }

  VirtualServerState state() {
    QuorumStatus q = shutdown ? QuorumStatus.SHUTDOWN
        : quorumUp ? QuorumStatus.MET : QuorumStatus.NOT_MET;
    return new VirtualServerState(q, realServersUp(), realServers.size(), stats);
  }
}
