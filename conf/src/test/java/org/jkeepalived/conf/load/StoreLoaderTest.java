package org.jkeepalived.conf.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.ProtoErrReason;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.tables.KeepalivedMibTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreLoaderTest {
  final ObjectStore store = new DefaultObjectStore();
  final StoreLoader loader = new StoreLoader(Configs.rig(), "jkeepalived test", Instant.EPOCH);

  @AfterEach
  void close() {
    store.close();
  }

  static String instance(String name, int vrid, int priority) {
    return "vrrp_instance " + name + " {\n interface eth0\n virtual_router_id " + vrid
        + "\n priority " + priority + "\n virtual_ipaddress {\n  198.18.0." + vrid + "/24\n }\n}\n";
  }

  @Test
  void syncSampleFillsInstancesGroupsMembersAndAddresses() throws Exception {
    assumeTrue(Files.isDirectory(Configs.SAMPLES), "shared/conformance/samples not present");
    KeepalivedConfig c = Configs.read(Configs.SAMPLES.resolve("keepalived.conf.vrrp.sync"));
    loader.apply(store, c, Origin.CONFIG_LOAD);
    var snap = store.snapshot();
    assertThat(snap.configs(Tables.VRRP_INSTANCE)).hasSize(c.vrrpInstances().size()).hasSize(9);
    assertThat(snap.configs(Tables.VRRP_INSTANCE).get(Index.of(1)).name()).isEqualTo("VI_1");
    assertThat(snap.configs(Tables.VRRP_SYNC_GROUP)).hasSize(2);
    assertThat(snap.configs(Tables.VRRP_SYNC_GROUP_MEMBER))
        .hasSize(c.syncGroups().stream().mapToInt(g -> g.members().size()).sum());
    int vips = c.vrrpInstances().stream().mapToInt(i -> i.virtualAddresses().size() + i.excludedAddresses().size()).sum();
    assertThat(snap.configs(Tables.VRRP_ADDRESS).tailMap(Index.of(1))).hasSize(vips);
    assertThat(snap.state(Tables.VRRP_INSTANCE, Index.of(1)))
        .contains(VrrpInstanceState.initial(c.vrrpInstances().get(0).priority()));
    assertThat(snap.config(Tables.GLOBAL, Index.of(0))).isPresent();
  }

  @Test
  void everySampleLoadsWithOneRowPerInstance() throws Exception {
    assumeTrue(Files.isDirectory(Configs.SAMPLES), "shared/conformance/samples not present");
    for (String s : List.of("keepalived.conf.vrrp", "keepalived.conf.vrrp.scripts",
        "keepalived.conf.vrrp.routes", "keepalived.conf.vrrp.rules",
        "keepalived.conf.vrrp.static_ipaddress", "keepalived.conf.IPv6")) {
      KeepalivedConfig c = Configs.read(Configs.SAMPLES.resolve(s));
      try (ObjectStore st = new DefaultObjectStore()) {
        loader.apply(st, c, Origin.CONFIG_LOAD);
        var snap = st.snapshot();
        assertThat(snap.configs(Tables.VRRP_INSTANCE)).as(s).hasSize(c.vrrpInstances().size());
        assertThat(snap.configs(Tables.VRRP_SCRIPT)).as(s).hasSize(c.vrrpScripts().size());
        int routes = c.vrrpInstances().stream().mapToInt(i -> i.virtualRoutes().size()).sum()
            + c.statics().routes().size();
        assertThat(snap.configs(Tables.VRRP_ROUTE)).as(s).hasSize(routes);
        int rules = c.vrrpInstances().stream().mapToInt(i -> i.virtualRules().size()).sum()
            + c.statics().rules().size();
        assertThat(snap.configs(Tables.VRRP_RULE)).as(s).hasSize(rules);
        assertThat(snap.configs(Tables.VRRP_ADDRESS).headMap(Index.of(1)))
            .as(s).hasSize(c.statics().addresses().size());
      }
    }
  }

  @Test
  void reloadingTheSameConfigEmitsNothing() {
    KeepalivedConfig c = Configs.parse(instance("A", 1, 100) + instance("B", 2, 100));
    loader.apply(store, c, Origin.CONFIG_LOAD);
    assertThat(loader.apply(store, c, Origin.RELOAD)).isEmpty();
  }

  @Test
  void reloadWithOneInstanceChangedEmitsExactlyOneConfigEvent() {
    loader.apply(store, Configs.parse(instance("A", 1, 100) + instance("B", 2, 100)), Origin.CONFIG_LOAD);
    store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_INSTANCE, Index.of(2),
            new VrrpInstanceState(VrrpState.MASTER, VrrpState.MASTER, 100,
                VipsStatus.ALL_SET, null, Instant.EPOCH,
                NewMasterReason.PRIORITY,
                ProtoErrReason.NO_ERROR,
                VrrpStats.ZERO))
        .commit();
    List<StoreEvent> events =
        loader.apply(store, Configs.parse(instance("A", 1, 100) + instance("B", 2, 120)), Origin.RELOAD);
    List<StoreEvent> instanceEvents =
        events.stream().filter(e -> e.table() == Tables.VRRP_INSTANCE).toList();
    assertThat(instanceEvents).hasSize(1);
    assertThat(instanceEvents.get(0).part()).isEqualTo(Part.CONFIG);
    assertThat(instanceEvents.get(0).index()).isEqualTo(Index.of(2));
    // the engine's state of B survives the reload
    assertThat(store.snapshot().state(Tables.VRRP_INSTANCE, Index.of(2)).get().state())
        .isEqualTo(VrrpState.MASTER);
  }

  @Test
  void reloadThatAddsAnInstanceKeepsTheOthersIndexes() {
    loader.apply(store, Configs.parse(instance("A", 1, 100) + instance("B", 2, 100)), Origin.CONFIG_LOAD);
    loader.apply(store,
        Configs.parse(instance("NEW", 3, 100) + instance("A", 1, 100) + instance("B", 2, 100)),
        Origin.RELOAD);
    var instances = store.snapshot().configs(Tables.VRRP_INSTANCE);
    assertThat(instances.get(Index.of(1)).name()).isEqualTo("A");
    assertThat(instances.get(Index.of(2)).name()).isEqualTo("B");
    assertThat(instances.get(Index.of(3)).name()).isEqualTo("NEW");
  }

  @Test
  void removalEmitsRemovalsOfConfigAndState() {
    loader.apply(store, Configs.parse(instance("A", 1, 100) + instance("B", 2, 100)), Origin.CONFIG_LOAD);
    List<StoreEvent> events = loader.apply(store, Configs.parse(instance("A", 1, 100)), Origin.RELOAD);
    assertThat(events)
        .filteredOn(e -> e.table() == Tables.VRRP_INSTANCE)
        .extracting(StoreEvent::part, StoreEvent::isRemoved, StoreEvent::index)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Part.CONFIG, true, Index.of(2)),
            org.assertj.core.groups.Tuple.tuple(Part.STATE, true, Index.of(2)));
    assertThat(events).anyMatch(e -> e.table() == Tables.VRRP_ADDRESS && e.isRemoved());
    assertThat(store.snapshot().configs(Tables.VRRPV3_OPERATIONS)).containsOnlyKeys(Index.of(2, 1, 1));
  }
  @Test
  void instancesInASyncGroupNameItAndOthersHaveNoRow() {
    String text = instance("VI_1", 51, 100) + instance("VI_2", 52, 100) + instance("VI_3", 53, 100)
        + "vrrp_sync_group G1 {\n group {\n  VI_3\n  VI_1\n }\n}\n";
    loader.apply(store, Configs.parse(text), Origin.CONFIG_LOAD);
    var snap = store.snapshot();
    assertThat(snap.configs(Tables.VRRP_INSTANCE_SYNC_GROUP))
        .containsOnlyKeys(Index.of(1), Index.of(3))
        .containsValue("G1");
    var derived = KeepalivedMibTables.derived().get(0);
    assertThat(derived.read(snap, Index.of(3))).isEqualTo("G1");
    assertThat(derived.read(snap, Index.of(2))).isNull();
    // VI_1 leaves the group on reload: its row goes
    loader.apply(store, Configs.parse(instance("VI_1", 51, 100) + instance("VI_2", 52, 100)
        + instance("VI_3", 53, 100) + "vrrp_sync_group G1 {\n group {\n  VI_3\n }\n}\n"),
        Origin.RELOAD);
    assertThat(store.snapshot().configs(Tables.VRRP_INSTANCE_SYNC_GROUP)).containsOnlyKeys(Index.of(3));
  }

  @Test
  void bfdInstancesAreBfdSessRowsKeptByNameAcrossAReload() {
    String b1 = "bfd_instance b1 {\n neighbor_ip 198.18.5.5\n}\n";
    String b2 = "bfd_instance b2 {\n neighbor_ip 198.18.5.6\n}\n";
    loader.apply(store, Configs.parse(b1 + b2), Origin.CONFIG_LOAD);
    assertThat(store.snapshot().configs(Tables.BFD_SESS).values())
        .extracting(c -> c.name()).containsExactly("b1", "b2");
    // b1 goes: b2 keeps its bfdSessIndex, so the BFD engine's state row stays its own
    loader.apply(store, Configs.parse(b2), Origin.RELOAD);
    assertThat(store.snapshot().configs(Tables.BFD_SESS)).containsOnlyKeys(Index.of(2));
  }
}
