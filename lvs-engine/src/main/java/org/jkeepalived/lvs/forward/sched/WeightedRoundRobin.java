package org.jkeepalived.lvs.forward.sched;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * wrr (ip_vs_wrr.c): walks the list repeatedly with a current weight {@code cw} that starts at
 * the maximum weight and drops by the weights' gcd on each wrap; a destination whose weight is at
 * least {@code cw} is picked. Weights 3 and 1 give A A A B. Overloaded destinations are skipped,
 * weight 0 ones are never reached.
 */
final class WeightedRoundRobin implements IpvsScheduler {
  /** Index of the last pick; -1 is the list head. */
  private int position = -1;
  private int cw;
  private int mw;
  private int di = 1;

  @Override
  public String name() {
    return "wrr";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    if (mw <= 0 || dests.isEmpty()) {
      return Optional.empty();
    }
    int n = dests.size();
    // every (position, cw) pair at most once: then nothing qualifies
    long limit = (long) (n + 1) * (mw / di + 2);
    for (long step = 0; step < limit; step++) {
      position++;
      if (position >= n) {
        position = -1;
        cw -= di;
        if (cw <= 0) {
          cw = mw;
        }
        continue;
      }
      Candidate d = dests.get(position);
      if (!d.overloaded() && d.weight() > 0 && d.weight() >= cw) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** ip_vs_wrr_dest_changed: back to the head, gcd and maximum recomputed, cw kept in range. */
  @Override
  public void destsChanged(List<? extends Candidate> dests) {
    position = -1;
    di = gcd(dests);
    mw = dests.stream().mapToInt(Candidate::weight).max().orElse(0) - (di - 1);
    if (cw > mw || cw == 0) {
      cw = mw;
    } else if (di > 1) {
      cw = (cw / di) * di + 1;
    }
  }

  static int gcd(List<? extends Candidate> dests) {
    int g = 0;
    for (Candidate d : dests) {
      if (d.weight() > 0) {
        g = g > 0 ? BigInteger.valueOf(g).gcd(BigInteger.valueOf(d.weight())).intValue() : d.weight();
      }
    }
    return g == 0 ? 1 : g;
  }
}
