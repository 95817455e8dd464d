package org.jkeepalived.lvs.ipvs;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.ForwardingMethod;
import org.jkeepalived.mibs.config.lvs.IpFamily;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.SchedulerFlag;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.config.lvs.VsgFwmark;
import org.jkeepalived.mibs.config.lvs.VsgRange;

/**
 * A virtual_server as the kernel services keepalived 2.2.7 programs for it, and a real or sorry
 * server as the destination it sets in each (facts from keepalived's check/ipvswrapper.c,
 * ipvs_set_srule, ipvs_set_drule, ipvs_cmd and ipvs_group_cmd). Pure functions.
 *
 * <ul>
 *   <li>A service's flags are its scheduler flags and {@code ops}; persistence adds
 *       IP_VS_SVC_F_PERSISTENT, the timeout, the granularity and the persistence engine.
 *   <li>The netmask is 0xffffffff (IPv4) or 128 (IPv6) unless a persistence granularity is set
 *       (an IPv4 netmask as a host-order 32-bit value, or an IPv6 prefix length). keepalived
 *       resets it to the default for every service of a virtual_server_group.
 *   <li>A group expands to one service per address of each range (IPv4: the whole address
 *       counts up; IPv6: its last 16 bits), in file order, then one per fwmark (family: the
 *       fwmark's, else the virtual server's, else IPv4).
 *   <li>A destination's port is the real server's with NAT; with DR and TUN it is the service's
 *       port (0 for a fwmark service), since those methods cannot change it.
 * </ul>
 */
public final class IpvsTranslation {
  /** The IPv4 netmask that means "no granularity". */
  public static final long V4_FULL_MASK = 0xFFFFFFFFL;
  /** The most services one range may expand to, a bound against a mistyped range. */
  static final int MAX_RANGE = 65536;

  private IpvsTranslation() {}

  /**
   * The services of {@code vs}, in the order keepalived adds them.
   *
   * @param group the virtual_server_group it names, or null when it names none (or an unknown
   *     one, which keepalived ignores with a log line: then no services)
   */
  public static List<IpvsService> services(VirtualServerConfig vs, VirtualServerGroup group) {
    int flags = flags(vs);
    List<IpvsService> out = new ArrayList<>();
    if (vs.id() instanceof VirtualServiceId.Address a) {
      IpvsServiceKey key = IpvsServiceKey.of(protocol(vs), a.address(), a.port());
      out.add(service(vs, key, flags, netmask(vs, key.family())));
    } else if (vs.id() instanceof VirtualServiceId.Fwmark f) {
      IpvsServiceKey key = IpvsServiceKey.fwmark(family(vs.family(), IpvsServiceKey.AF_INET), f.mark());
      out.add(service(vs, key, flags, netmask(vs, key.family())));
    } else if (group != null) {
      for (VsgRange r : group.ranges()) {
        for (InetAddress address : expand(r)) {
          IpvsServiceKey key = IpvsServiceKey.of(protocol(vs), address, r.port());
          out.add(service(vs, key, flags, defaultNetmask(key.family())));
        }
      }
      int vsFamily = family(vs.family(), groupFamily(group));
      for (VsgFwmark f : group.fwmarks()) {
        IpvsServiceKey key = IpvsServiceKey.fwmark(family(f.family(), vsFamily), f.mark());
        out.add(service(vs, key, flags, defaultNetmask(key.family())));
      }
    }
    return out;
  }

  /**
   * The destination of a real or sorry server in {@code service}.
   *
   * @param weight the weight to set (0 for an inhibited server)
   */
  public static IpvsDestination destination(IpvsServiceKey service, InetAddress address, int port,
      Forwarding forwarding, int weight, long upperThreshold, long lowerThreshold) {
    int destPort = forwarding.method() == ForwardingMethod.NAT ? port
        : service.isFwmark() ? 0 : service.port();
    boolean tunnel = forwarding.method() == ForwardingMethod.TUN;
    return new IpvsDestination(new IpvsDestKey(address, destPort), familyOf(address),
        forwarding.method().ipvsValue(), weight, upperThreshold, lowerThreshold,
        tunnel ? forwarding.tunnelType().ipvsValue() : 0, tunnel ? forwarding.tunnelPort() : 0,
        tunnel ? forwarding.checksum().ordinal() : 0, 0, 0, 0, IpvsCounters.ZERO);
  }

