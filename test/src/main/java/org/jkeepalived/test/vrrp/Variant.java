package org.jkeepalived.test.vrrp;

import java.time.Duration;

/**
 * One point of the protocol matrix: VRRP version, VIP family and advert transport.
 *
 * <p>VRRPv2 (RFC 3768) is IPv4 only, so (2, IPV6, *) does not exist.
 */
public record Variant(int version, Family family, Transport transport) {
  public Variant {
    if (version != 2 && version != 3) {
      throw new IllegalArgumentException("VRRP version must be 2 or 3: " + version);
    }
    if (version == 2 && family == Family.IPV6) {
      throw new IllegalArgumentException("VRRPv2 has no IPv6 (RFC 3768)");
    }
  }

  /** Every legal variant: v2/IPv4 and v3/IPv4/IPv6, each multicast and unicast. */
  public static java.util.List<Variant> all() {
    java.util.List<Variant> all = new java.util.ArrayList<>();
    for (int v : new int[] {2, 3}) {
      for (Family f : Family.values()) {
        for (Transport t : Transport.values()) {
          if (!(v == 2 && f == Family.IPV6)) {
            all.add(new Variant(v, f, t));
          }
        }
      }
    }
    return all;
  }

  /**
   * The advert interval the scenarios use: 1 s for v2 (its unit is whole seconds, RFC 3768 section
   * 5.3.7) and 200 ms for v3 (centiseconds, RFC 5798 section 5.2.7), short enough to keep the
   * suite fast yet long enough that a loaded 2-core CI machine does not miss three adverts.
   */
  public Duration defaultAdvertInterval() {
    return version == 2 ? Duration.ofSeconds(1) : Duration.ofMillis(200);
  }

  @Override
  public String toString() {
    return "v" + version + "/" + family + "/" + transport;
  }
}
