package org.jkeepalived.lvs.forward.sched;

import java.net.InetAddress;

/**
 * What a scheduler sees of a destination: the fields the kernel's schedulers read from {@code
 * struct ip_vs_dest} (net/netfilter/ipvs/ip_vs_*.c). The forwarder's live destination implements
 * it; tests use a plain record.
 */
public interface Candidate {
  InetAddress address();

  int port();

  /** 0: takes no new connections (kernel: quiescent). */
  int weight();

  /** Established connections (TCP ESTABLISHED in the kernel). */
  long activeConns();

  /** Connections in any other state (SYN_RECV, FIN_WAIT, TIME_WAIT; every UDP flow). */
  long inactiveConns();

  /** IP_VS_DEST_F_OVERLOAD: over its upper connection threshold. */
  boolean overloaded();

  /** ip_vs_dest_conn_overhead(): active connections weigh 256 inactive ones. */
  default long connOverhead() {
    return (activeConns() << 8) + inactiveConns();
  }

  /** Neither quiescent nor overloaded: what most schedulers accept. */
  default boolean available() {
    return weight() > 0 && !overloaded();
  }
}
