package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;
import org.jkeepalived.linux.ipvs.IpvsService;

/**
 * sh (ip_vs_sh.c): a 256-bucket table filled in list order, each destination taking as many
 * consecutive buckets as its weight; a client's address (and port with sh-port, {@link
 * IpvsService#F_SCHED2}) picks the bucket. An unavailable destination refuses the client, unless
 * sh-fallback ({@link IpvsService#F_SCHED1}) walks on to the next bucket that has an available one.
 */
final class SourceHashing implements IpvsScheduler {
  static final int TAB_BITS = 8;
  static final int TAB_SIZE = 1 << TAB_BITS;

  private final boolean fallback;
  private final boolean usePort;
  private final Candidate[] buckets = new Candidate[TAB_SIZE];

  SourceHashing(int flags) {
    this.fallback = (flags & IpvsService.F_SCHED1) != 0;
    this.usePort = (flags & IpvsService.F_SCHED2) != 0;
  }

  @Override
  public String name() {
    return "sh";
  }

  /** ip_vs_sh_reassign. */
  @Override
  public void destsChanged(List<? extends Candidate> dests) {
    int p = 0;
    int count = 0;
    for (int i = 0; i < TAB_SIZE; i++) {
      if (dests.isEmpty()) {
        buckets[i] = null;
        continue;
      }
      Candidate d = dests.get(p % dests.size());
      buckets[i] = d;
      if (++count >= d.weight()) {
        p++;
        count = 0;
      }
    }
  }

  static int hashKey(Flow flow, boolean usePort, int offset) {
    int port = usePort ? flow.clientPort() : 0;
    return (offset + AddressHash.hash32(port + AddressHash.fold(flow.client()), TAB_BITS))
        & (TAB_SIZE - 1);
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    int ihash = hashKey(flow, usePort, 0);
    Candidate d = buckets[ihash];
    if (d == null || d.available() || !fallback) {
      return Optional.ofNullable(d).filter(Candidate::available);
    }
    for (int offset = 0; offset < TAB_SIZE; offset++) {
      Candidate next = buckets[hashKey(flow, usePort, (offset + ihash) % TAB_SIZE)];
      if (next == null) {
        break;
      }
      if (next.available()) {
        return Optional.of(next);
      }
    }
    return Optional.empty();
  }
}
