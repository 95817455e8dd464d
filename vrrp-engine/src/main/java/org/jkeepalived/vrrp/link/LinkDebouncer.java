package org.jkeepalived.vrrp.link;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jkeepalived.linux.rtnl.LinkEvent;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.mibs.config.StaticConfig.UpDownDelay;
import org.jkeepalived.engine.loop.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * keepalived's {@code interface_up_down_delays}: link events of a listed interface whose running
 * state differs from the one VRRP last saw are held for the interface's down (or up) delay
 * before they are passed on. If the interface returns to the state VRRP saw before the delay
 * ends, the held event is dropped and nothing reaches VRRP (keepalived logs nothing for that
 * either). Events that keep the running state VRRP saw, deletions, and events of interfaces with
 * no delays pass at once.
 *
 * <p>keepalived 2.2.7 shortens a delay to what the instances on the interface allow: {@code
 * (down_timer_adverts - 1) x advert_int - advert_int / 256} (1.996094 s for advert_int 1 and the
 * default 3 adverts, 3.992188 s for advert_int 2, measured), so that a backup elsewhere cannot
 * time out before this instance faults; the limit is asked for when a change is held.
 *
 * <p>Keyed by interface name, as the keyword is. Loop only: {@link #offer} and the held events
 * run on the {@link Scheduler}, whose clock decides when a delay ends.
 */
public final class LinkDebouncer {
  private static final Logger LOG = LoggerFactory.getLogger(LinkDebouncer.class);

  private Map<String, UpDownDelay> delays;
  private final Scheduler loop;
  private final Consumer<LinkEvent> sink;
  private final Function<String, Duration> limit;
  /** The running state VRRP last saw, per debounced interface. */
  private final Map<String, Boolean> seen = new HashMap<>();
  /** The link flags VRRP last saw, per debounced interface (for the log line). */
  private final Map<String, Integer> seenFlags = new HashMap<>();
  private final Map<String, Pending> pending = new HashMap<>();

  private record Pending(LinkEvent event, Scheduler.Cancellable timer) {}

  /**
   * @param delays per interface name (StaticConfig.interfaceDelays); zero delays mean none
   * @param sink where events go once they may affect VRRP
   */
  public LinkDebouncer(Map<String, UpDownDelay> delays, Scheduler loop, Consumer<LinkEvent> sink) {
    this(delays, loop, sink, name -> null);
  }

  /**
   * @param limit the longest delay the instances on an interface allow, null for no limit
   */
  public LinkDebouncer(Map<String, UpDownDelay> delays, Scheduler loop, Consumer<LinkEvent> sink,
      Function<String, Duration> limit) {
    this.delays = Map.copyOf(delays);
    this.loop = Objects.requireNonNull(loop);
    this.sink = Objects.requireNonNull(sink);
    this.limit = Objects.requireNonNull(limit);
  }

  /** Records the state VRRP starts with (the link dump at start), without passing it on. */
  public void seed(LinkInfo link) {
    if (delays.containsKey(link.name()) && !seen.containsKey(link.name())) {
      seen.put(link.name(), link.isRunning());
      seenFlags.put(link.name(), link.flags());
    }
  }

  /**
   * Takes new delays (a reload): an interface no longer listed has its held change passed on at
   * once; newly listed interfaces are debounced from their next change on, once {@link #seed}ed
   * with their current state. Held changes of interfaces still listed keep their timers.
   */
  public void delays(Map<String, UpDownDelay> next) {
    Map<String, UpDownDelay> copy = Map.copyOf(next);
    delays = copy;
    for (String name : java.util.List.copyOf(pending.keySet())) {
      if (!copy.containsKey(name)) {
        Pending p = pending.remove(name);
        p.timer().cancel();
        pass(p.event());
      }
    }
    seen.keySet().removeIf(name -> !copy.containsKey(name));
    seenFlags.keySet().removeIf(name -> !copy.containsKey(name));
  }

  /** Whether a change of {@code ifname} is being held now. */
  public boolean isHolding(String ifname) {
    return pending.containsKey(ifname);
  }

  /** Passes the event on now, holds it, or replaces or drops a held one. */
  public void offer(LinkEvent event) {
    String name = event.link().name();
    UpDownDelay d = delays.get(name);
    if (d == null) {
      sink.accept(event);
      return;
    }
    if (event.kind() == LinkEvent.Kind.DELETED) {
      cancel(name);
      seen.remove(name);
      seenFlags.remove(name);
      sink.accept(event);
      return;
    }
    boolean running = event.link().isRunning();
    Boolean before = seen.get(name);
    if (before == null || before == running) {
      // back to (or still in) the state VRRP knows: a held change never happened for VRRP
      cancel(name);
      pass(event);
      return;
    }
    Pending p = pending.get(name);
    if (p != null) {
      // same direction as the held change: keep its timer, carry the newest link data
      pending.put(name, new Pending(event, p.timer()));
      return;
    }
    Duration delay = running ? d.up() : d.down();
    Duration max = limit.apply(name);
    if (delay != null && max != null && delay.compareTo(max) > 0) {
      delay = max;
    }
    if (delay == null || delay.isZero() || delay.isNegative()) {
      pass(event);
      return;
    }
    LOG.info("{}: Adding flags change from 0x{} to 0x{} delay by {}", name,
        Integer.toHexString(seenFlags.getOrDefault(name, 0)),
        Integer.toHexString(event.link().flags()), delay.toNanos() / 1000);
    Scheduler.Cancellable timer = loop.schedule(delay, () -> expire(name));
    pending.put(name, new Pending(event, timer));
  }

  private void expire(String name) {
    Pending p = pending.remove(name);
    if (p != null) {
      pass(p.event());
    }
  }

  private void pass(LinkEvent event) {
    seen.put(event.link().name(), event.link().isRunning());
    seenFlags.put(event.link().name(), event.link().flags());
    sink.accept(event);
  }

  private void cancel(String name) {
    Pending p = pending.remove(name);
    if (p != null) {
      p.timer().cancel();
    }
  }

  /** Drops every held event (shutdown). */
  public void close() {
    pending.values().forEach(p -> p.timer().cancel());
    pending.clear();
  }
}
