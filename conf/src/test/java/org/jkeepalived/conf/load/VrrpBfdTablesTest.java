package org.jkeepalived.conf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.TrackerState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.Test;

/**
 * KEEPALIVED-MIB vrrpBfdTable follows the BFD engine's bfdSessTable rows (vrrpBfdResult), with or
 * without a tracking instance; vrrpTrackedBfdTable and vrrpSyncTrackedBfdTable name the sessions.
 */
class VrrpBfdTablesTest {
  // b2 is tracked by no vrrp_instance
  private static final String CONF = "bfd_instance b1 {\n neighbor_ip 198.18.5.5\n weight -20\n}\n"
      + "bfd_instance b2 {\n neighbor_ip 198.18.5.6\n}\n"
      + "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n priority 100\n"
      + " track_bfd {\n  b1 weight -30\n }\n virtual_ipaddress {\n  198.18.0.51/24\n }\n}\n"
      + StoreLoaderTest.instance("VI_2", 52, 100) + StoreLoaderTest.instance("VI_3", 53, 100)
      // keepalived ignores a weight on an instance in a sync group: VI_1 is outside G1
      + "vrrp_sync_group G1 {\n group {\n  VI_2\n  VI_3\n }\n track_bfd {\n  b1\n }\n}\n";

  private static BfdSessState state(BfdState s) {
    return new BfdSessState(s, 1, true, BfdDiag.NO_DIAGNOSTIC, Duration.ZERO, Duration.ZERO, 3,
        null, null, BfdDiag.NO_DIAGNOSTIC, 0, 0, 0, 0, null);
  }

  private static Index sessionIndex(ObjectStore store, String name) {
    return store.snapshot().configs(Tables.BFD_SESS).entrySet().stream()
        .filter(e -> e.getValue().name().equals(name)).findFirst().orElseThrow().getKey();
  }

  private static Boolean result(ObjectStore store, String name) {
    var snap = store.snapshot();
    Index i = snap.configs(Tables.VRRP_BFD).entrySet().stream()
        .filter(e -> e.getValue().name().equals(name)).findFirst().orElseThrow().getKey();
    return snap.state(Tables.VRRP_BFD, i).map(TrackerState::up).orElse(null);
  }

  @Test
  void vrrpBfdResultIsTheSessionStateTrackedOrNot() {
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH)
          .apply(store, Configs.parse(CONF), Origin.CONFIG_LOAD);
      // nothing published yet: not up
      assertThat(result(store, "b1")).isFalse();
      store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, sessionIndex(store, "b1"),
          state(BfdState.UP)).putState(Tables.BFD_SESS, sessionIndex(store, "b2"),
          state(BfdState.UP)).commit();
      assertThat(result(store, "b1")).isTrue();
      assertThat(result(store, "b2")).isTrue(); // no vrrp_instance tracks b2: still live
      store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, sessionIndex(store, "b1"),
          state(BfdState.DOWN)).commit();
      assertThat(result(store, "b1")).isFalse();
      assertThat(result(store, "b2")).isTrue();
    }
  }

  @Test
  void theTrackedTablesNameTheSessionWithTheirWeights() {
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH)
          .apply(store, Configs.parse(CONF), Origin.CONFIG_LOAD);
      var snap = store.snapshot();
      assertThat(snap.configs(Tables.VRRP_TRACKED_BFD).values())
          .extracting(r -> r.name(), r -> r.weight()).containsExactly(
              org.assertj.core.groups.Tuple.tuple("b1", -30));
      assertThat(snap.configs(Tables.VRRP_SYNC_TRACKED_BFD).values())
          .extracting(r -> r.name()).containsExactly("b1");
    }
  }

  @Test
  void aReloadWithoutTheSessionDropsItsRow() {
    try (ObjectStore store = new DefaultObjectStore()) {
      StoreLoader loader = new StoreLoader(Configs.rig(), "v", Instant.EPOCH);
      loader.apply(store, Configs.parse(CONF), Origin.CONFIG_LOAD);
      loader.apply(store, Configs.parse("bfd_instance b2 {\n neighbor_ip 198.18.5.6\n}\n"),
          Origin.RELOAD);
      assertThat(store.snapshot().configs(Tables.VRRP_BFD).values())
          .extracting(c -> c.name()).containsExactly("b2");
      assertThat(store.snapshot().states(Tables.VRRP_BFD)).hasSize(1);
    }
  }
}
