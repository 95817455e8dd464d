package org.jkeepalived.mibs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Instant;
import org.jkeepalived.mibs.model.NewMasterReason;
import org.jkeepalived.mibs.model.ProtoErrReason;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.junit.jupiter.api.Test;

/**
 * RFC 6527 vrrpv3StatisticsNewMasterReason: notMaster(0) only if the router never became master,
 * otherwise the reason of its last transition to master, also once it left MASTER (issue 18.6).
 */
class NewMasterReasonColumnTest {
  private static VrrpInstanceState in(VrrpState st, NewMasterReason r) {
    return new VrrpInstanceState(st, st, 100, VipsStatus.NOT_ALL_SET,
        InetAddress.getLoopbackAddress(), Instant.EPOCH, r, ProtoErrReason.NO_ERROR,
        VrrpStats.ZERO);
  }

  @Test
  void theLastReasonOutlivesMasterState() {
    assertThat(Vrrpv3MibTables.newMasterReason(null)).isEqualTo(0);
    assertThat(Vrrpv3MibTables.newMasterReason(VrrpInstanceState.initial(100))).isEqualTo(0);
    assertThat(Vrrpv3MibTables.newMasterReason(in(VrrpState.MASTER, NewMasterReason.PREEMPTED)))
        .isEqualTo(2);
    assertThat(Vrrpv3MibTables.newMasterReason(in(VrrpState.BACKUP, NewMasterReason.PRIORITY)))
        .isEqualTo(1);
    assertThat(Vrrpv3MibTables.newMasterReason(
        in(VrrpState.FAULT, NewMasterReason.MASTER_NO_RESPONSE))).isEqualTo(3);
  }
}
