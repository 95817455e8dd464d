package org.jkeepalived.mibs.model;

import java.util.Objects;

/**
 * Config row of vrrpSyncGroupMemberTable, index (vrrpSyncGroupIndex, vrrpInstanceIndex of the
 * member): the member instance's name.
 */
public record VrrpSyncGroupMemberRow(String instanceName) {
  public VrrpSyncGroupMemberRow {
    Objects.requireNonNull(instanceName);
  }
}
