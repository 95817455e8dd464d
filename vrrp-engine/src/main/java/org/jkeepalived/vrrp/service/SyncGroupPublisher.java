package org.jkeepalived.vrrp.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Transaction;
import org.jkeepalived.vrrp.sync.SyncGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each vrrpSyncGroupTable row's state (vrrpSyncGroupState) when it changes, so that the
 * vrrpSyncGroupStateChange trap and the group's notify scripts (listeners of the store) follow the
 * group. Loop only.
 */
final class SyncGroupPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(SyncGroupPublisher.class);

  private final ObjectStore store;
  private NavigableMap<Index, VrrpSyncGroupConfig> groups = new TreeMap<>();
  private final Map<Index, VrrpSyncGroupState> published = new HashMap<>();

  SyncGroupPublisher(ObjectStore store) {
    this.store = Objects.requireNonNull(store);
  }

  /** The groups configured now; rows of removed groups are forgotten (their config went too). */
  void setGroups(NavigableMap<Index, VrrpSyncGroupConfig> rows) {
    groups = new TreeMap<>(rows);
    published.keySet().retainAll(rows.keySet());
  }

  /** Puts the changed group states in one ENGINE transaction. */
  void publish(Function<String, VrrpState> memberState) {
    Transaction tx = null;
    for (var e : groups.entrySet()) {
      List<VrrpState> states = new ArrayList<>();
      for (String m : e.getValue().members()) {
        VrrpState s = memberState.apply(m);
        if (s != null) {
          states.add(s);
        }
      }
      VrrpSyncGroupState row = new VrrpSyncGroupState(SyncGroups.groupState(states));
      if (!row.equals(published.get(e.getKey()))) {
        published.put(e.getKey(), row);
        tx = tx == null ? store.begin(Origin.ENGINE) : tx;
        tx.putState(Tables.VRRP_SYNC_GROUP, e.getKey(), row);
      }
    }
    if (tx != null) {
      try {
        tx.commit();
      } catch (RuntimeException ex) {
        published.clear(); // try again on the next publication
        LOG.warn("publishing sync group state failed: {}", ex.getMessage());
      }
    }
  }
}
