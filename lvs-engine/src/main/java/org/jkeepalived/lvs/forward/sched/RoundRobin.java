package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;

/**
 * rr (ip_vs_rr.c): the next available destination after the last one picked, in list order. The
 * position is remembered by identity, so that adding or removing another destination does not
 * restart the cycle.
 */
final class RoundRobin implements IpvsScheduler {
  private Candidate last;

  @Override
  public String name() {
    return "rr";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    int n = dests.size();
    int start = last == null ? 0 : dests.indexOf(last) + 1;
    for (int i = 0; i < n; i++) {
      Candidate d = dests.get((start + i) % n);
      if (d.available()) {
        last = d;
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  @Override
  public void destsChanged(List<? extends Candidate> dests) {
    if (last != null && !dests.contains(last)) {
      last = null; // ip_vs_rr_del_dest moves the mark back to the list head
    }
  }
}
