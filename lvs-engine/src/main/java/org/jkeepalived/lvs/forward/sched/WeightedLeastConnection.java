package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;

/** wlc (ip_vs_wlc.c): the smallest (256 x active + inactive) / weight. */
final class WeightedLeastConnection implements IpvsScheduler {
  @Override
  public String name() {
    return "wlc";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    return Optional.ofNullable(LeastLoad.weighted(dests, Candidate::connOverhead));
  }
}