  /** keepalived's default protocol is TCP. */
  private static int protocol(VirtualServerConfig vs) {
    return vs.protocol() == null ? LvsProtocol.TCP.number() : vs.protocol().number();
  }

  /** The IP_VS_SVC_F_* flags of the configuration, without persistence. */
  static int flags(VirtualServerConfig vs) {
    int flags = 0;
    for (SchedulerFlag f : vs.flags()) {
      flags |= f.ipvsBit();
    }
    return flags;
  }

  private static IpvsService service(VirtualServerConfig vs, IpvsServiceKey key, int flags,
      long netmask) {
    String scheduler = vs.scheduler().keyword();
    if (vs.persistenceTimeout() == null) {
      return new IpvsService(key, scheduler, flags, 0, defaultNetmask(key.family()), null,
          IpvsCounters.ZERO);
    }
    return new IpvsService(key, scheduler, flags | IpvsService.F_PERSISTENT,
        (int) vs.persistenceTimeout().toSeconds(), netmask, vs.persistenceEngine(),
        IpvsCounters.ZERO);
  }

  /** The persistence granularity of a single service (not a group's). */
  private static long netmask(VirtualServerConfig vs, int family) {
    int prefix = vs.persistenceGranularity();
    if (prefix < 0) {
      return defaultNetmask(family);
    }
    if (family == IpvsServiceKey.AF_INET6) {
      return prefix;
    }
    return prefix == 0 ? 0 : (V4_FULL_MASK << (32 - prefix)) & V4_FULL_MASK;
  }

  static long defaultNetmask(int family) {
    return family == IpvsServiceKey.AF_INET6 ? 128 : V4_FULL_MASK;
  }

  private static int family(IpFamily f, int otherwise) {
    if (f == null) {
      return otherwise;
    }
    return f == IpFamily.INET6 ? IpvsServiceKey.AF_INET6 : IpvsServiceKey.AF_INET;
  }

  /** keepalived: a group with IPv4 addresses is IPv4, one with only IPv6 addresses IPv6. */
  private static int groupFamily(VirtualServerGroup g) {
    boolean v4 = g.ranges().stream().anyMatch(r -> r.first() instanceof Inet4Address);
    boolean v6 = g.ranges().stream().anyMatch(r -> r.first() instanceof Inet6Address);
    return v6 && !v4 ? IpvsServiceKey.AF_INET6 : IpvsServiceKey.AF_INET;
  }

  static int familyOf(InetAddress a) {
    return a instanceof Inet6Address ? IpvsServiceKey.AF_INET6 : IpvsServiceKey.AF_INET;
  }

  /** The addresses of a range, first to last inclusive. */
  static List<InetAddress> expand(VsgRange r) {
    if (r.isSingle()) {
      return List.of(r.first());
    }
    byte[] first = r.first().getAddress();
    byte[] last = r.last().getAddress();
    List<InetAddress> out = new ArrayList<>();
    if (first.length == 4) {
      long from = new BigInteger(1, first).longValue();
      long to = new BigInteger(1, last).longValue();
      for (long a = from; a <= to && out.size() < MAX_RANGE; a++) {
        out.add(v4(a));
      }
    } else {
      int from = ((first[14] & 0xFF) << 8) | (first[15] & 0xFF);
      int to = ((last[14] & 0xFF) << 8) | (last[15] & 0xFF);
      for (int a = from; a <= to; a++) {
        byte[] b = first.clone();
        b[14] = (byte) (a >> 8);
        b[15] = (byte) a;
        out.add(address(b));
      }
    }
    return out;
  }

  private static InetAddress v4(long a) {
    return address(new byte[] {(byte) (a >> 24), (byte) (a >> 16), (byte) (a >> 8), (byte) a});
  }

  private static InetAddress address(byte[] b) {
    try {
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
