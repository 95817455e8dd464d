package org.jkeepalived.mibs.tables;

import java.util.List;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpRouterRow;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreListener;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.store.Transaction;

/**
 * Keeps the RFC views' state ({@link Tables#VRRP_OPER}, {@link Tables#VRRPV3_OPERATIONS}) equal to
 * the state of their vrrp_instance: subscribe it to {@link org.jkeepalived.mibs.store.Domain#VRRP}.
 * It reacts only to vrrpInstanceTable state events, so its own commits cause no further work.
 */
public final class RfcViewMirror implements StoreListener {
  private final ObjectStore store;

  public RfcViewMirror(ObjectStore store) {
    this.store = store;
  }

  @Override
  public void onEvents(List<StoreEvent> events) {
    boolean relevant =
        events.stream().anyMatch(e -> e.table() == Tables.VRRP_INSTANCE && e.part() == Part.STATE);
    if (!relevant) {
      return;
    }
    StoreSnapshot snap = store.snapshot();
    Transaction tx = store.begin(Origin.ENGINE);
    mirror(tx, snap, Tables.VRRP_OPER);
    mirror(tx, snap, Tables.VRRPV3_OPERATIONS);
    tx.commit();
  }

  private static void mirror(
      Transaction tx, StoreSnapshot snap, TableId<VrrpRouterRow, VrrpInstanceState> view) {
    for (var e : snap.configs(view).entrySet()) {
      snap.state(Tables.VRRP_INSTANCE, Index.of(e.getValue().instanceIndex()))
          .ifPresent(s -> tx.putState(view, e.getKey(), s));
    }
  }
}
