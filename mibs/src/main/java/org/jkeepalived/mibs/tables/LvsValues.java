package org.jkeepalived.mibs.tables;

import java.net.InetAddress;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.ForwardingMethod;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.IpvsScheduler;
import org.jkeepalived.mibs.config.lvs.TunnelType;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;

/** KEEPALIVED-MIB check-subtree codes of the LVS config values, as check_snmp.c computes them. */
final class LvsValues {
  private LvsValues() {}

  /** The low 32 bits, as a 32-bit Gauge/Counter of a 64-bit kernel counter carries them. */
  static Long low32(long v) {
    return v & 0xffffffffL;
  }

  /** The high 32 bits (the ...High rate columns). */
  static Long high32(long v) {
    return v >>> 32;
  }

  /** virtualServerType: fwmark(1), ip(2), group(3). */
  static Integer serviceType(VirtualServiceId id) {
    if (id instanceof VirtualServiceId.Fwmark) {
      return 1;
    }
    return id instanceof VirtualServiceId.Address ? 2 : 3;
  }

  /** The address of an address-keyed virtual server, else null. */
  static InetAddress address(VirtualServerConfig v) {
    return v.id() instanceof VirtualServiceId.Address a ? a.address() : null;
  }

  /** virtualServerProtocol: tcp(1), udp(2), sctp(3), none(4) (fwmark services have none). */
  static Integer protocol(LvsProtocol p) {
    if (p == null) {
      return 4;
    }
    return switch (p) {
      case TCP -> 1;
      case UDP -> 2;
      case SCTP -> 3;
    };
  }

  /** virtualServerLoadBalancingAlgo: the MIB lists the schedulers in {@link IpvsScheduler} order. */
  static Integer scheduler(IpvsScheduler s) {
    return s == null ? 99 : s.ordinal() + 1;
  }

  /** nat(1), dr(2), tun(3). */
  static Integer method(Forwarding f) {
    return switch (f.method()) {
      case NAT -> 1;
      case DR -> 2;
      case TUN -> 3;
    };
  }

  /** Tunnel type ipip(1), gue(2), gre(3); only for TUN forwarding. */
  static Integer tunnelType(Forwarding f) {
    return f.method() == ForwardingMethod.TUN ? f.tunnelType().ordinal() + 1 : null;
  }

  /** The GUE destination port; only for TUN over GUE. */
  static Long tunnelPort(Forwarding f) {
    return f.method() == ForwardingMethod.TUN && f.tunnelType() == TunnelType.GUE
        ? (long) f.tunnelPort() : null;
  }

  /** nocsum(1), csum(2), remcsum(3); only for TUN over GUE or GRE. */
  static Integer tunnelChecksum(Forwarding f) {
    return f.method() == ForwardingMethod.TUN && f.tunnelType() != TunnelType.IPIP
        ? f.checksum().ordinal() + 1 : null;
  }

  /** An IPv4 netmask of {@code prefix} bits as 4 octets (persistence granularity). */
  static byte[] netmask4(int prefix) {
    int m = prefix <= 0 ? 0 : (int) (0xffffffffL << (32 - prefix));
    return new byte[] {(byte) (m >>> 24), (byte) (m >>> 16), (byte) (m >>> 8), (byte) m};
  }
}
