package org.jkeepalived.conf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jkeepalived.mibs.model.AuthErrorType;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.ProtoErrReason;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpAuthError;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.notify.Notification;
import org.jkeepalived.mibs.notify.VrrpNotifications;
import org.jkeepalived.mibs.oid.KeepalivedMib;
import org.jkeepalived.mibs.oid.KeepalivedVrrpMib;
import org.jkeepalived.mibs.oid.VrrpMib;
import org.jkeepalived.mibs.oid.Vrrpv3Mib;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreEvent;
import org.junit.jupiter.api.Test;

class VrrpNotificationsTest {
  static final String GLOBAL =
      "global_defs {\n router_id r1\n enable_snmp_vrrp\n enable_snmp_rfcv2\n enable_snmp_rfcv3\n %s}\n";
  static final String INSTANCE =
      "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n priority 150\n"
          + " virtual_ipaddress {\n  198.18.1.100/24\n }\n}\n";

  static VrrpInstanceState master(ProtoErrReason err) {
    return new VrrpInstanceState(VrrpState.MASTER, VrrpState.MASTER, 150, VipsStatus.ALL_SET, null,
        Instant.EPOCH, NewMasterReason.PRIORITY, err, VrrpStats.ZERO);
  }

  /** Loads, makes VI_1 master in one commit; returns every notification its events raise. */
  static List<Notification> becomeMaster(boolean traps, ProtoErrReason err) {
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH).apply(store,
          Configs.parse(String.format(GLOBAL, traps ? "enable_traps\n" : "") + INSTANCE),
          Origin.CONFIG_LOAD);
      List<StoreEvent> events = store.begin(Origin.ENGINE)
          .putState(Tables.VRRP_INSTANCE, Index.of(1), master(err)).commit();
      var snap = store.snapshot();
      return events.stream().flatMap(e -> VrrpNotifications.all(e, snap).stream()).toList();
    }
  }

  @Test
  void becomingMasterRaisesKeepalivedAndRfcTrapsWithKeepalivedsVarbinds() {
    List<Notification> n = becomeMaster(true, ProtoErrReason.NO_ERROR);
    assertThat(n).extracting(Notification::trapOid).containsExactly(
        KeepalivedVrrpMib.vrrpInstanceStateChange, VrrpMib.vrrpTrapNewMaster, Vrrpv3Mib.vrrpv3NewMaster);
    Notification ks = n.get(0);
    assertThat(ks.varbinds()).extracting(Notification.Varbind::oid).containsExactly(
        KeepalivedVrrpMib.vrrpInstanceName, KeepalivedVrrpMib.vrrpInstanceState,
        KeepalivedVrrpMib.vrrpInstanceInitialState, KeepalivedMib.routerId.append(0));
    assertThat(ks.varbinds()).extracting(Notification.Varbind::value)
        .containsExactly("VI_1", 2, 1, "r1");
    assertThat(n.get(1).varbinds().get(0).oid())
        .isEqualTo(VrrpMib.vrrpOperMasterIpAddr.append(2, 51));
    assertThat(n.get(2).varbinds()).extracting(Notification.Varbind::oid).containsExactly(
        Vrrpv3Mib.vrrpv3OperationsMasterIpAddr.append(2, 51, 1),
        Vrrpv3Mib.vrrpv3StatisticsNewMasterReason.append(2, 51, 1));
    assertThat(n.get(2).varbinds().get(1).value()).isEqualTo(NewMasterReason.PRIORITY.code());
  }

  @Test
  void withoutEnableTrapsNothingIsRaised() {
    assertThat(becomeMaster(false, ProtoErrReason.NO_ERROR)).isEmpty();
  }

  @Test
  void aProtocolErrorRaisesVrrpv3ProtoError() {
    assertThat(becomeMaster(true, ProtoErrReason.IP_TTL_ERROR))
        .extracting(Notification::trapOid).contains(Vrrpv3Mib.vrrpv3ProtoError);
  }

  @Test
  void vrrpv3ProtoErrorIsRaisedPerProtocolErrorNotPerAdvertAfterIt() {
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH).apply(store,
          Configs.parse(String.format(GLOBAL, "enable_traps\n") + INSTANCE), Origin.CONFIG_LOAD);
      // one TTL error, then adverts received with the reason still set, then a second TTL error
      VrrpStats ttl1 = new VrrpStats(1, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0);
      VrrpStats adverts = new VrrpStats(1, 25, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 55, 0);
      VrrpStats ttl2 = new VrrpStats(1, 26, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 56, 0);
      List<Long> raised = new java.util.ArrayList<>();
      for (VrrpStats stats : List.of(ttl1, adverts, adverts, ttl2)) {
        VrrpInstanceState s = new VrrpInstanceState(VrrpState.MASTER, VrrpState.MASTER, 150,
            VipsStatus.ALL_SET, null, Instant.EPOCH, NewMasterReason.PRIORITY,
            ProtoErrReason.IP_TTL_ERROR, stats);
        List<StoreEvent> ev = store.begin(Origin.ENGINE)
            .putState(Tables.VRRP_INSTANCE, Index.of(1), s).commit();
        var snap = store.snapshot();
        if (ev.stream().anyMatch(e -> VrrpNotifications.v3ProtoError(e, snap).isPresent())) {
          raised.add(stats.ipTtlErrors());
        }
      }
      assertThat(raised).containsExactly(1L, 2L);
    }
  }

  @Test
  void theViewsShowTheInstanceStateWithoutACommitOfTheirOwn() throws Exception {
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH)
          .apply(store, Configs.parse(String.format(GLOBAL, "") + INSTANCE), Origin.CONFIG_LOAD);
      long version = store.snapshot().version();
      List<StoreEvent> ev = store.begin(Origin.ENGINE)
          .putState(Tables.VRRP_INSTANCE, Index.of(1), master(ProtoErrReason.NO_ERROR)).commit();
      assertThat(ev).hasSize(1);
      var snap = store.snapshot();
      assertThat(snap.version()).isEqualTo(version + 1);
      assertThat(snap.states(Tables.VRRP_OPER)).containsExactly(
          java.util.Map.entry(Index.of(2, 51), master(ProtoErrReason.NO_ERROR)));
      assertThat(snap.states(Tables.VRRPV3_OPERATIONS).values())
          .containsExactly(master(ProtoErrReason.NO_ERROR));
      assertThat(snap.state(Tables.VRRPV3_OPERATIONS, Index.of(2, 51, 1)))
          .contains(master(ProtoErrReason.NO_ERROR));
    }
  }

  @Test
  void aReloadKeepsTheViewsOnTheirInstanceState() throws Exception {
    try (ObjectStore store = new DefaultObjectStore()) {
      var loader = new StoreLoader(Configs.rig(), "v", Instant.EPOCH);
      var config = Configs.parse(String.format(GLOBAL, "") + INSTANCE);
      loader.apply(store, config, Origin.CONFIG_LOAD);
      store.begin(Origin.ENGINE)
          .putState(Tables.VRRP_INSTANCE, Index.of(1), master(ProtoErrReason.NO_ERROR)).commit();
      loader.apply(store, config, Origin.RELOAD);
      assertThat(store.snapshot().states(Tables.VRRP_OPER).values())
          .containsExactly(master(ProtoErrReason.NO_ERROR));
    }
  }
  static VrrpStats authCounts(long invalidType, long mismatch, long failures) {
    return new VrrpStats(0, 0, 0, failures, 0, 0, 0, 0, 0, invalidType, mismatch, 0);
  }

  /** Publishes {@code states} one after another as VI_1's state; returns the traps raised. */
  static List<Notification> onInstance(boolean rfcv2, VrrpInstanceState... states) throws Exception {
    try (ObjectStore store = new DefaultObjectStore()) {
      String global = rfcv2 ? String.format(GLOBAL, "enable_traps\n")
          : "global_defs {\n router_id r1\n enable_traps\n}\n";
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH)
          .apply(store, Configs.parse(global + INSTANCE), Origin.CONFIG_LOAD);
      List<Notification> out = new java.util.ArrayList<>();
      for (VrrpInstanceState st : states) {
        var events =
            store.begin(Origin.ENGINE).putState(Tables.VRRP_INSTANCE, Index.of(1), st).commit();
        var snap = store.snapshot();
        events.forEach(e -> VrrpNotifications.authFailure(e, snap).ifPresent(out::add));
      }
      return out;
    }
  }

  @Test
  void anAuthenticationFailureRaisesVrrpTrapAuthFailureEachTime() throws Exception {
    var src = java.net.InetAddress.getByName("198.18.1.12");
    var backup = VrrpInstanceState.initial(150);
    var once = backup.withAuthError(
        new VrrpAuthError(AuthErrorType.AUTH_TYPE_MISMATCH, src), authCounts(0, 1, 0));
    var twice = once.withAuthError(
        new VrrpAuthError(AuthErrorType.AUTH_TYPE_MISMATCH, src), authCounts(0, 2, 0));
    List<Notification> n = onInstance(true, backup, once, twice);
    assertThat(n).hasSize(2);
    assertThat(n.get(0).trapOid()).isEqualTo(VrrpMib.vrrpTrapAuthFailure);
    assertThat(n.get(0).varbinds()).extracting(Notification.Varbind::oid).containsExactly(
        VrrpMib.vrrpTrapPacketSrc.append(2, 51), VrrpMib.vrrpTrapAuthErrorType.append(2, 51));
    assertThat(n.get(0).varbinds()).extracting(Notification.Varbind::value).containsExactly(src, 2);
  }

  @Test
  void otherCounterChangesAndTheGateRaiseNoAuthFailure() throws Exception {
    var src = java.net.InetAddress.getByName("198.18.1.12");
    var failed = VrrpInstanceState.initial(150).withAuthError(
        new VrrpAuthError(AuthErrorType.AUTH_FAILURE, src), authCounts(0, 0, 1));
    // the same error still recorded, another counter moves: not a new authentication failure
    var later = new VrrpInstanceState(failed.state(), failed.wantedState(), 150, failed.vipsStatus(),
        null, null, failed.newMasterReason(), failed.protoErrReason(),
        new VrrpStats(0, 5, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0), failed.lastAuthError());
    assertThat(onInstance(true, VrrpInstanceState.initial(150), failed, later)).hasSize(1);
    assertThat(onInstance(false, VrrpInstanceState.initial(150), failed)).isEmpty();
    assertThat(onInstance(true, VrrpInstanceState.initial(150))).isEmpty();
  }
}
