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
  @Test
  void instanceStateKeepsItsNineArgumentFormAndRecordsAuthErrors() throws Exception {
    VrrpInstanceState s = VrrpInstanceState.initial(100);
    assertThat(s.lastAuthError()).isNull();
    VrrpAuthError err = new VrrpAuthError(AuthErrorType.INVALID_AUTH_TYPE,
        java.net.InetAddress.getByName("198.18.1.12"));
    VrrpStats counted = new VrrpStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
    VrrpInstanceState after = s.withAuthError(err, counted);
    assertThat(after.lastAuthError()).isEqualTo(err);
    assertThat(after.stats()).isEqualTo(counted);
    assertThat(after.state()).isEqualTo(s.state());
    assertThat(AuthErrorType.INVALID_AUTH_TYPE.count(counted)).isEqualTo(1);
    assertThat(AuthErrorType.AUTH_FAILURE.count(counted)).isZero();
    assertThatThrownBy(() -> new VrrpAuthError(AuthErrorType.AUTH_FAILURE, null))
        .isInstanceOf(NullPointerException.class);
  }
}
