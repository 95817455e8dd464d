package org.jkeepalived.conf.kw.vrrp;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;

/** A vrrp_sync_group while read and resolved. */
public final class SyncGroupBuilder {
  public final String name;
  public final Location location;
  public final List<String> members = new ArrayList<>();
  public final List<TrackRefBuilder> trackInterfaces = new ArrayList<>();
  public final List<TrackRefBuilder> trackScripts = new ArrayList<>();
  public final List<TrackRefBuilder> trackFiles = new ArrayList<>();
  public final List<TrackRefBuilder> trackProcesses = new ArrayList<>();
  public final List<TrackRefBuilder> trackBfds = new ArrayList<>();
  public ScriptSpec notifyMaster;
  public ScriptSpec notifyBackup;
  public ScriptSpec notifyFault;
  public ScriptSpec notifyStop;
  public boolean notifyDeleted;
  public ScriptSpec notifyDeletedScript;
  public ScriptSpec notifyAny;
  public boolean notifyPriorityChanges;
  public Boolean smtpAlert;
  public boolean globalTracking;
  public boolean syncGroupTrackingWeight;

  public SyncGroupBuilder(String name, Location location) {
    this.name = name;
    this.location = location;
  }

  public VrrpNotify notifyScripts() {
    return new VrrpNotify(
        notifyMaster, notifyBackup, notifyFault, notifyStop, notifyDeleted,
        notifyDeletedScript, notifyAny, null);
  }

  static List<TrackRef> refs(List<TrackRefBuilder> in) {
    List<TrackRef> out = new ArrayList<>(in.size());
    for (TrackRefBuilder r : in) {
      out.add(r.ref());
    }
    return out;
  }

  public VrrpSyncGroupConfig build() {
    return new VrrpSyncGroupConfig(
        name, members, refs(trackInterfaces), refs(trackScripts), refs(trackFiles),
        refs(trackProcesses), refs(trackBfds), notifyScripts(), notifyPriorityChanges,
        smtpAlert, globalTracking, syncGroupTrackingWeight);
  }
}
