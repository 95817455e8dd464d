package org.jkeepalived.conf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.ProtoErrReason;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.notify.Notification;
import org.jkeepalived.mibs.notify.VrrpNotifications;
import org.jkeepalived.mibs.oid.KeepalivedMib;
import org.jkeepalived.mibs.oid.VrrpMib;
import org.jkeepalived.mibs.oid.Vrrpv3Mib;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.tables.RfcViewMirror;
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

  /** Loads, makes VI_1 master, mirrors into the RFC views; returns every notification raised. */
  static List<Notification> becomeMaster(boolean traps, ProtoErrReason err) {
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH).apply(store,
          Configs.parse(String.format(GLOBAL, traps ? "enable_traps\n" : "") + INSTANCE),
          Origin.CONFIG_LOAD);
      List<StoreEvent> events = new java.util.ArrayList<>(store.begin(Origin.ENGINE)
          .putState(Tables.VRRP_INSTANCE, Index.of(1), master(err)).commit());
      // the mirror's commit, run inline
      var snapBefore = store.snapshot();
      Index v2 = snapBefore.configs(Tables.VRRP_OPER).firstKey();
      Index v3 = snapBefore.configs(Tables.VRRPV3_OPERATIONS).firstKey();
      events.addAll(store.begin(Origin.ENGINE).putState(Tables.VRRP_OPER, v2, master(err))
          .putState(Tables.VRRPV3_OPERATIONS, v3, master(err)).commit());
      var snap = store.snapshot();
      return events.stream().flatMap(e -> VrrpNotifications.all(e, snap).stream()).toList();
    }
  }

  @Test
  void becomingMasterRaisesKeepalivedAndRfcTrapsWithKeepalivedsVarbinds() {
    List<Notification> n = becomeMaster(true, ProtoErrReason.NO_ERROR);
    assertThat(n).extracting(Notification::trapOid).containsExactly(
        KeepalivedMib.vrrpInstanceStateChange, VrrpMib.vrrpTrapNewMaster, Vrrpv3Mib.vrrpv3NewMaster);
    Notification ks = n.get(0);
    assertThat(ks.varbinds()).extracting(Notification.Varbind::oid).containsExactly(
        KeepalivedMib.vrrpInstanceName, KeepalivedMib.vrrpInstanceState,
        KeepalivedMib.vrrpInstanceInitialState, KeepalivedMib.routerId.append(0));
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
  void mirrorCopiesInstanceStateIntoTheViews() throws Exception {
    try (ObjectStore store = new DefaultObjectStore()) {
      new StoreLoader(Configs.rig(), "v", Instant.EPOCH)
          .apply(store, Configs.parse(String.format(GLOBAL, "") + INSTANCE), Origin.CONFIG_LOAD);
      List<StoreEvent> ev = store.begin(Origin.ENGINE)
          .putState(Tables.VRRP_INSTANCE, Index.of(1), master(ProtoErrReason.NO_ERROR)).commit();
      new RfcViewMirror(store).onEvents(ev);
      assertThat(store.snapshot().states(Tables.VRRPV3_OPERATIONS).values())
          .containsExactly(master(ProtoErrReason.NO_ERROR));
    }
  }
}
