package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Port: creates, raises and deletes macvlan/ipvlan links (VRRP's VMAC and ipvlan interfaces).
 * Real: {@link NetlinkVirtualLinks}; fake: {@code FakeVirtualLinks}.
 */
public interface VirtualLinks extends AutoCloseable {
  /** Creates the link (down) and returns it as the kernel now reports it; EEXIST if the name is used. */
  LinkInfo create(VirtualLinkSpec spec) throws IOException;

  /** Sets a link administratively up or down. */
  void setUp(int index, boolean up) throws IOException;

  /** Deletes a link; ENODEV when it is gone. */
  void delete(int index) throws IOException;

  /** The link of that name, if any (with macvlan/ipvlan details, or null details for others). */
  Optional<LinkInfo> find(String name) throws IOException;

  /** The macvlan and ipvlan links that exist now. */
  List<VirtualLinkDetails> list() throws IOException;

  @Override
  void close();
}
