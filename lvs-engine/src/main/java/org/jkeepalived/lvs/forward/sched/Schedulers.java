package org.jkeepalived.lvs.forward.sched;

import java.util.Set;
import java.util.function.LongSupplier;

/** The schedulers by their kernel names. */
public final class Schedulers {
  /** Every name {@link #create} knows. */
  public static final Set<String> NAMES =
      Set.of("rr", "wrr", "lc", "wlc", "sed", "nq", "sh", "dh", "mh", "fo", "ovf", "lblc", "lblcr");

  private Schedulers() {}

  /**
   * A new scheduler.
   *
   * @param name the kernel's name
   * @param flags the service's IP_VS_SVC_F_* flags (sh/mh fallback and port)
   * @param nanos monotonic time for the schedulers that expire entries (lblc, lblcr)
   * @throws IllegalArgumentException for a name the kernel would not find either (ENOENT)
   */
  public static IpvsScheduler create(String name, int flags, LongSupplier nanos) {
    return switch (name) {
      case "rr" -> new RoundRobin();
      case "wrr" -> new WeightedRoundRobin();
      case "lc" -> new LeastConnection();
      case "wlc" -> new WeightedLeastConnection();
      case "sed" -> new ShortestExpectedDelay();
      case "nq" -> new NeverQueue();
      case "sh" -> new SourceHashing(flags);
      case "dh" -> new DestinationHashing();
      case "mh" -> new MaglevHashing(flags);
      case "fo" -> new WeightedFailover();
      case "ovf" -> new WeightedOverflow();
      case "lblc" -> new LocalityBasedLeastConnection(nanos);
      case "lblcr" -> new LocalityBasedLeastConnectionReplication(nanos);
      default -> throw new IllegalArgumentException("unknown scheduler: " + name);
    };
  }
}
