package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;

/** {@link AddressManager} over rtnetlink, in the namespace of the thread that opened it. */
public final class NetlinkAddressManager implements AddressManager {
  private final Rtnetlink rtnl;

  private NetlinkAddressManager(Rtnetlink rtnl) {
    this.rtnl = rtnl;
  }

  public static NetlinkAddressManager open() throws ErrnoException {
    return new NetlinkAddressManager(Rtnetlink.open());
  }

  @Override
  public void add(InterfaceAddress address) throws IOException {
    rtnl.addAddress(address);
  }

  @Override
  public void delete(InterfaceAddress address) throws IOException {
    rtnl.deleteAddress(address);
  }

  @Override
  public List<InterfaceAddress> list(int family) throws IOException {
    return rtnl.addresses(family);
  }

  @Override
  public void close() {
    rtnl.close();
  }
}
