package org.jkeepalived.mibs.config;

import java.util.List;

/** A vrrp_sync_group: its member instances (resolved), shared tracking and notify scripts. */
public record VrrpSyncGroupConfig(
    String name,
    List<String> members,
    List<TrackRef> trackInterfaces,
    List<TrackRef> trackScripts,
    List<TrackRef> trackFiles,
    List<TrackRef> trackProcesses,
    List<TrackRef> trackBfds,
    VrrpNotify notifyScripts,
    boolean notifyPriorityChanges,
    Boolean smtpAlert,
    boolean globalTracking,
    boolean syncGroupTrackingWeight) {
  public VrrpSyncGroupConfig {
    members = List.copyOf(members);
    trackInterfaces = List.copyOf(trackInterfaces);
    trackScripts = List.copyOf(trackScripts);
    trackFiles = List.copyOf(trackFiles);
    trackProcesses = List.copyOf(trackProcesses);
    trackBfds = List.copyOf(trackBfds);
  }
}
