package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;

/** lc (ip_vs_lc.c): the available destination with the smallest connection overhead, weights ignored. */
final class LeastConnection implements IpvsScheduler {
  @Override
  public String name() {
    return "lc";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    Candidate least = null;
    for (Candidate d : dests) {
      if (d.available() && (least == null || d.connOverhead() < least.connOverhead())) {
        least = d;
      }
    }
    return Optional.ofNullable(least);
  }
}
