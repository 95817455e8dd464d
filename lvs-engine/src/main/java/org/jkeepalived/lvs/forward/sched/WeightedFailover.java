package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;

/**
 * fo (ip_vs_fo.c): every new connection to the available destination with the highest weight
 * (the first of equals); the others are standbys.
 */
final class WeightedFailover implements IpvsScheduler {
  @Override
  public String name() {
    return "fo";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    Candidate best = null;
    for (Candidate d : dests) {
      if (d.available() && (best == null || d.weight() > best.weight())) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
