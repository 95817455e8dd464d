package org.jkeepalived.conf.kw.vrrp;

import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.tree.ConfNode;

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
        .on("bfd_fast_takeover", VrrpInstanceTrackKeywords::fastTakeover)
        .set("dont_track_primary", b -> b.dontTrackPrimary = true)
        .set("track_src_ip", b -> b.trackSrcIp = true);
  }

  /**
   * {@code bfd_fast_takeover NAME}, a jkeepalived extension in the spirit of
   * draft-ietf-rtgwg-vrrp-bfd-p2p: while BACKUP, the bfd_instance NAME (the session to the
   * master) going Down makes the instance master at once instead of after Master_Down_Interval.
   */
  private static void fastTakeover(ConfNode n, VrrpInstanceBuilder b, ParseContext c) {
    if (n.args().size() != 1) {
      c.error(n, b.tag() + " bfd_fast_takeover needs one bfd_instance name");
      return;
    }
    b.bfdFastTakeover = n.arg(0);
    c.extension(n, b.tag() + " takes over at once when BFD instance " + n.arg(0)
        + " goes down (bfd_fast_takeover, jkeepalived extension, draft-ietf-rtgwg-vrrp-bfd-p2p)");
  }
}
