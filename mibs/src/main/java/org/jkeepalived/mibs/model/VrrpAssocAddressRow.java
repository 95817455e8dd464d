package org.jkeepalived.mibs.model;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Config row of vrrpAssoIpAddrTable (RFC 2787) and vrrpv3AssociatedIpAddrTable (RFC 6527): one
 * virtual address of an instance, keyed under the instance's RFC index followed by the address.
 */
public record VrrpAssocAddressRow(int instanceIndex, InetAddress address) {
  public VrrpAssocAddressRow {
    Objects.requireNonNull(address);
  }
}
