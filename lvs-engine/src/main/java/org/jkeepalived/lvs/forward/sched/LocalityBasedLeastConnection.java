package org.jkeepalived.lvs.forward.sched;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * lblc (ip_vs_lblc.c): each destination address of a connection keeps the destination it was
 * given while that one is available and not overloaded ({@link Locality#overloaded}); otherwise
 * wlc picks a new one and the entry follows. Through a proxy the destination address is the
 * virtual address, so a service behaves as wlc with stickiness to one destination.
 */
final class LocalityBasedLeastConnection implements IpvsScheduler {
  private final LongSupplier nanos;
  private final Map<InetAddress, Entry> table = new LinkedHashMap<>(16, 0.75f, true);

  private static final class Entry {
    Candidate dest;
    long lastUse;
  }

  LocalityBasedLeastConnection(LongSupplier nanos) {
    this.nanos = nanos;
  }

  @Override
  public String name() {
    return "lblc";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    long now = nanos.getAsLong();
    expire(now);
    Entry en = table.get(flow.virtual());
    if (en != null) {
      en.lastUse = now;
      if (dests.contains(en.dest) && en.dest.available()
          && !Locality.overloaded(en.dest, dests)) {
        return Optional.of(en.dest);
      }
    }
    Candidate d = LeastLoad.weighted(dests, Candidate::connOverhead);
    if (d == null) {
      return Optional.empty();
    }
    if (en == null) {
      en = new Entry();
      en.lastUse = now;
      table.put(flow.virtual(), en);
    }
    en.dest = d;
    return Optional.of(d);
  }

  /** ip_vs_lblc_full_check and check_expire: idle entries go. */
  private void expire(long now) {
    long idleLimit =
        table.size() >= Locality.MAX_ENTRIES
            ? Locality.ENTRY_TIMEOUT.toNanos()
            : Locality.EXPIRATION.toNanos();
    table.values().removeIf(e -> now - e.lastUse > idleLimit);
  }

  int entries() {
    return table.size();
  }
}
