package org.jkeepalived.lvs.forward;

import io.netty.channel.Channel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.lvs.forward.sched.Candidate;

/**
 * A destination as the forwarder runs it: its settings, its connection gauges and counters, and
 * the channels that go through it (closed at the end of a drain). Gauges follow the kernel's
 * ip_vs_bind_dest / ip_vs_unbind_dest: a new connection is inactive until the real server
 * accepted it, active while both sides are open, inactive again once half-closed.
 */
final class RealServer implements Candidate {
  private volatile IpvsDestination settings;
  private final AtomicLong active = new AtomicLong();
  private final AtomicLong inactive = new AtomicLong();
  private volatile boolean overloaded;
  private final Traffic traffic = new Traffic();
  private final Set<Channel> channels = ConcurrentHashMap.newKeySet();
  private final InetSocketAddress socketAddress;

  RealServer(IpvsDestination settings) {
    this.settings = settings.withoutStats();
    this.socketAddress = new InetSocketAddress(settings.key().address(), settings.key().port());
  }

  IpvsDestKey key() {
    return settings.key();
  }

  IpvsDestination settings() {
    return settings;
  }

  void update(IpvsDestination newSettings) {
    this.settings = newSettings.withoutStats();
    updateOverload();
  }

  InetSocketAddress socketAddress() {
    return socketAddress;
  }

  Traffic traffic() {
    return traffic;
  }

  Set<Channel> channels() {
    return channels;
  }

  @Override
  public InetAddress address() {
    return settings.key().address();
  }

  @Override
  public int port() {
    return settings.key().port();
  }

  @Override
  public int weight() {
    return settings.weight();
  }

  @Override
  public long activeConns() {
    return active.get();
  }

  @Override
  public long inactiveConns() {
    return inactive.get();
  }

  @Override
  public boolean overloaded() {
    return overloaded;
  }

  /** A new connection or flow was scheduled here: inactive until established. */
  void bind() {
    inactive.incrementAndGet();
    long u = settings.upperThreshold();
    if (u != 0 && active.get() + inactive.get() >= u) {
      overloaded = true;
    }
  }

  /** Both sides connected (TCP ESTABLISHED). */
  void established() {
    inactive.decrementAndGet();
    active.incrementAndGet();
  }

  /** One side closed its half (TCP FIN_WAIT / CLOSE_WAIT). */
  void closing() {
    active.decrementAndGet();
    inactive.incrementAndGet();
  }

  /** The connection is gone, from the state it was in. */
  void unbind(boolean wasActive) {
    (wasActive ? active : inactive).decrementAndGet();
    updateOverload();
  }

  /** ip_vs_unbind_dest's rule for clearing IP_VS_DEST_F_OVERLOAD. */
  private void updateOverload() {
    long total = active.get() + inactive.get();
    long l = settings.lowerThreshold();
    long u = settings.upperThreshold();
    if (u != 0 && total >= u) {
      overloaded = true;
    } else if (l != 0) {
      if (total < l) {
        overloaded = false;
      }
    } else if (u != 0) {
      if (total * 4 < u * 3) {
        overloaded = false;
      }
    } else {
      overloaded = false;
    }
  }

  /** The destination as IPVS_CMD_GET_DEST dumps it. */
  IpvsDestination dump(long persistentConns) {
    IpvsDestination s = settings;
    return new IpvsDestination(
        s.key(), s.family(), s.forwarding(), s.weight(), s.upperThreshold(), s.lowerThreshold(),
        s.tunnelType(), s.tunnelPort(), s.tunnelFlags(), active.get(), inactive.get(),
        persistentConns, traffic.snapshot());
  }

  @Override
  public String toString() {
    return socketAddress.toString();
  }
}
