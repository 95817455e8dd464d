package org.jkeepalived.vrrp.track;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.mibs.config.StaticConfig;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the static {@code track_group}s make each VRRP instance track, as keepalived 2.2.7 does it
 * (vrrp_static_track.c static_track_group_init, confirmed with the real binary): a static address,
 * route or rule naming a track group adds the entry's interface to the tracked interfaces of every
 * instance of that group, with weight 0. The interface is the address's {@code dev} (else the
 * default interface), the route's {@code dev} (multipath routes have none and track nothing) and
 * the rule's {@code iif}; an entry that also says {@code no_track} is not tracked.
 *
 * <p>So the group's instances go to FAULT while that interface is down, and come back (BACKUP,
 * then MASTER by the usual timers) when it is up again. Deleting the entry itself changes no
 * state: keepalived only restores it, and stays in its state even when the restore fails - the
 * man page's "transition to backup" / "to fault state" on deletion is not what 2.2.7 does.
 *
 * <p>Immutable; {@link #NONE} tracks nothing.
 */
public final class StaticTrackGroups {
  private static final Logger LOG = LoggerFactory.getLogger(StaticTrackGroups.class);

  /** No static entry is tracked. */
  public static final StaticTrackGroups NONE = new StaticTrackGroups(Map.of());

  /** Instance name to the interfaces its groups' static entries are on, in config order. */
  private final Map<String, Set<String>> interfaces;

  private StaticTrackGroups(Map<String, Set<String>> interfaces) {
    this.interfaces = interfaces;
  }

  /**
   * The tracking of {@code statics}.
   *
   * @param statics the static section (null: nothing is tracked)
   * @param defaultInterface global_defs default_interface, the device of an address without
   *     {@code dev} (null: such addresses are not tracked)
   */
  public static StaticTrackGroups of(StaticConfig statics, String defaultInterface) {
    if (statics == null || statics.trackGroups().isEmpty()) {
      return NONE;
    }
    Map<String, Set<String>> byGroup = new LinkedHashMap<>();
    for (VirtualAddress a : statics.addresses()) {
      String dev = a.dev() != null ? a.dev() : defaultInterface;
      entry(byGroup, statics, "address " + a.address(), a.trackGroup(), a.noTrack(), dev);
    }
    for (VirtualRoute r : statics.routes()) {
      entry(byGroup, statics, "route " + r.destination(), r.trackGroup(), r.noTrack(), r.dev());
    }
    for (VirtualRule r : statics.rules()) {
      entry(byGroup, statics, "rule " + r.preference(), r.trackGroup(), r.noTrack(), r.iif());
    }
    Map<String, Set<String>> byInstance = new LinkedHashMap<>();
    byGroup.forEach((group, ifs) -> {
      for (String instance : statics.trackGroups().get(group)) {
        byInstance.computeIfAbsent(instance, k -> new LinkedHashSet<>()).addAll(ifs);
      }
    });
    byInstance.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    return new StaticTrackGroups(Map.copyOf(byInstance));
  }

  private static void entry(Map<String, Set<String>> byGroup, StaticConfig statics, String what,
      String group, boolean noTrack, String dev) {
    if (group == null) {
      return;
    }
    if (noTrack) {
      LOG.info("Static {} has both track_group and no_track set - not tracking", what);
      return;
    }
    if (!statics.trackGroups().containsKey(group)) {
      LOG.warn("Static {} names track_group {} which does not exist - not tracking", what, group);
      return;
    }
    if (dev == null) {
      return; // keepalived tracks the entry's interface; without one there is nothing to follow
    }
    byGroup.computeIfAbsent(group, k -> new LinkedHashSet<>()).add(dev);
  }

  /** The interfaces {@code instance} tracks because of static entries (empty if none). */
  public Set<String> interfacesOf(String instance) {
    return interfaces.getOrDefault(instance, Set.of());
  }

  /**
   * {@code tracked} with the instance's static-entry interfaces added at weight 0; an interface
   * already tracked with a weight becomes weight 0 (being down must mean FAULT, as in {@link
   * TrackingResolver}).
   */
  public List<TrackedObject> addTo(String instance, List<TrackedObject> tracked) {
    Set<String> extra = interfacesOf(instance);
    if (extra.isEmpty()) {
      return tracked;
    }
    Map<TrackerKey, TrackedObject> out = new LinkedHashMap<>();
    tracked.forEach(t -> out.put(t.key(), t));
    for (String ifname : extra) {
      TrackedObject o = new TrackedObject(TrackerKind.INTERFACE, ifname, 0, false);
      out.put(o.key(), o);
    }
    return List.copyOf(new ArrayList<>(out.values()));
  }
}
