package org.jkeepalived.mibs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StateRecordsTest {
  @Test
  void keepalivedStatesMapToTheRfcOperState() {
    VrrpInstanceState s = VrrpInstanceState.initial(100);
    assertThat(s.operState()).isEqualTo(VrrpOperState.INITIALIZE);
    assertThat(withState(s, VrrpState.MASTER).operState()).isEqualTo(VrrpOperState.MASTER);
    assertThat(withState(s, VrrpState.BACKUP).operState()).isEqualTo(VrrpOperState.BACKUP);
    assertThat(withState(s, VrrpState.FAULT).operState()).isEqualTo(VrrpOperState.INITIALIZE);
  }

  @Test
  void recordsRefuseImpossibleValues() {
    assertThatThrownBy(() -> VrrpInstanceState.initial(256)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VirtualServerState(QuorumStatus.MET, 3, 2, IpvsStats.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VrrpAddressState(AddressStatus.SET, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VrrpStats(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalObservationsAreEqualRecords() {
    // The store emits events only on change: equal state must compare equal.
    assertThat(VrrpInstanceState.initial(150)).isEqualTo(VrrpInstanceState.initial(150));
    assertThat(new RealServerState(RealServerStatus.ALIVE, 0, IpvsStats.ZERO))
        .isEqualTo(new RealServerState(RealServerStatus.ALIVE, 0, IpvsStats.ZERO));
  }

  private static VrrpInstanceState withState(VrrpInstanceState s, VrrpState state) {
    return new VrrpInstanceState(
        state, state, s.effectivePriority(), s.vipsStatus(), s.masterAddress(), s.upSince(),
        s.newMasterReason(), s.protoErrReason(), s.stats());
  }
}
