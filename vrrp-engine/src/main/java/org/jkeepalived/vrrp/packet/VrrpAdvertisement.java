package org.jkeepalived.vrrp.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One VRRP packet as it is on the wire (RFC 3768 section 5.1 for v2, RFC 5798 section 5.1 for
 * v3), with units converted: the interval is a {@link Duration}, addresses are {@link
 * InetAddress}es. The record checks only that the values fit their wire fields; what they mean
 * for an instance (VRID, priority, interval policy) is the caller's business.
 *
 * @param version protocol version
 * @param type packet type, 1 (ADVERTISEMENT) being the only one defined
 * @param vrid virtual router id, 0..255 on the wire
 * @param priority 0..255, 0 meaning the master is leaving and 255 the address owner
 * @param authType v2 authentication type; {@link AuthType#NONE} for v3
 * @param authData v2: the 8 trailer octets; v3: empty
 * @param advertInterval v2: whole seconds 1..255; v3: centiseconds, 10 ms..40.95 s
 * @param addresses the virtual addresses, all IPv4 or all IPv6, at most 255
 * @param checksum the checksum field as received; encoders compute their own
 */
public record VrrpAdvertisement(
    VrrpVersion version,
    int type,
    int vrid,
    int priority,
    AuthType authType,
    byte[] authData,
    Duration advertInterval,
    List<InetAddress> addresses,
    int checksum) {

  /** The only packet type RFC 3768 and RFC 5798 define. */
  public static final int TYPE_ADVERTISEMENT = 1;

  /** Validates the wire ranges and takes defensive copies. */
  public VrrpAdvertisement {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(authType, "authType");
    Objects.requireNonNull(advertInterval, "advertInterval");
    requireRange("type", type, 0, 15);
    requireRange("vrid", vrid, 0, 255);
    requireRange("priority", priority, 0, 255);
    requireRange("checksum", checksum, 0, 0xffff);
    authData = authData.clone();
    addresses = List.copyOf(addresses);
    requireRange("address count", addresses.size(), 0, 255);
    boolean v4 = addresses.isEmpty() || addresses.get(0) instanceof Inet4Address;
    for (InetAddress a : addresses) {
      if (v4 != (a instanceof Inet4Address) || !(a instanceof Inet4Address || a instanceof Inet6Address)) {
        throw new IllegalArgumentException("addresses must be all IPv4 or all IPv6: " + addresses);
      }
    }
    if (version == VrrpVersion.V2) {
      if (authData.length != VrrpAuth.KEY_LENGTH) {
        throw new IllegalArgumentException("v2 authData must be 8 octets");
      }
    } else if (authData.length != 0 || authType != AuthType.NONE) {
      throw new IllegalArgumentException("v3 has no authentication");
    }
    intervalToWire(version, advertInterval); // throws when not representable
  }

  /** A v2 advertisement with the checksum left at zero (encoders compute it). */
  public static VrrpAdvertisement v2(
      int vrid, int priority, VrrpAuth auth, Duration interval, List<InetAddress> addresses) {
    return new VrrpAdvertisement(
        VrrpVersion.V2, TYPE_ADVERTISEMENT, vrid, priority, auth.type(), auth.trailer(), interval,
        addresses, 0);
  }

  /** A v3 advertisement with the checksum left at zero (encoders compute it). */
  public static VrrpAdvertisement v3(
      int vrid, int priority, Duration interval, List<InetAddress> addresses) {
    return new VrrpAdvertisement(
        VrrpVersion.V3, TYPE_ADVERTISEMENT, vrid, priority, AuthType.NONE, new byte[0], interval,
        addresses, 0);
  }

  /** The Count IPvX Addr field. */
  public int addressCount() {
    return addresses.size();
  }

  /** True when the addresses are IPv6 (an empty list counts as IPv4). */
  public boolean isIpv6() {
    return !addresses.isEmpty() && addresses.get(0) instanceof Inet6Address;
  }

  /** A copy of the authentication trailer. */
  @Override
  public byte[] authData() {
    return authData.clone();
  }

  /** This advertisement with another priority (a master leaving sends priority 0). */
  public VrrpAdvertisement withPriority(int newPriority) {
    return new VrrpAdvertisement(
        version, type, vrid, newPriority, authType, authData, advertInterval, addresses, checksum);
  }

  /**
   * The interval field value: seconds for v2 (1..255), centiseconds for v3 (1..4095).
   *
   * @throws IllegalArgumentException if the duration is not exactly representable
   */
  public static int intervalToWire(VrrpVersion version, Duration interval) {
    long unitNanos = version == VrrpVersion.V2 ? 1_000_000_000L : 10_000_000L;
    int max = version == VrrpVersion.V2 ? 255 : 4095;
    long nanos = interval.toNanos();
    if (nanos % unitNanos != 0 || nanos / unitNanos < 1 || nanos / unitNanos > max) {
      throw new IllegalArgumentException(
          "advert interval " + interval + " not representable in " + version);
    }
    return (int) (nanos / unitNanos);
  }

  /** The duration of an interval field value (seconds for v2, centiseconds for v3). */
  public static Duration intervalFromWire(VrrpVersion version, int value) {
    return version == VrrpVersion.V2 ? Duration.ofSeconds(value) : Duration.ofMillis(value * 10L);
  }

  private static void requireRange(String what, int v, int min, int max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(what + " " + v + " outside " + min + ".." + max);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VrrpAdvertisement a
        && version == a.version
        && type == a.type
        && vrid == a.vrid
        && priority == a.priority
        && authType == a.authType
        && Arrays.equals(authData, a.authData)
        && advertInterval.equals(a.advertInterval)
        && addresses.equals(a.addresses)
        && checksum == a.checksum;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        version, type, vrid, priority, authType, Arrays.hashCode(authData), advertInterval,
        addresses, checksum);
  }

  @Override
  public String toString() {
    return "VrrpAdvertisement[" + version + " type=" + type + " vrid=" + vrid + " prio=" + priority
        + " auth=" + authType // never the password
        + " int=" + advertInterval + " addrs=" + addresses
        + " csum=0x" + Integer.toHexString(checksum) + "]";
  }
}
