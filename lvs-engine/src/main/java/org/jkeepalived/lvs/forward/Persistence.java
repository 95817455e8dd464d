package org.jkeepalived.lvs.forward;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Persistence templates (ip_vs_sched_persist in ip_vs_core.c): clients whose address masked by
 * the service's granularity is the same go to the destination their template names while a
 * connection it controls is open or for {@code timeout} after the last one. A template whose
 * destination was removed is dropped; one whose destination has weight 0 still holds (the
 * kernel's default, expire_quiescent_template = 0). Pure: time is given by the caller.
 *
 * @param <D> the destination type
 */
final class Persistence<D> {
  private final long timeoutNanos;
  private final byte[] mask4;
  private final byte[] mask6;
  private final Map<InetAddress, Template<D>> templates = new HashMap<>();

  private static final class Template<D> {
    final D dest;
    int controlled;
    long lastUse;

    Template(D dest) {
      this.dest = dest;
    }
  }

  /**
   * @param timeoutSeconds the persistence timeout
   * @param netmask an IPv4 netmask as a 32-bit value, or an IPv6 prefix length (IPVS's
   *     persistence granularity)
   * @param ipv6 whether the service is IPv6
   */
  Persistence(int timeoutSeconds, long netmask, boolean ipv6) {
    this.timeoutNanos = timeoutSeconds * 1_000_000_000L;
    this.mask4 = ipv6 ? null : toBytes(netmask);
    this.mask6 = ipv6 ? prefixMask((int) netmask) : null;
  }

  private static byte[] toBytes(long mask) {
    return new byte[] {
      (byte) (mask >>> 24), (byte) (mask >>> 16), (byte) (mask >>> 8), (byte) mask
    };
  }

  private static byte[] prefixMask(int prefix) {
    byte[] m = new byte[16];
    for (int i = 0; i < 16; i++) {
      int bits = Math.max(0, Math.min(8, prefix - 8 * i));
      m[i] = (byte) (0xFF00 >> bits);
    }
    return m;
  }

  InetAddress granule(InetAddress client) {
    byte[] a = client.getAddress();
    byte[] m = a.length == 4 ? mask4 : mask6;
    if (m == null || m.length != a.length) {
      return client; // a v4-mapped client of a v6 service: its own template
    }
    for (int i = 0; i < a.length; i++) {
      a[i] &= m[i];
    }
    try {
      return InetAddress.getByAddress(a);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The template's destination for {@code client}, if it holds one that {@code usable} accepts. */
  Optional<D> lookup(InetAddress client, long now, Predicate<D> usable) {
    InetAddress g = granule(client);
    Template<D> t = templates.get(g);
    if (t == null) {
      return Optional.empty();
    }
    if (t.controlled == 0 && now - t.lastUse >= timeoutNanos || !usable.test(t.dest)) {
      templates.remove(g);
      return Optional.empty();
    }
    return Optional.of(t.dest);
  }

  /** A new connection of {@code client} went to {@code dest}: the template controls it. */
  void bind(InetAddress client, D dest, long now) {
    Template<D> t = templates.computeIfAbsent(granule(client), k -> new Template<>(dest));
    t.controlled++;
    t.lastUse = now;
  }

  /** A connection the template controls ended: the timeout runs from now. */
  void release(InetAddress client, long now) {
    Template<D> t = templates.get(granule(client));
    if (t != null) {
      t.controlled = Math.max(0, t.controlled - 1);
      t.lastUse = now;
    }
  }

  /** Drops expired templates and those of {@code gone} destinations. */
  void expire(long now, Predicate<D> gone) {
    templates.values().removeIf(
        t -> gone.test(t.dest) || t.controlled == 0 && now - t.lastUse >= timeoutNanos);
  }

  /** How many templates name {@code dest} (its persistent connection count). */
  long templates(D dest) {
    return templates.values().stream().filter(t -> t.dest.equals(dest)).count();
  }
}
