package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;

/**
 * nq (ip_vs_nq.c): the first available destination with no active connection, else as sed.
 */
final class NeverQueue implements IpvsScheduler {
  @Override
  public String name() {
    return "nq";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    for (Candidate d : dests) {
      if (d.available() && d.activeConns() == 0) {
        return Optional.of(d);
      }
    }
    return Optional.ofNullable(LeastLoad.weighted(dests, d -> d.activeConns() + 1));
  }
}
