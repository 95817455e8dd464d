package org.jkeepalived.lvs.forward;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsDestKey;
import org.jkeepalived.linux.ipvs.IpvsDestination;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;

/** Building IPVS records for the forwarder's tests. */
final class Services {
  static final int TCP = 6;
  static final int UDP = 17;

  private Services() {}

  static int freePort(InetAddress address, int protocol) throws IOException {
    if (protocol == UDP) {
      try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(address, 0))) {
        return s.getLocalPort();
      }
    }
    try (ServerSocket s = new ServerSocket(0, 1, address)) {
      return s.getLocalPort();
    }
  }

  static IpvsService service(IpvsServiceKey key, String scheduler) {
    return new IpvsService(key, scheduler, 0, 0, 0, null, IpvsCounters.ZERO);
  }

  static IpvsService persistent(IpvsServiceKey key, String scheduler, int timeout, long mask) {
    return new IpvsService(key, scheduler, IpvsService.F_PERSISTENT, timeout, mask, null,
        IpvsCounters.ZERO);
  }

  static IpvsDestination dest(InetSocketAddress a, int weight) {
    return dest(a, weight, IpvsDestination.FWD_MASQ);
  }

  static IpvsDestination dest(InetSocketAddress a, int weight, int forwarding) {
    return new IpvsDestination(new IpvsDestKey(a.getAddress(), a.getPort()),
        IpvsServiceKey.of(TCP, a.getAddress(), 1).family(), forwarding, weight, 0, 0, 0, 0, 0, 0,
        0, 0, IpvsCounters.ZERO);
  }

  /**
   * An rr virtual server of {@code protocol} on a free loopback port with {@code pool} as its
   * real servers (weight 1); its key.
   */
  static IpvsServiceKey rrPool(UserspaceIpvs ipvs, int protocol, TestBackend... pool)
      throws Exception {
    InetAddress lo = InetAddress.getLoopbackAddress();
    IpvsServiceKey key = IpvsServiceKey.of(protocol, lo, freePort(lo, protocol));
    ipvs.addService(service(key, "rr"));
    for (TestBackend b : pool) {
      ipvs.addDestination(key, dest(b.address(), 1));
    }
    return key;
  }

  static InetSocketAddress socket(IpvsServiceKey key) {
    return new InetSocketAddress(key.address(), key.port());
  }

  static IpvsDestKey key(InetSocketAddress a) {
    return new IpvsDestKey(a.getAddress(), a.getPort());
  }
}
