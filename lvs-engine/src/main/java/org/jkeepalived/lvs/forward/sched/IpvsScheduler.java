package org.jkeepalived.lvs.forward.sched;

import java.util.List;
import java.util.Optional;

/**
 * One IPVS scheduling algorithm with the kernel's semantics (net/netfilter/ipvs/ip_vs_NAME.c):
 * picks the destination of a new connection among the service's destinations, in their order.
 * Pure: no I/O, no clock except the one injected; not thread-safe (the caller serialises).
 */
public interface IpvsScheduler {

  /** The kernel's name ("rr", "wlc", "mh"...). */
  String name();

  /**
   * The destination for {@code flow}, or empty when none is available (the kernel's "no
   * destination available": the connection is refused).
   */
  Optional<Candidate> pick(List<? extends Candidate> dests, Flow flow);

  /**
   * The destination list or a weight changed (the kernel's add_dest / upd_dest / del_dest
   * callbacks): table-driven schedulers rebuild here.
   */
  default void destsChanged(List<? extends Candidate> dests) {}
}
