package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;

/**
 * sed (ip_vs_sed.c): the smallest expected delay (active + 1) / weight; inactive connections do
 * not count.
 */
final class ShortestExpectedDelay implements IpvsScheduler {
  @Override
  public String name() {
    return "sed";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    return Optional.ofNullable(LeastLoad.weighted(dests, d -> d.activeConns() + 1));
  }
}
