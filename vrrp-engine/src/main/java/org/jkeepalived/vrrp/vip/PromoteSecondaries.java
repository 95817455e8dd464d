package org.jkeepalived.vrrp.vip;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jkeepalived.linux.sysctl.Sysctl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code promote_secondaries}: keepalived 2.2.7 sets net.ipv4.conf.IF.promote_secondaries to 1
 * on the interface of an instance that asks for it when the instance starts, so that removing a
 * VIP that is the primary address of its subnet promotes the other addresses of that subnet
 * instead of deleting them with it; at exit it puts 0 back on the interfaces where it found 0.
 * Engine loop only.
 */
public final class PromoteSecondaries {
  static final String KEY = "promote_secondaries";
  private static final Logger LOG = LoggerFactory.getLogger(PromoteSecondaries.class);

  private final Sysctl sysctl;
  private final Set<String> changed = new LinkedHashSet<>();

  public PromoteSecondaries(Sysctl sysctl) {
    this.sysctl = Objects.requireNonNull(sysctl);
  }

  /** Turns the flag on for {@code ifname}, remembering whether it was off. */
  public void enable(String ifname) {
    try {
      if (sysctl.read(Sysctl.ipv4Conf(ifname, KEY)).filter("1"::equals).isPresent()) {
        return;
      }
      sysctl.write(Sysctl.ipv4Conf(ifname, KEY), "1");
      changed.add(ifname);
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot set promote_secondaries on {}: {}", ifname, e.getMessage());
    }
  }

  /** Turns the flag off again where {@link #enable} turned it on. */
  public void restore() {
    for (String ifname : List.copyOf(changed)) {
      try {
        sysctl.write(Sysctl.ipv4Conf(ifname, KEY), "0");
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot reset promote_secondaries on {}: {}", ifname, e.getMessage());
      }
    }
    changed.clear();
  }

  /** The interfaces whose flag this daemon turned on. */
  public Set<String> changed() {
    return Set.copyOf(changed);
  }
}
