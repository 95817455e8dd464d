package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.jkeepalived.mibs.oid.KeepalivedCheckMib;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.tables.KeepalivedMibTables;
import org.jkeepalived.mibs.tables.ScalarGroup;
import org.junit.jupiter.api.Test;

/**
 * The "checker runs" row the engine publishes, as the lvsSyncDaemon scalars serve it: keepalived's
 * check subtree is served by its checker process, so lvsSyncDaemonEnabled is false while the
 * checker runs without an lvs_sync_daemon, true with one (and its columns served), and nothing at
 * all once the checker has stopped (or never ran: a file without virtual servers).
 */
class CheckerRowTest {
  private static final String VS = """
      virtual_server 198.18.2.10 80 {
        lb_algo rr
        lb_kind DR
        protocol TCP
        real_server 198.18.2.21 80 {
        }
      }
      """;

  @Test
  void syncDaemonEnabledIsFalseWhileTheCheckerRunsWithoutOneAndAbsentOnceStopped() {
    try (LvsRig rig = LvsRig.start(VS)) {
      rig.settle();
      assertThat(syncDaemonScalars(rig.store.snapshot())).containsExactly(Map.entry(1, 2));
      rig.core.shutdown();
      rig.settle();
      assertThat(syncDaemonScalars(rig.store.snapshot())).isEmpty();
    }
  }

  @Test
  void syncDaemonScalarsFollowTheConfigurationOfTheRunningChecker() {
    String withSync = "global_defs {\n  lvs_sync_daemon eth0 id 5\n}\n" + VS;
    try (LvsRig rig = LvsRig.start(withSync)) {
      rig.settle();
      Map<Integer, Object> on = syncDaemonScalars(rig.store.snapshot());
      assertThat(on).containsEntry(1, 1).containsEntry(4, 5);
      assertThat(on.get(2)).asString().isEqualTo("eth0");
      rig.reload(VS);
      assertThat(syncDaemonScalars(rig.store.snapshot())).containsExactly(Map.entry(1, 2));
    }
  }

  @Test
  void noCheckerRowWithoutTheEngine() {
    try (LvsRig rig = new LvsRig()) {
      rig.loader.apply(rig.store, LvsRig.parse("global_defs {\n  lvs_sync_daemon eth0 id 5\n}\n"),
          org.jkeepalived.mibs.store.Origin.CONFIG_LOAD);
      assertThat(syncDaemonScalars(rig.store.snapshot())).isEmpty();
    }
  }

  /** The lvsSyncDaemon scalars present in {@code snap}, by sub-identifier. */
  private static Map<Integer, Object> syncDaemonScalars(StoreSnapshot snap) {
    ScalarGroup<?, ?> g = KeepalivedMibTables.scalars().stream()
        .filter(s -> Oid.of(s.groupOid()).equals(KeepalivedCheckMib.lvsSyncDaemon))
        .findFirst().orElseThrow();
    return values(snap, g);
  }

  private static <C, S> Map<Integer, Object> values(StoreSnapshot snap, ScalarGroup<C, S> g) {
    C config = snap.config(g.table(), g.row()).orElse(null);
    S state = snap.state(g.table(), g.row()).orElse(null);
    Map<Integer, Object> out = new TreeMap<>();
    for (Column<C, S> c : g.columns()) {
      Object v = c.reader().apply(config, state);
      if (v != null) {
        out.put(c.subId(), v);
      }
    }
    return out;
  }
}
