package org.jkeepalived.agent.mail;

import java.util.List;
import java.util.function.Consumer;
import org.jkeepalived.lvs.service.LvsNames;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
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
 */
final class CheckerAlerts implements StoreListener {
  private final ObjectStore store;
  private final boolean noCheckerEmails;
  private final String routerId;
  private final Consumer<SmtpAlert> out;
  private final CheckerAlertPlanner planner = new CheckerAlertPlanner();

  CheckerAlerts(ObjectStore store, boolean noCheckerEmails, String routerId,
      Consumer<SmtpAlert> out) {
    this.store = store;
    this.noCheckerEmails = noCheckerEmails;
    this.routerId = routerId;
    this.out = out;
  }

  @Override
  public void onEvents(List<StoreEvent> events) {
    StoreSnapshot snap = null;
    for (StoreEvent e : events) {
      if (e.part() != Part.STATE || !(e.is(Tables.REAL_SERVER) || e.is(Tables.VIRTUAL_SERVER))) {
        continue;
      }
      snap = snap != null ? snap : store.snapshot();
      Index vsIndex = Index.of(e.index().get(0));
      VirtualServerConfig vs = snap.config(Tables.VIRTUAL_SERVER, vsIndex).orElse(null);
      if (vs == null) {
        continue;
      }
      String vsName = LvsNames.vs(snap, vsIndex, vs);
      if (e.is(Tables.REAL_SERVER)) {
        RealServerRow rs = snap.config(Tables.REAL_SERVER, e.index()).orElse(null);
        if (rs == null) {
          continue;
        }
        boolean stopping = snap.state(Tables.VIRTUAL_SERVER, vsIndex)
            .map(s -> s.quorumStatus() == QuorumStatus.SHUTDOWN).orElse(false);
        planner.realServer(vs, vsName, rs, LvsNames.rs(vs, rs.address(), rs.port()),
            e.stateBefore(Tables.REAL_SERVER).orElse(null),
            e.stateAfter(Tables.REAL_SERVER).orElse(null), stopping, noCheckerEmails, routerId)
            .forEach(out);
      } else {
        planner.virtualServer(vs, vsName, e.stateBefore(Tables.VIRTUAL_SERVER).orElse(null),
            e.stateAfter(Tables.VIRTUAL_SERVER).orElse(null), liveWeight(snap, vsIndex), routerId)
            .ifPresent(out);
      }
    }
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
