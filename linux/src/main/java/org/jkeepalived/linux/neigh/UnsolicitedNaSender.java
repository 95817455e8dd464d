package org.jkeepalived.linux.neigh;

import java.io.IOException;

/**
 * Port: sends unsolicited Neighbor Advertisements to all-nodes (ff02::1) with hop limit 255 (RFC
 * 4861 section 7.2.6), the IPv6 counterpart of a gratuitous ARP. Real: {@link IcmpNaSender};
 * fake: {@code FakeNaSender}.
 */
public interface UnsolicitedNaSender extends AutoCloseable {
  void send(int ifindex, NeighborAdvertisement advertisement) throws IOException;

  @Override
  void close();
}
