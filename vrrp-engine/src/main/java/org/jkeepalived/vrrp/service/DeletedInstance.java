package org.jkeepalived.vrrp.service;

import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;

/**
 * The last row of an instance a reload removes. keepalived 2.2.7 (clear_diff_vrrp) sets such an
 * instance's state to DELETED and sends its notifies: the notifiers write {@code INSTANCE "VI_2"
 * DELETED 100} with notify_deleted, {@code FAULT} without (checked against the binary), at the
 * effective priority it had. The engine publishes this row, then removes it.
 */
final class DeletedInstance {
  private DeletedInstance() {}

  /** {@code last} (taken before the instance stopped) in state DELETED. */
  static VrrpInstanceState of(VrrpInstanceState last) {
    return new VrrpInstanceState(VrrpState.DELETED, VrrpState.DELETED, last.effectivePriority(),
        last.vipsStatus(), last.masterAddress(), last.upSince(), last.newMasterReason(),
        last.protoErrReason(), last.stats(), last.lastAuthError(), last.masterRxLowerPri());
  }
}
