package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.net.Inet6Address;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.rtnl.AddressManager;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.Rtnl;

/**
 * {@link LinkReadiness} from the engine's link table and the kernel's addresses: running, and for
 * IPv6 a link-local address that has passed DAD (neither IFA_F_TENTATIVE nor IFA_F_DADFAILED).
 * It lists addresses on each call, so channels ask only until the link is found ready.
 */
public final class KernelLinkReadiness implements LinkReadiness {
  private final ToIntFunction<String> ifindex;
  private final Predicate<String> running;
  private final AddressManager addresses;

  /**
   * @param ifindex interface index by name, 0 when unknown
   * @param running whether the named link is running (IFF_RUNNING)
   */
  public KernelLinkReadiness(ToIntFunction<String> ifindex, Predicate<String> running,
      AddressManager addresses) {
    this.ifindex = ifindex;
    this.running = running;
    this.addresses = addresses;
  }

  @Override
  public boolean ready(String ifname, boolean ipv6) {
    int index = ifindex.applyAsInt(ifname);
    if (index == 0 || !running.test(ifname)) {
      return false;
    }
    if (!ipv6) {
      return true;
    }
    try {
      return addresses.list(LinuxConstants.AF_INET6).stream()
          .anyMatch(a -> a.ifindex() == index && usableLinkLocal(a));
    } catch (IOException e) {
      return true; // cannot tell: do not hold adverts back for good
    }
  }

  static boolean usableLinkLocal(InterfaceAddress a) {
    return a.address() instanceof Inet6Address && a.address().isLinkLocalAddress()
        && (a.flags() & (Rtnl.IFA_F_TENTATIVE | Rtnl.IFA_F_DADFAILED)) == 0;
  }
}
