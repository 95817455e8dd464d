package org.jkeepalived.lvs.forward.sched;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.linux.ipvs.IpvsService;

/**
 * mh (ip_vs_mh.c, Maglev: Eisenbud et al., NSDI 2016): a lookup table of a prime size where
 * every destination of weight above 0 claims slots along its own permutation (offset, skip from
 * two hashes of its address and port), as many per round as its weight divided by the weights'
 * gcd. Adding or removing a destination moves only about its share of clients. Like sh, it
 * honours mh-fallback ({@link IpvsService#F_SCHED1}) and mh-port ({@link IpvsService#F_SCHED2}).
 *
 * <p>The kernel hashes with hsiphash and fixed keys; this class uses its own 64-bit mix, so the
 * slot a given client lands on differs from the kernel's while the distribution and the
 * disruption properties are the same.
 */
final class MaglevHashing implements IpvsScheduler {
  /** The kernel's default table size (CONFIG_IP_VS_MH_TAB_INDEX 12: primes[4]). */
  static final int TAB_SIZE = 4093;
  private static final int TAB_BITS = 12;

  private final boolean fallback;
  private final boolean usePort;
  private final Candidate[] lookup = new Candidate[TAB_SIZE];

  MaglevHashing(int flags) {
    this.fallback = (flags & IpvsService.F_SCHED1) != 0;
    this.usePort = (flags & IpvsService.F_SCHED2) != 0;
  }

  @Override
  public String name() {
    return "mh";
  }

  /** ip_vs_mh_reassign: permutations, then round-robin claims until the table is full. */
  @Override
  public void destsChanged(List<? extends Candidate> dests) {
    Arrays.fill(lookup, null);
    int n = dests.size();
    int gcd = WeightedRoundRobin.gcd(dests);
    int maxTurns = dests.stream().mapToInt(Candidate::weight).max().orElse(0) / gcd;
    int shift = Math.max(0, 32 - Integer.numberOfLeadingZeros(maxTurns) - TAB_BITS);
    int[] next = new int[n];
    int[] skip = new int[n];
    int[] turns = new int[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Candidate d = dests.get(i);
      next[i] = (int) Long.remainderUnsigned(hash(d.address(), d.port(), 1), TAB_SIZE);
      skip[i] = (int) Long.remainderUnsigned(hash(d.address(), d.port(), 2), TAB_SIZE - 1) + 1;
      turns[i] = d.weight() > 0 ? Math.max(1, (d.weight() / gcd) >> shift) : 0;
      any |= turns[i] > 0;
    }
    if (!any) {
      return;
    }
    int filled = 0;
    while (filled < TAB_SIZE) {
      for (int i = 0; i < n && filled < TAB_SIZE; i++) {
        for (int t = 0; t < turns[i] && filled < TAB_SIZE; t++) {
          while (lookup[next[i]] != null) {
            next[i] = (next[i] + skip[i]) % TAB_SIZE;
          }
          lookup[next[i]] = dests.get(i);
          filled++;
        }
      }
    }
  }

  private static long hash(InetAddress address, int port, long seed) {
    long key = ((long) AddressHash.fold(address) << 16) ^ port ^ (seed << 56);
    return AddressHash.mix64(key);
  }

  private int slot(Flow flow, int offset) {
    return (int)
        Long.remainderUnsigned(
            hash(flow.client(), usePort ? flow.clientPort() : 0, 3) + offset, TAB_SIZE);
  }

  @Override
  public Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow) {
    int ihash = slot(flow, 0);
    Candidate d = lookup[ihash];
    if (d == null || d.available() || !fallback) {
      return Optional.ofNullable(d).filter(Candidate::available);
    }
    for (int offset = 1; offset < TAB_SIZE; offset++) {
      Candidate next = lookup[slot(flow, offset)];
      if (next != null && next.available()) {
        return Optional.of(next);
      }
    }
    return Optional.empty();
  }
}
