package org.jkeepalived.conf.kw.vrrp;

import java.util.List;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.TrackRef;

/**
 * The lines of a track_* block: {@code NAME [weight N] [reverse|noreverse|no_reverse]}. A weight
 * outside the range is reported and the reference is kept without a weight; a name already
 * tracked by the same block kind is reported as a duplicate and ignored (keepalived 2.2.7).
 */
final class TrackRefs {
  private TrackRefs() {}

  static void read(
      ConfNode block, List<TrackRefBuilder> out, int min, int max, String owner, ParseContext c) {
    for (ConfNode line : block.children()) {
      TrackRefBuilder r = one(line, min, max, owner, c);
      if (r == null) {
        continue;
      }
      if (tracks(out, r.ref().name())) {
        c.diagnostics().warning(line.location(),
            owner + " duplicate " + block.keyword() + " " + r.ref().name() + " - ignoring");
      } else {
        out.add(r);
      }
    }
  }

  private static boolean tracks(List<TrackRefBuilder> refs, String name) {
    for (TrackRefBuilder r : refs) {
      if (r.ref().name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static TrackRefBuilder one(ConfNode n, int min, int max, String owner, ParseContext c) {
    Integer weight = null;
    boolean reverse = false;
    int i = 0;
    while (i < n.args().size()) {
      String opt = n.arg(i);
      if (opt.equals("weight")) {
        // keepalived reads the number in a range one wider, then checks the real one.
        Long w = Values.integer(n, i + 1, min - 1, max + 1, c);
        if (w == null || w < min || w > max) {
          c.error(
              n,
              owner + " weight " + Values.argOrEmpty(n, i + 1) + " for " + n.keyword()
                  + " must be between [" + min + ".." + max + "] inclusive. Ignoring...");
        } else {
          weight = w.intValue();
        }
        i += 2;
      } else if (opt.equals("reverse")) {
        reverse = true;
        i++;
      } else if (opt.equals("noreverse") || opt.equals("no_reverse")) {
        reverse = false;
        i++;
      } else {
        c.error(n, owner + " unknown track option " + opt + " for " + n.keyword());
        i++;
      }
    }
    return new TrackRefBuilder(new TrackRef(n.keyword(), weight, reverse), n.location());
  }
}
