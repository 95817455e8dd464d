package org.jkeepalived.vrrp.track;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;

/**
 * Works out the tracked objects of one instance as keepalived 2.2.7 does at start-up
 * (vrrp.c vrrp_complete_instance and sync_group_tracking_init):
 *
 * <ul>
 *   <li>a reference without a weight takes the object's default weight and direction;
 *   <li>the instance's own interface is tracked with weight 0 unless {@code dont_track_primary};
 *   <li>an instance in a sync group without {@code sync_group_tracking_weight}, or an address
 *       owner, cannot have weighted trackers of its own: weighted interfaces become weight 0 in a
 *       sync group (and are dropped for an owner outside one); weighted scripts, processes and BFD
 *       instances are dropped; a track_file with the default weight 1 becomes weight 0 and other
 *       weighted files are dropped;
 *   <li>the sync group's own trackers apply to every member with their weights, which become 0 if
 *       any member is an address owner.
 * </ul>
 *
 * <p>An object tracked twice (an interface both primary and in track_interface) is kept once, and
 * weight 0 wins: being down must still mean FAULT.
 */
public final class TrackingResolver {
  private final TrackerDefaults defaults;

  public TrackingResolver(TrackerDefaults defaults) {
    this.defaults = defaults;
  }

  /**
   * The tracked objects of {@code instance}.
   *
   * @param group the instance's sync group, or null
   * @param groupHasOwner whether any member of {@code group} is an address owner (priority 255)
   */
  public List<TrackedObject> resolve(
      VrrpInstanceConfig instance, VrrpSyncGroupConfig group, boolean groupHasOwner) {
    Map<TrackerKey, TrackedObject> out = new LinkedHashMap<>();
    VrrpInstanceConfig.Tracking t = instance.tracking();
    if (!t.dontTrackPrimary() && instance.interfaceName() != null) {
      add(out, new TrackedObject(TrackerKind.INTERFACE, instance.interfaceName(), 0, false));
    }
    boolean noWeights =
        (group != null && !group.syncGroupTrackingWeight()) || instance.priority() == EffectivePriority.OWNER;
    boolean inGroupWithoutWeights = group != null && !group.syncGroupTrackingWeight();
    for (TrackedObject o : refs(TrackerKind.INTERFACE, t.interfaces())) {
      if (noWeights && o.weight() != 0) {
        if (!inGroupWithoutWeights) {
          continue; // address owner: stop tracking the weighted interface
        }
        o = new TrackedObject(o.kind(), o.name(), 0, o.reverse());
      }
      add(out, o);
    }
    instanceOwn(out, TrackerKind.SCRIPT, t.scripts(), noWeights);
    instanceOwnFiles(out, t.files(), noWeights);
    instanceOwn(out, TrackerKind.PROCESS, t.processes(), noWeights);
    instanceOwn(out, TrackerKind.BFD, t.bfds(), noWeights);
    if (group != null) {
      groupRefs(out, TrackerKind.INTERFACE, group.trackInterfaces(), groupHasOwner);
      groupRefs(out, TrackerKind.SCRIPT, group.trackScripts(), groupHasOwner);
      groupRefs(out, TrackerKind.FILE, group.trackFiles(), groupHasOwner);
      groupRefs(out, TrackerKind.PROCESS, group.trackProcesses(), groupHasOwner);
      groupRefs(out, TrackerKind.BFD, group.trackBfds(), groupHasOwner);
    }
    return List.copyOf(out.values());
  }

  private void instanceOwn(
      Map<TrackerKey, TrackedObject> out, TrackerKind kind, List<TrackRef> refs, boolean noWeights) {
    for (TrackedObject o : refs(kind, refs)) {
      if (noWeights && o.weight() != 0) {
        continue; // "ignoring tracked ... with weights due to SYNC group / address owner"
      }
      add(out, o);
    }
  }

  private void instanceOwnFiles(
      Map<TrackerKey, TrackedObject> out, List<TrackRef> refs, boolean noWeights) {
    for (TrackedObject o : refs(TrackerKind.FILE, refs)) {
      if (noWeights && o.weight() == 1) {
        o = new TrackedObject(o.kind(), o.name(), 0, o.reverse()); // 1 is the default weight
      } else if (noWeights && o.weight() != 0) {
        continue;
      }
      add(out, o);
    }
  }

  private void groupRefs(
      Map<TrackerKey, TrackedObject> out, TrackerKind kind, List<TrackRef> refs, boolean owner) {
    for (TrackedObject o : refs(kind, refs)) {
      if (owner && o.weight() != 0) {
        o = new TrackedObject(o.kind(), o.name(), 0, o.reverse());
      }
      add(out, o);
    }
  }

  private List<TrackedObject> refs(TrackerKind kind, List<TrackRef> refs) {
    List<TrackedObject> list = new ArrayList<>();
    for (TrackRef r : refs) {
      defaults.lookup(kind, r.name()).ifPresent(d -> {
        // TrackRef cannot say "reverse not given": a reference with its own weight uses its own
        // direction, one without takes the object's default.
        int weight = r.weight() != null ? r.weight() : d.weight();
        boolean reverse = r.weight() != null ? r.reverse() : d.reverse();
        list.add(new TrackedObject(kind, r.name(), weight, reverse));
      });
    }
    return list;
  }

  private static void add(Map<TrackerKey, TrackedObject> out, TrackedObject o) {
    TrackedObject prev = out.get(o.key());
    if (prev == null) {
      out.put(o.key(), o);
    } else if (prev.weight() != 0 && o.weight() == 0) {
      out.put(o.key(), o);
    }
  }
}
