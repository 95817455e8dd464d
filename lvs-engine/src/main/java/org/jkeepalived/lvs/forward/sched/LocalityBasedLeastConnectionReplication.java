package org.jkeepalived.lvs.forward.sched;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * lblcr (ip_vs_lblcr.c): each destination address keeps a set of destinations; a connection goes
 * to the least loaded of the set, and when that one is overloaded wlc adds a new member. A set of
 * several members that has not changed for {@link Locality#EXPIRATION} loses its most loaded one.
 */
final class LocalityBasedLeastConnectionReplication implements IpvsScheduler {
  private final LongSupplier nanos;
  private final Map<InetAddress, DestSet> table = new HashMap<>();

  private static final class DestSet {
    final List<Candidate> members = new ArrayList<>();
    long lastMod;
    long lastUse;
  }

  LocalityBasedLeastConnectionReplication(LongSupplier nanos) {
    this.nanos = nanos;
  }

  @Override
  public String name() {
    return "lblcr";
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    long now = nanos.getAsLong();
    table.values().removeIf(s -> now - s.lastUse > Locality.EXPIRATION.toNanos());
    DestSet set = table.get(flow.virtual());
    if (set != null) {
      set.lastUse = now;
      set.members.retainAll(dests);
      Candidate least = LeastLoad.weighted(set.members, Candidate::connOverhead);
      if (set.members.size() > 1 && now - set.lastMod > Locality.EXPIRATION.toNanos()) {
        Candidate most = LeastLoad.heaviest(set.members);
        if (most != null) {
          set.members.remove(most);
          set.lastMod = now;
        }
      }
      if (least != null && !Locality.overloaded(least, dests)) {
        return Optional.of(least);
      }
    }
    Candidate d = LeastLoad.weighted(dests, Candidate::connOverhead);
    if (d == null) {
      return Optional.empty();
    }
    if (set == null) {
      set = new DestSet();
      set.lastUse = now;
      table.put(flow.virtual(), set);
    }
    if (!set.members.contains(d)) {
      set.members.add(d);
      set.lastMod = now;
    }
    return Optional.of(d);
  }

  /** The replicated set of {@code virtual}, for tests and diagnostics. */
  List<Candidate> members(InetAddress virtual) {
    DestSet set = table.get(virtual);
    return set == null ? List.of() : List.copyOf(set.members);
  }
}
