package org.jkeepalived.vrrp.vip;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jkeepalived.linux.neigh.GratuitousArpSender;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.neigh.NeighborAdvertisement;
import org.jkeepalived.linux.neigh.UnsolicitedNaSender;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.mibs.config.IpText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one instance's gratuitous ARPs (IPv4) and unsolicited neighbour advertisements (IPv6) on
 * the engine loop following a {@link GarpPlan}; {@link #stop()} cancels whatever is still
 * pending when the instance leaves MASTER.
 */
public final class GarpAnnouncer {
  private static final Logger LOG = LoggerFactory.getLogger("org.jkeepalived.vrrp");

  private final String instance;
  private final Scheduler loop;
  private final GratuitousArpSender arp;
  private final UnsolicitedNaSender na;
  private final LinkDirectory links;
  private final Ipv6Forwarding forwarding;
  private GarpPlan plan;
  private GarpPacer pacer;
  private GarpExtraIf extraIf = GarpExtraIf.NONE;
  private final List<Scheduler.Cancellable> pending = new ArrayList<>();
  /** Addresses with a paced message waiting for its slot. */
  private final java.util.Set<InterfaceAddress> queued = new java.util.HashSet<>();

  /**
   * Addresses on an interface whose MAC {@code links} does not know are not announced. NAs carry
   * the Router flag when the kernel forwards IPv6 on the interface, as keepalived's do.
   */
  public GarpAnnouncer(String instance, Scheduler loop, GratuitousArpSender arp,
      UnsolicitedNaSender na, LinkDirectory links, GarpPlan plan) {
    this(instance, loop, arp, na, links, plan, Ipv6Forwarding.proc());
  }

  /** As above, with the forwarding setting from {@code forwarding}. */
  public GarpAnnouncer(String instance, Scheduler loop, GratuitousArpSender arp,
      UnsolicitedNaSender na, LinkDirectory links, GarpPlan plan, Ipv6Forwarding forwarding) {
    this.forwarding = forwarding;
    this.instance = instance;
    this.loop = loop;
    this.arp = arp;
    this.na = na;
    this.links = links;
    this.plan = plan;
  }

  public void setPlan(GarpPlan next) {
    plan = next;
  }

  /**
   * Spaces messages through {@code shared}, the engine-wide pacer of interfaces and garp_groups,
   * instead of the plan's per-burst intervals (null: back to those).
   */
  public void usePacer(GarpPacer shared) {
    pacer = shared;
  }

  /** Sets the periodic announcements on the instance's other interfaces (garp_extra_if). */
  public void setExtraIf(GarpExtraIf next) {
    extraIf = java.util.Objects.requireNonNull(next);
  }

  /** Starts the announcements of a new master for the addresses {@code vips} yields. */
  public void start(Supplier<List<InterfaceAddress>> vips) {
    stop();
    burst(vips.get(), plan.repeat());
    if (!plan.delay().isZero()) {
      later(plan.delay(), () -> burst(vips.get(), plan.repeat()));
    }
    if (!plan.refresh().isZero()) {
      scheduleRefresh(vips);
    }
    if (extraIf.enabled()) {
      scheduleExtraIf(vips);
    }
  }

  /** keepalived arms the garp_extra_if timer on entering MASTER: first send one period later. */
  private void scheduleExtraIf(Supplier<List<InterfaceAddress>> vips) {
    later(extraIf.interval(), () -> {
      for (InterfaceAddress a : extraIf.select(vips.get())) {
        if (a.isIpv4()) {
          queue(a, plan.arpInterval(), Duration.ZERO, () -> sendArp(a));
        } else {
          queue(a, plan.naInterval(), Duration.ZERO, () -> sendNa(a));
        }
      }
      scheduleExtraIf(vips);
    });
  }

  private void scheduleRefresh(Supplier<List<InterfaceAddress>> vips) {
    later(plan.refresh(), () -> {
      burst(vips.get(), plan.refreshRepeat());
      scheduleRefresh(vips);
    });
  }

  /** Cancels every pending announcement. */
  public void stop() {
    pending.forEach(Scheduler.Cancellable::cancel);
    pending.clear();
    queued.clear();
  }

  private void burst(List<InterfaceAddress> vips, int repeat) {
    if (vips.isEmpty()) {
      return;
    }
    InterfaceAddress first = vips.get(0);
    LOG.info("({}) Sending/queueing {} on {} for {}", instance,
        first.isIpv4() ? "gratuitous ARPs" : "Unsolicited Neighbour Adverts",
        links.nameOf(first.ifindex()), IpText.format(first.address()));
    int v4 = 0;
    int v6 = 0;
    for (int r = 0; r < repeat; r++) {
      for (InterfaceAddress a : vips) {
        if (a.isIpv4()) {
          queue(a, plan.arpInterval(), plan.arpInterval().multipliedBy(v4++), () -> sendArp(a));
        } else {
          queue(a, plan.naInterval(), plan.naInterval().multipliedBy(v6++), () -> sendNa(a));
        }
      }
    }
  }

  /**
   * Sends one message for {@code a}: without a shared pacer {@code unpaced} from now; with one, in
   * the pacer's next slot for the interface. As keepalived 2.2.7 does (a per-address pending flag,
   * seen on the wire: 5 repeats with garp_interval 0.1 s give 2 ARPs, 0.1 s apart), an address
   * has at most one message waiting for a slot: a repeat asked for while one waits is dropped.
   */
  private void queue(InterfaceAddress a, Duration interval, Duration unpaced, Runnable send) {
    if (pacer == null) {
      at(unpaced, send);
      return;
    }
    if (queued.contains(a)) {
      return;
    }
    Duration delay = pacer.reserve(links.nameOf(a.ifindex()), !a.isIpv4(), loop.now(), interval);
    if (delay.isZero()) {
      send.run();
      return;
    }
    queued.add(a);
    later(delay, () -> {
      queued.remove(a);
      send.run();
    });
  }

  /** Sends at once when {@code after} is zero, else on a timer. */
  private void at(Duration after, Runnable send) {
    if (after.isZero()) {
      send.run();
    } else {
      later(after, send);
    }
  }

  private void later(Duration after, Runnable task) {
    Scheduler.Cancellable[] self = new Scheduler.Cancellable[1];
    self[0] = loop.schedule(after, () -> {
      pending.remove(self[0]);
      task.run();
    });
    pending.add(self[0]);
  }

  private void sendArp(InterfaceAddress a) {
    MacAddress mac = links.macOf(a.ifindex());
    if (mac == null) {
      return;
    }
    try {
      arp.announce(a.ifindex(), mac, (Inet4Address) a.address());
    } catch (IOException | RuntimeException e) {
      LOG.warn("({}) gratuitous ARP for {} failed: {}", instance,
          a.address().getHostAddress(), e.getMessage());
    }
  }

  private void sendNa(InterfaceAddress a) {
    MacAddress mac = links.macOf(a.ifindex());
    if (mac == null) {
      return;
    }
    try {
      boolean router = forwarding.enabled(links.nameOf(a.ifindex()));
      na.send(a.ifindex(),
          NeighborAdvertisement.unsolicited((Inet6Address) a.address(), mac, router));
    } catch (IOException | RuntimeException e) {
      LOG.warn("({}) unsolicited NA for {} failed: {}", instance,
          a.address().getHostAddress(), e.getMessage());
    }
  }
}
