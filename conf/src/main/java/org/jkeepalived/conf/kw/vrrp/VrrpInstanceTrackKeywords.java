package org.jkeepalived.conf.kw.vrrp;

import org.jkeepalived.conf.kw.KeywordTable;

/** The track_* keywords of a vrrp_instance, with the weight ranges of keepalived.conf(5). */
final class VrrpInstanceTrackKeywords {
  private VrrpInstanceTrackKeywords() {}

  static void install(KeywordTable.Builder<VrrpInstanceBuilder> t) {
    t.on("track_interface", (n, b, c) -> {
          int first = b.trackInterfaces.size();
          TrackRefs.read(n, b.trackInterfaces, -253, 253, b.tag(), c);
          // keepalived reports a missing tracked interface at its line and keeps tracking it.
          for (TrackRefBuilder r : b.trackInterfaces.subList(first, b.trackInterfaces.size())) {
            if (!c.host().interfaceExists(r.ref().name())) {
              c.diagnostics().warning(
                  r.location(), b.tag() + " tracked interface " + r.ref().name() + " doesn't exist");
              c.noteMissingInterface();
            }
          }
        })
        .on("track_script", (n, b, c) -> TrackRefs.read(n, b.trackScripts, -253, 253, b.tag(), c))
        .on("track_file", (n, b, c) -> TrackRefs.read(n, b.trackFiles, -254, 254, b.tag(), c))
        .on("track_process", (n, b, c) -> TrackRefs.read(n, b.trackProcesses, -254, 254, b.tag(), c))
        .on("track_bfd", (n, b, c) -> TrackRefs.read(n, b.trackBfds, -253, 253, b.tag(), c))
        .set("dont_track_primary", b -> b.dontTrackPrimary = true)
        .set("track_src_ip", b -> b.trackSrcIp = true);
  }
}
