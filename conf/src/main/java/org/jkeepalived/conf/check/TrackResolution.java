package org.jkeepalived.conf.check;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.VrrpBuilders;
import org.jkeepalived.conf.kw.vrrp.SyncGroupBuilder;
import org.jkeepalived.conf.kw.vrrp.TrackRefBuilder;
import org.jkeepalived.conf.kw.vrrp.VrrpInstanceBuilder;

/**
 * Drops track_script / track_file / track_process / track_bfd references to objects that do not
 * exist (keepalived: "(VI_1) track script X not found, ignoring..." at the reference's line).
 */
final class TrackResolution {
  private TrackResolution() {}

  static void run(VrrpBuilders v, ParseContext ctx) {
    for (VrrpInstanceBuilder i : v.instances) {
      resolve(i.tag(), i.trackScripts, v.scripts, "script", ctx);
      resolve(i.tag(), i.trackFiles, v.trackFiles, "file", ctx);
      resolve(i.tag(), i.trackProcesses, v.trackProcesses, "process", ctx);
      resolve(i.tag(), i.trackBfds, v.bfds, "bfd", ctx);
      if (i.bfdFastTakeover != null && !v.bfds.containsKey(i.bfdFastTakeover)) {
        ctx.diagnostics().error(null, i.tag() + " bfd_fast_takeover " + i.bfdFastTakeover
            + " not found, ignoring...");
        i.bfdFastTakeover = null;
      }
    }
    for (SyncGroupBuilder g : v.syncGroups) {
      String tag = "(" + g.name + ")";
      resolve(tag, g.trackScripts, v.scripts, "script", ctx);
      resolve(tag, g.trackFiles, v.trackFiles, "file", ctx);
      resolve(tag, g.trackProcesses, v.trackProcesses, "process", ctx);
      resolve(tag, g.trackBfds, v.bfds, "bfd", ctx);
    }
  }

  private static void resolve(
      String tag, List<TrackRefBuilder> refs, Map<String, ?> known, String what, ParseContext c) {
    for (Iterator<TrackRefBuilder> it = refs.iterator(); it.hasNext(); ) {
      TrackRefBuilder r = it.next();
      if (!known.containsKey(r.ref().name())) {
        c.diagnostics()
            .error(
                r.location(),
                tag + " track " + what + " " + r.ref().name() + " not found, ignoring...");
        it.remove();
      }
    }
  }
}
