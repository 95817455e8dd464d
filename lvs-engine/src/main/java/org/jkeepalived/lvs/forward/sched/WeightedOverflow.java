package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;

/**
 * ovf (ip_vs_ovf.c): the highest-weight available destination whose active connections do not
 * exceed its weight; when it fills up, the next one takes the overflow.
 */
final class WeightedOverflow implements IpvsScheduler {
  @Override
  public String name() {
    return "ovf";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    Candidate best = null;
    for (Candidate d : dests) {
      if (!d.available() || d.activeConns() > d.weight()) {
        continue;
      }
      if (best == null || d.weight() > best.weight()) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
