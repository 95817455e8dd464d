package org.jkeepalived.lvs.forward;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** The forwarder-wide bound on TCP connections at once ({@link ForwarderSettings#maxConnections}). */
final class ConnectionLimit {
  private final int max;
  private final AtomicInteger open = new AtomicInteger();
  private final LongAdder refused = new LongAdder();

  ConnectionLimit(int max) {
    this.max = max;
  }

  boolean tryAcquire() {
    while (true) {
      int n = open.get();
      if (n >= max) {
        refused.increment();
        return false;
      }
      if (open.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  void release() {
    open.decrementAndGet();
  }

  int open() {
    return open.get();
  }

  long refused() {
    return refused.sum();
  }
}
