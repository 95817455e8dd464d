package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.List;

/**
 * Port: interface addresses (VIPs, static addresses). Real: {@link NetlinkAddressManager}; fake:
 * {@code FakeAddressManager}.
 */
public interface AddressManager extends AutoCloseable {
  /** Adds the address; an IOException with EEXIST when it is already there. */
  void add(InterfaceAddress address) throws IOException;

  /** Deletes the address; EADDRNOTAVAIL when it is not there. */
  void delete(InterfaceAddress address) throws IOException;

  /** Every address of the family (AF_INET, AF_INET6, or 0 for both). */
  List<InterfaceAddress> list(int family) throws IOException;

  @Override
  void close();
}
