package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.ipvs.IpvsSyncDaemon.Role;
import org.jkeepalived.mibs.model.AddressStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAddressState;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreEvent;
import org.junit.jupiter.api.Test;

/**
 * What the LVS engine reads of VRRP, from the store only: ha_suspend (the VIP is set or not) and
 * lvs_sync_daemon (its vrrp_instance is MASTER or not).
 */
class VrrpFollowingTest {
  static final String CONF = """
      global_defs {
        lvs_sync_daemon eth0 VI_1 id 5
      }
      vrrp_instance VI_1 {
        state BACKUP
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
          198.18.2.10/24
        }
      }
      virtual_server 198.18.2.10 80 {
        lb_algo rr
        lb_kind DR
        protocol TCP
        ha_suspend
        real_server 198.18.2.21 80 {
          TCP_CHECK {
          }
        }
      }
      virtual_server 198.18.2.30 80 {
        lb_algo rr
        lb_kind DR
        protocol TCP
        ha_suspend
        real_server 198.18.2.21 80 {
          TCP_CHECK {
          }
        }
      }
      """;

  @Test
  void haSuspendFollowsTheVipInTheStore() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      // the VIP is a VRRP address not set yet: suspended; 198.18.2.30 is no VRRP address
      assertThat(rig.checks.suspended()).containsExactly("ip 198.18.2.10 80 tcp");
      vip(rig, AddressStatus.SET);
      assertThat(rig.checks.suspended()).isEmpty();
      vip(rig, AddressStatus.UNSET);
      assertThat(rig.checks.suspensions()).containsExactly("suspend ip 198.18.2.10 80 tcp",
          "resume ip 198.18.2.10 80 tcp", "suspend ip 198.18.2.10 80 tcp");
    }
  }

  @Test
  void syncDaemonFollowsItsInstance() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      assertThat(rig.ipvs.runningDaemons()).extracting(d -> d.role() + " " + d.syncId())
          .containsExactly("BACKUP 5");
      rig.ipvs.clearCalls();
      instance(rig, VrrpState.MASTER);
      assertThat(rig.ipvs.calls()).containsExactly("DEL_DAEMON BACKUP", "NEW_DAEMON MASTER eth0 id 5");
      instance(rig, VrrpState.FAULT);
      assertThat(rig.ipvs.runningDaemons()).extracting(d -> d.role()).containsExactly(Role.BACKUP);
      rig.core.shutdown();
      assertThat(rig.ipvs.runningDaemons()).isEmpty();
    }
  }

  @Test
  void anInstancesCountersDoNotWakeTheEngine() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      VrrpInstanceState s = rig.store.snapshot().state(Tables.VRRP_INSTANCE, Index.of(1)).orElseThrow();
      VrrpInstanceState counted = new VrrpInstanceState(s.state(), s.wantedState(),
          s.effectivePriority(), s.vipsStatus(), s.masterAddress(), s.upSince(),
          s.newMasterReason(), s.protoErrReason(), s.stats(), s.lastAuthError(),
          s.masterRxLowerPri() + 1);
      VrrpInstanceState master = new VrrpInstanceState(VrrpState.MASTER, s.wantedState(),
          s.effectivePriority(), s.vipsStatus(), s.masterAddress(), s.upSince(),
          s.newMasterReason(), s.protoErrReason(), s.stats(), s.lastAuthError(),
          s.masterRxLowerPri());
      assertThat(LvsCore.vrrpEvent(new StoreEvent(Tables.VRRP_INSTANCE, Index.of(1),
          org.jkeepalived.mibs.store.Part.STATE, s, counted, Origin.ENGINE))).isFalse();
      assertThat(LvsCore.vrrpEvent(new StoreEvent(Tables.VRRP_INSTANCE, Index.of(1),
          org.jkeepalived.mibs.store.Part.STATE, s, master, Origin.ENGINE))).isTrue();
    }
  }

  private static void vip(LvsRig rig, AddressStatus status) {
    Map.Entry<Index, ?> row = rig.store.snapshot().configs(Tables.VRRP_ADDRESS).entrySet().stream()
        .filter(e -> e.getValue().address().address().address().equals(LvsRig.addr("198.18.2.10")))
        .findFirst().orElseThrow();
    List<StoreEvent> events = rig.store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_ADDRESS, row.getKey(), new VrrpAddressState(status, 2)).commit();
    rig.core.onVrrpEvents(events);
    rig.loop.runPending();
  }

  private static void instance(LvsRig rig, VrrpState state) {
    VrrpInstanceState s = rig.store.snapshot().state(Tables.VRRP_INSTANCE, Index.of(1)).orElseThrow();
    VrrpInstanceState next = new VrrpInstanceState(state, s.wantedState(), s.effectivePriority(),
        s.vipsStatus(), s.masterAddress(), s.upSince(), s.newMasterReason(), s.protoErrReason(),
        s.stats(), s.lastAuthError(), s.masterRxLowerPri());
    List<StoreEvent> events = rig.store.begin(Origin.ENGINE)
        .putState(Tables.VRRP_INSTANCE, Index.of(1), next).commit();
    rig.core.onVrrpEvents(events);
    rig.loop.runPending();
  }
}
