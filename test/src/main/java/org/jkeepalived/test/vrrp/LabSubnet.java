package org.jkeepalived.test.vrrp;

import org.jkeepalived.mibs.config.IpText;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The addressing plan of one lab: subnet index {@code x} gives 198.18.x.0/24 and fd00:x::/64
 * (the digits of x are used as a hex group, as shared/lab/netns-lab.sh does). Router {@code i}
 * (1-based) is host 10+i, the VIP is host 100: 198.18.x.11, fd00:x::11, VIP 198.18.x.100.
 */
public record LabSubnet(int x) {
  /** Host part of the virtual address. */
  public static final int VIP_HOST = 100;

  public LabSubnet {
    if (x < 0 || x > 255) {
      throw new IllegalArgumentException("subnet index must be 0..255: " + x);
    }
  }

  /** Address of router {@code node} (1-based) in {@code family}. */
  public InetAddress node(Family family, int node) {
    if (node < 1 || node > 80) {
      throw new IllegalArgumentException("node index must be 1..80: " + node);
    }
    return host(family, 10 + node);
  }

  /** The virtual address of VI_1 in {@code family}. */
  public InetAddress vip(Family family) {
    return host(family, VIP_HOST);
  }

  /** {@code host} in this subnet, e.g. 198.18.x.host or fd00:x::host. */
  public InetAddress host(Family family, int host) {
    String text = family == Family.IPV4 ? "198.18." + x + "." + host : "fd00:" + x + "::" + host;
    try {
      // a literal: no name lookup happens
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code address/prefix} text for {@code ip addr add}. */
  public String withPrefix(Family family, InetAddress address) {
    return IpText.format(address) + "/" + family.prefixLength();
  }
}
