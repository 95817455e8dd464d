package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;

/**
 * dh (ip_vs_dh.c): a 256-bucket table filled round robin (weights only decide availability),
 * indexed by the connection's destination address. Through a proxy that destination is always
 * the virtual address, so every client of a service goes to the same destination: kernel
 * semantics, kept for configurations that name it.
 */
final class DestinationHashing implements IpvsScheduler {
  static final int TAB_BITS = 8;
  static final int TAB_SIZE = 1 << TAB_BITS;
  private static final long KNUTH = 2654435761L;

  private final Candidate[] buckets = new Candidate[TAB_SIZE];

  @Override
  public String name() {
    return "dh";
  }

  /** ip_vs_dh_reassign: bucket i gets destination i mod n. */
  @Override
  public void destsChanged(List<? extends Candidate> dests) {
    for (int i = 0; i < TAB_SIZE; i++) {
      buckets[i] = dests.isEmpty() ? null : dests.get(i % dests.size());
    }
  }

  static int hashKey(Flow flow) {
    long folded = AddressHash.fold(flow.virtual()) & 0xFFFFFFFFL;
    return (int) ((folded * KNUTH) & (TAB_SIZE - 1));
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    return Optional.ofNullable(buckets[hashKey(flow)]).filter(Candidate::available);
  }
}
