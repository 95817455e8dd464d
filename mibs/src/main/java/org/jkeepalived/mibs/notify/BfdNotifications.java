package org.jkeepalived.mibs.notify;

import static org.jkeepalived.mibs.smi.SmiType.INTEGER;

import java.util.List;
import java.util.Optional;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.GlobalRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.notify.Notification.Varbind;
import org.jkeepalived.mibs.oid.BfdStdMib;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * BFD-STD-MIB's notifications (RFC 7331) as pure functions of a store event and the snapshot
 * after it: bfdSessUp when a session reaches up(4), bfdSessDown when it leaves up for down(2) or
 * adminDown(1). Each carries bfdSessDiag twice, for the low and the high end of the range of
 * sessions that changed, which here is the one session. Gated by global_defs enable_traps, the
 * switch that keepalived's notifications use (keepalived has no BFD notifications).
 */
public final class BfdNotifications {
  private BfdNotifications() {}

  /** The notifications {@code e} triggers (none, or one). */
  public static List<Notification> all(StoreEvent e, StoreSnapshot snap) {
    return change(e, snap).map(List::of).orElse(List.of());
  }

  static Optional<Notification> change(StoreEvent e, StoreSnapshot snap) {
    BfdSessState before = e.stateBefore(Tables.BFD_SESS).orElse(null);
    BfdSessState after = e.stateAfter(Tables.BFD_SESS).orElse(null);
    if (after == null || !enabled(snap)) {
      return Optional.empty();
    }
    boolean wasUp = before != null && before.state() == BfdState.UP;
    boolean isUp = after.state() == BfdState.UP;
    if (wasUp == isUp) {
      return Optional.empty();
    }
    Oid diag = BfdStdMib.bfdSessDiag.append(e.index().toArray());
    List<Varbind> v = List.of(new Varbind(diag, INTEGER, after.diag().code()),
        new Varbind(diag, INTEGER, after.diag().code()));
    return Optional.of(new Notification(isUp ? BfdStdMib.bfdSessUp : BfdStdMib.bfdSessDown, v));
  }

  private static boolean enabled(StoreSnapshot snap) {
    return snap.config(Tables.GLOBAL, Index.of(0)).map(GlobalRow::global)
        .filter(g -> g.snmp().traps()).isPresent();
  }
}
