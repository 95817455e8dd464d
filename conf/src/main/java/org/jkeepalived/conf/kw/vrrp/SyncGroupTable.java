package org.jkeepalived.conf.kw.vrrp;

import java.util.List;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.Scripts;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.ScriptSpec;

/** The vrrp_sync_group keywords (keepalived.conf(5), "VRRP synchronization group(s)"). */
public final class SyncGroupTable {
  private SyncGroupTable() {}

  public static KeywordTable<SyncGroupBuilder> create() {
    return KeywordTable.<SyncGroupBuilder>builder("vrrp_sync_group")
        .on(
            "group",
            (n, b, c) -> {
              for (ConfNode line : n.children()) {
                b.members.add(line.keyword());
                b.members.addAll(line.args());
              }
            })
        .on("track_interface", (n, b, c) -> TrackRefs.read(n, b.trackInterfaces, -253, 253, tag(b), c))
        .on("track_script", (n, b, c) -> TrackRefs.read(n, b.trackScripts, -253, 253, tag(b), c))
        .on("track_file", (n, b, c) -> TrackRefs.read(n, b.trackFiles, -254, 254, tag(b), c))
        .on("track_process", (n, b, c) -> TrackRefs.read(n, b.trackProcesses, -254, 254, tag(b), c))
        .on("track_bfd", (n, b, c) -> TrackRefs.read(n, b.trackBfds, -253, 253, tag(b), c))
        .on(
            List.of("notify_master", "notify_backup", "notify_fault", "notify_stop", "notify"),
            (n, b, c) -> {
              ScriptSpec s = Scripts.script(n, 0, c);
              if (s == null) {
                return;
              }
              switch (n.keyword()) {
                case "notify_master":
                  b.notifyMaster = s;
                  break;
                case "notify_backup":
                  b.notifyBackup = s;
                  break;
                case "notify_fault":
                  b.notifyFault = s;
                  break;
                case "notify_stop":
                  b.notifyStop = s;
                  break;
                default:
                  b.notifyAny = s;
              }
            })
        .flag("notify_priority_changes", (b, v) -> b.notifyPriorityChanges = v)
        .flag("smtp_alert", (b, v) -> b.smtpAlert = v)
        .set("global_tracking", b -> b.globalTracking = true)
        .set("sync_group_tracking_weight", b -> b.syncGroupTrackingWeight = true)
        .build();
  }

  private static String tag(SyncGroupBuilder b) {
    return "(" + b.name + ")";
  }
}
