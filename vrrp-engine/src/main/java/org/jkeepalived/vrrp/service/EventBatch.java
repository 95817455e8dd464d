package org.jkeepalived.vrrp.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.vrrp.route.EngineRouting;

/**
 * What one batch of store events asks of the VRRP engine: which instances' rows changed (both
 * names of a row a reload renamed), whether a tracker or sync group row changed (any instance may
 * use it), whether a BFD session or a static route, rule or address row changed.
 */
record EventBatch(Set<String> changedInstances, boolean trackingChanged, boolean bfdChanged,
    boolean staticsChanged) {

  /** The config tables whose change re-resolves tracking (besides the instance table). */
  private static final Set<TableId<?, ?>> TRACKING_TABLES = Set.of(Tables.VRRP_SYNC_GROUP,
      Tables.VRRP_SCRIPT, Tables.VRRP_FILE, Tables.VRRP_PROCESS, Tables.VRRP_BFD);

  static EventBatch of(List<StoreEvent> events) {
    Set<String> names = new HashSet<>();
    boolean tracking = false;
    boolean bfd = false;
    boolean statics = false;
    for (StoreEvent e : events) {
      e.configBefore(Tables.VRRP_INSTANCE).ifPresent(c -> names.add(c.name()));
      e.configAfter(Tables.VRRP_INSTANCE).ifPresent(c -> names.add(c.name()));
      bfd |= e.is(Tables.BFD_SESS);
      if (e.part() == Part.CONFIG) {
        tracking |= TRACKING_TABLES.contains(e.table());
        statics |= EngineRouting.STATIC_TABLES.contains(e.table());
      }
    }
    return new EventBatch(Set.copyOf(names), tracking, bfd, statics);
  }
}
