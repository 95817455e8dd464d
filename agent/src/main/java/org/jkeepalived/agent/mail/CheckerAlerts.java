package org.jkeepalived.agent.mail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jkeepalived.lvs.service.LvsNames;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreListener;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * keepalived's checker and quorum mails: a listener on the CHECK domain turns the LVS engine's
 * real and virtual server states into alerts ({@link CheckerAlertPlanner}) and hands them on
 * (to the {@link SmtpSender}, which sends off this thread). Runs on the CHECK dispatch loop only,
 * apart from the VRRP alerts' loop.
 *
 * <p>A reload that removes a live real server mails {@code => Removing <=}: the reload's
 * transaction deletes the server's rows (or gives its index to another server), so the listener
 * keeps the rows and the last state it saw of each real server, seeded from the store when it
 * starts, and mails from those.
 */
final class CheckerAlerts implements StoreListener {
  private final ObjectStore store;
  private final boolean noCheckerEmails;
  private final String routerId;
  private final Consumer<SmtpAlert> out;
  private final CheckerAlertPlanner planner = new CheckerAlertPlanner();
  private final Map<Index, VirtualServerConfig> virtualServers = new HashMap<>();
  private final Map<Index, RealServerRow> realServers = new HashMap<>();
  private final Map<Index, RealServerState> lastStates = new HashMap<>();
  /** Indexes a reload gave to another server: their next state starts afresh. */
  private final Set<Index> replaced = new HashSet<>();

  CheckerAlerts(ObjectStore store, boolean noCheckerEmails, String routerId,
      Consumer<SmtpAlert> out) {
    this.store = store;
    this.noCheckerEmails = noCheckerEmails;
    this.routerId = routerId;
    this.out = out;
    StoreSnapshot snap = store.snapshot();
    virtualServers.putAll(snap.configs(Tables.VIRTUAL_SERVER));
    realServers.putAll(snap.configs(Tables.REAL_SERVER));
    lastStates.putAll(snap.states(Tables.REAL_SERVER));
  }

  @Override
  public void onEvents(List<StoreEvent> events) {
    StoreSnapshot snap = null;
    for (StoreEvent e : events) {
      if (e.part() == Part.CONFIG) {
        remember(e);
        continue;
      }
      if (!(e.is(Tables.REAL_SERVER) || e.is(Tables.VIRTUAL_SERVER))) {
        continue;
      }
      snap = snap != null ? snap : store.snapshot();
      Index vsIndex = Index.of(e.index().get(0));
      VirtualServerConfig vs = snap.config(Tables.VIRTUAL_SERVER, vsIndex)
          .orElse(virtualServers.get(vsIndex));
      if (vs == null) {
        continue;
      }
      String vsName = LvsNames.vs(snap, vsIndex, vs);
      if (e.is(Tables.REAL_SERVER)) {
        realServer(e, snap, vsIndex, vs, vsName);
      } else {
        planner.virtualServer(vs, vsName, e.stateBefore(Tables.VIRTUAL_SERVER).orElse(null),
            e.stateAfter(Tables.VIRTUAL_SERVER).orElse(null), liveWeight(snap, vsIndex), routerId)
            .ifPresent(out);
      }
    }
  }

  private void realServer(StoreEvent e, StoreSnapshot snap, Index vsIndex,
      VirtualServerConfig vs, String vsName) {
    RealServerRow rs = realServers.get(e.index());
    RealServerState before = replaced.remove(e.index()) ? null
        : e.stateBefore(Tables.REAL_SERVER).orElse(null);
    RealServerState after = e.stateAfter(Tables.REAL_SERVER).orElse(null);
    if (rs == null) {
      return;
    }
    if (after == null) { // the reload's transaction removed the row
      lastStates.remove(e.index());
      if (!snap.config(Tables.REAL_SERVER, e.index()).isPresent()) {
        realServers.remove(e.index());
        planner.removed(vsName, rs, LvsNames.rs(vs, rs.address(), rs.port()), before, routerId)
            .ifPresent(out);
      }
      return;
    }
    lastStates.put(e.index(), after);
    boolean stopping = snap.state(Tables.VIRTUAL_SERVER, vsIndex)
        .map(s -> s.quorumStatus() == QuorumStatus.SHUTDOWN).orElse(false);
    planner.realServer(vs, vsName, rs, LvsNames.rs(vs, rs.address(), rs.port()), before, after,
        stopping, noCheckerEmails, routerId).forEach(out);
  }

  /**
   * Keeps the newest config rows, and those of removed servers (their state's removal comes in
   * the same batch); a real server whose index another server takes now is removed here.
   */
  private void remember(StoreEvent e) {
    if (e.is(Tables.VIRTUAL_SERVER)) {
      e.configAfter(Tables.VIRTUAL_SERVER).ifPresent(c -> virtualServers.put(e.index(), c));
      return;
    }
    if (!e.is(Tables.REAL_SERVER)) {
      return;
    }
    RealServerRow was = e.configBefore(Tables.REAL_SERVER).orElse(null);
    RealServerRow now = e.configAfter(Tables.REAL_SERVER).orElse(null);
    if (now == null) {
      if (was != null && was.sorry()) {
        realServers.remove(e.index()); // a sorry server has no state to come
      }
      return; // kept for the state's removal
    }
    realServers.put(e.index(), now);
    if (was != null && !sameServer(was, now)) {
      Index vsIndex = Index.of(e.index().get(0));
      VirtualServerConfig vs = virtualServers.get(vsIndex);
      if (vs != null) {
        planner.removed(LvsNames.vs(store.snapshot(), vsIndex, vs), was,
            LvsNames.rs(vs, was.address(), was.port()), lastStates.get(e.index()), routerId)
            .ifPresent(out);
      }
      replaced.add(e.index());
    }
  }

  private static boolean sameServer(RealServerRow a, RealServerRow b) {
    return a.sorry() == b.sorry() && a.address().equals(b.address()) && a.port() == b.port();
  }

  /** keepalived's weigh_live_realservers: the weights of the virtual server's live real servers. */
  static long liveWeight(StoreSnapshot snap, Index vsIndex) {
    long sum = 0;
    for (var e : snap.configs(Tables.REAL_SERVER).entrySet()) {
      if (e.getKey().get(0) != vsIndex.get(0) || e.getValue().sorry()) {
        continue;
      }
      boolean alive = snap.state(Tables.REAL_SERVER, e.getKey())
          .map(s -> s.status() == RealServerStatus.ALIVE).orElse(false);
      if (alive) {
        sum += e.getValue().weight();
      }
    }
    return sum;
  }
}
