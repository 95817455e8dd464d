package org.jkeepalived.conf.load;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/**
 * The run-time interface facts the RFC MIB views are keyed and filled by (keepalived numbers its
 * RFC 2787/6527 rows by the kernel's ifIndex): index, hardware address, primary address.
 */
public interface HostInterfaces {
  /** The kernel's index of the interface, 0 when it does not exist. */
  int ifIndex(String name);

  /** The interface's hardware address, empty when unknown. */
  byte[] mac(String name);

  /** The interface's first address of the family (IPv6: link-local first), null when none. */
  InetAddress primaryAddress(String name, boolean ipv6);

  /** Facts from the running host (java.net.NetworkInterface, no privileges needed). */
  static HostInterfaces system() {
    return new HostInterfaces() {
      @Override
      public int ifIndex(String name) {
        NetworkInterface n = find(name);
        return n == null ? 0 : Math.max(0, n.getIndex());
      }

      @Override
      public byte[] mac(String name) {
        try {
          NetworkInterface n = find(name);
          byte[] m = n == null ? null : n.getHardwareAddress();
          return m == null ? new byte[0] : m;
        } catch (SocketException e) {
          return new byte[0];
        }
      }

      @Override
      public InetAddress primaryAddress(String name, boolean ipv6) {
        NetworkInterface n = find(name);
        if (n == null) {
          return null;
        }
        InetAddress best = null;
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if ((a instanceof Inet6Address) == ipv6 && (best == null || a.isLinkLocalAddress())) {
            best = a;
          }
        }
        return best;
      }

      private NetworkInterface find(String name) {
        try {
          return name == null ? null : NetworkInterface.getByName(name);
        } catch (SocketException e) {
          return null;
        }
      }
    };
  }
}
