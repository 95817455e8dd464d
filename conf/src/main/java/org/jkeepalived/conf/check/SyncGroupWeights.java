package org.jkeepalived.conf.check;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.VrrpBuilders;
import org.jkeepalived.conf.kw.vrrp.BfdBuilder;
import org.jkeepalived.conf.kw.vrrp.ScriptBuilder;
import org.jkeepalived.conf.kw.vrrp.SyncGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.TrackFileBuilder;
import org.jkeepalived.conf.kw.vrrp.TrackRefBuilder;
import org.jkeepalived.conf.kw.vrrp.VrrpInstanceBuilder;
import org.jkeepalived.mibs.config.TrackRef;

/**
 * A member of a sync group without {@code sync_group_tracking_weight} moves with its group, so
 * its own weighted trackers cannot shift its priority: keepalived 2.2.7 zeroes weighted tracked
 * interfaces and drops weighted tracked scripts, files and BFDs, saying so (messages as the
 * daemon prints them). Weight-0 trackers stay: they still put the whole group in FAULT.
 */
final class SyncGroupWeights {
  private SyncGroupWeights() {}

  static void run(VrrpBuilders v, ParseContext ctx) {
    Map<String, VrrpInstanceBuilder> byName = new HashMap<>();
    for (VrrpInstanceBuilder i : v.instances) {
      byName.put(i.name, i);
    }
    Diagnostics d = ctx.diagnostics();
    for (SyncGroupBuilder g : v.syncGroups) {
      if (g.syncGroupTrackingWeight) {
        continue;
      }
      for (String member : g.members) {
        VrrpInstanceBuilder i = byName.get(member);
        if (i == null) {
          continue;
        }
        zeroInterfaceWeights(i, d);
        drop(i.trackScripts, name -> weightOf(v.scripts.get(name)), d,
            (r, w) -> i.tag() + " ignoring tracked script " + r.name() + " with weights due to SYNC group");
        zeroDefaultFileWeights(i, v, d);
        drop(i.trackFiles, name -> weightOf(v.trackFiles.get(name)), d,
            (r, w) -> i.tag() + " ignoring tracked file " + r.name() + " with weight " + w
                + " due to SYNC group");
        drop(i.trackBfds, name -> weightOf(v.bfds.get(name)), d,
            (r, w) -> i.tag() + " ignoring tracked bfd " + r.name() + " with weight " + w
                + " due to SYNC group");
      }
    }
  }

  private static void zeroInterfaceWeights(VrrpInstanceBuilder i, Diagnostics d) {
    for (int k = 0; k < i.trackInterfaces.size(); k++) {
      TrackRefBuilder r = i.trackInterfaces.get(k);
      Integer w = r.ref().weight();
      if (w != null && w != 0) {
        d.warning(null, i.tag() + " ignoring " + r.ref().name()
            + " tracked interface weight due to SYNC group");
        i.trackInterfaces.set(k,
            new TrackRefBuilder(new TrackRef(r.ref().name(), 0, r.ref().reverse()), r.location()));
      }
    }
  }

  /**
   * A tracked file whose weight is track_file's default (1) is kept at weight 0 with a hint;
   * keepalived only drops files whose weight was chosen.
   */
  private static void zeroDefaultFileWeights(VrrpInstanceBuilder i, VrrpBuilders v, Diagnostics d) {
    for (int k = 0; k < i.trackFiles.size(); k++) {
      TrackRefBuilder r = i.trackFiles.get(k);
      if (r.ref().weight() == null && weightOf(v.trackFiles.get(r.ref().name())) == 1) {
        d.warning(null, i.tag() + " ignoring weight from tracked file " + r.ref().name()
            + " due to SYNC group. specify weight 0");
        i.trackFiles.set(k,
            new TrackRefBuilder(new TrackRef(r.ref().name(), 0, r.ref().reverse()), r.location()));
      }
    }
  }

  /** Removes references whose effective weight (their own, else the object's) is not zero. */
  private static void drop(List<TrackRefBuilder> refs, ToIntFunction<String> defaultWeight,
      Diagnostics d, Message message) {
    for (Iterator<TrackRefBuilder> it = refs.iterator(); it.hasNext(); ) {
      TrackRef r = it.next().ref();
      int w = r.weight() != null ? r.weight() : defaultWeight.applyAsInt(r.name());
      if (w != 0) {
        d.warning(null, message.text(r, w));
        it.remove();
      }
    }
  }

  private static int weightOf(Object builder) {
    if (builder instanceof ScriptBuilder s) {
      return s.weight;
    }
    if (builder instanceof TrackFileBuilder f) {
      return f.weight;
    }
    if (builder instanceof BfdBuilder b) {
      return b.weight;
    }
    return 0;
  }

  @FunctionalInterface
  private interface Message {
    String text(TrackRef ref, int weight);
  }
}
