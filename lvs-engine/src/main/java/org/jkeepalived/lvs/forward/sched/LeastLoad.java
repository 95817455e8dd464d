package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The comparison the kernel's least-connection family shares: the available destination with the
 * smallest overhead / weight, compared as {@code loh * w > doh * lw} so that no division rounds;
 * on a tie the earlier destination in the list stays.
 */
final class LeastLoad {
  private LeastLoad() {}

  /** The least loaded available destination, or null. */
  static Candidate weighted(List<? extends Candidate> dests, ToLongFunction<Candidate> overhead) {
    Candidate least = null;
    long loh = 0;
    for (Candidate d : dests) {
      if (!d.available()) {
        continue;
      }
      long doh = overhead.applyAsLong(d);
      if (least == null || loh * d.weight() > doh * least.weight()) {
        least = d;
        loh = doh;
      }
    }
    return least;
  }

  /** The most loaded available destination (ip_vs_dest_set_max), or null. */
  static Candidate heaviest(List<? extends Candidate> dests) {
    Candidate most = null;
    long moh = 0;
    for (Candidate d : dests) {
      if (d.weight() <= 0) {
        continue;
      }
      long doh = d.connOverhead();
      if (most == null || moh * d.weight() < doh * most.weight()) {
        most = d;
        moh = doh;
      }
    }
    return most;
  }
}
