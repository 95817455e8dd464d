package org.jkeepalived.lvs.forward;

import java.util.concurrent.atomic.LongAdder;
import org.jkeepalived.linux.ipvs.IpvsCounters;

/**
 * The counters of a service or a destination (IPVS_STATS_ATTR_*). Incremented from any
 * forwarding thread; the estimator is ticked from one. Packets through the TCP proxy are counted
 * per socket read or write (several segments may make one), bytes are payload bytes: the kernel
 * counts IP packets and bytes with their headers.
 */
final class Traffic {
  private final LongAdder conns = new LongAdder();
  private final LongAdder inPkts = new LongAdder();
  private final LongAdder outPkts = new LongAdder();
  private final LongAdder inBytes = new LongAdder();
  private final LongAdder outBytes = new LongAdder();
  private final RateEstimator estimator = new RateEstimator();

  void connection() {
    conns.increment();
  }

  /** Client to real server. */
  void in(long bytes) {
    inPkts.increment();
    inBytes.add(bytes);
  }

  /** Real server to client. */
  void out(long bytes) {
    outPkts.increment();
    outBytes.add(bytes);
  }

  synchronized void tick() {
    estimator.tick(conns.sum(), inPkts.sum(), outPkts.sum(), inBytes.sum(), outBytes.sum());
  }

  synchronized IpvsCounters snapshot() {
    return estimator.counters(
        conns.sum(), inPkts.sum(), outPkts.sum(), inBytes.sum(), outBytes.sum());
  }
}
