package org.jkeepalived.lvs.forward;

import java.util.Optional;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.lvs.forward.sched.Schedulers;

/**
 * What the userspace forwarder cannot do, with the reason in words: the same checks refuse an
 * IPVS call at run time (with EOPNOTSUPP) and let {@code -t} list the features a configuration
 * uses that need kernel IPVS.
 */
public final class UserspaceSupport {
  static final int IPPROTO_TCP = 6;
  static final int IPPROTO_UDP = 17;

  private UserspaceSupport() {}

  /** Why {@code s} cannot be served by the forwarder, or empty. */
  public static Optional<String> unsupported(IpvsService s) {
    IpvsServiceKey k = s.key();
    if (k.isFwmark()) {
      return Optional.of("fwmark services need kernel IPVS: the userspace forwarder listens on"
          + " an address and a port");
    }
    if (k.protocol() != IPPROTO_TCP && k.protocol() != IPPROTO_UDP) {
      return Optional.of("protocol " + k.protocol() + " needs kernel IPVS: the userspace"
          + " forwarder serves TCP and UDP");
    }
    if (k.port() == 0) {
      return Optional.of("a virtual server on every port (port 0) needs kernel IPVS");
    }
    if ((s.flags() & IpvsService.F_ONEPACKET) != 0) {
      return Optional.of("one-packet scheduling (ops) needs kernel IPVS");
    }
    if (s.persistenceEngine() != null && !s.persistenceEngine().isEmpty()) {
      return Optional.of("persistence engine " + s.persistenceEngine() + " needs kernel IPVS");
    }
    if (!Schedulers.NAMES.contains(s.scheduler())) {
      return Optional.of("unknown scheduler " + s.scheduler());
    }
    return Optional.empty();
  }

  /** Why {@code d} cannot be served by the forwarder, or empty. */
  public static Optional<String> unsupported(IpvsDestination d) {
    return switch (d.forwarding()) {
      case IpvsDestination.FWD_MASQ -> Optional.empty();
      case IpvsDestination.FWD_DROUTE -> Optional.of("direct routing (lb_kind DR) cannot be done"
          + " in userspace: the userspace forwarder is a proxy (NAT semantics)");
      case IpvsDestination.FWD_TUNNEL -> Optional.of("tunnelling (lb_kind TUN) cannot be done in"
          + " userspace: the userspace forwarder is a proxy (NAT semantics)");
      default -> Optional.of("forwarding method " + d.forwarding() + " needs kernel IPVS");
    };
  }
}
