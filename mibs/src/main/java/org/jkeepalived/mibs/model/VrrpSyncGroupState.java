package org.jkeepalived.mibs.model;

import java.util.Objects;

/** What the VRRP engine observes of a sync group (state part of vrrpSyncGroupTable). */
public record VrrpSyncGroupState(VrrpState state) {
  public VrrpSyncGroupState {
    Objects.requireNonNull(state);
  }
}
