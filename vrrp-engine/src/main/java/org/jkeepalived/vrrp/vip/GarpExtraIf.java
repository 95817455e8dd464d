package org.jkeepalived.vrrp.vip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jkeepalived.linux.rtnl.InterfaceAddress;

/**
 * {@code garp_extra_if [all] <seconds>}: while master, every {@code interval} a gratuitous ARP or
 * unsolicited NA goes out on each interface, other than the instance's own, that carries one of
 * its VIPs or eVIPs, so that switches keep those interfaces' MACs in their caches (keepalived
 * 2.2.7 vrrp_send_vmac_update). Without {@code all} only VMAC interfaces keepalived made count.
 *
 * @param interval the period; zero disables the feature
 * @param all send on every interface, not only on VMACs
 * @param instanceIfindex the instance's interface (adverts keep that one fresh already)
 * @param ours whether an interface index is a VMAC this daemon created
 */
public record GarpExtraIf(Duration interval, boolean all, int instanceIfindex,
    IntPredicate ours) {
  /** Disabled. */
  public static final GarpExtraIf NONE = new GarpExtraIf(Duration.ZERO, false, 0, i -> false);

  public GarpExtraIf {
    Objects.requireNonNull(interval);
    Objects.requireNonNull(ours);
  }

  public boolean enabled() {
    return !interval.isZero() && !interval.isNegative();
  }

  /**
   * The addresses to announce in one period: the first VIP (VIPs before eVIPs, in configuration
   * order) of each eligible interface.
   */
  public List<InterfaceAddress> select(List<InterfaceAddress> vips) {
    List<InterfaceAddress> out = new ArrayList<>();
    Set<Integer> done = new HashSet<>();
    for (InterfaceAddress a : vips) {
      if (a.ifindex() == instanceIfindex || (!all && !ours.test(a.ifindex()))) {
        continue;
      }
      if (done.add(a.ifindex())) {
        out.add(a);
      }
    }
    return out;
  }
}
