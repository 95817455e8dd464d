package org.jkeepalived.linux.neigh;

import java.io.IOException;
import java.net.Inet4Address;

/**
 * Port: sends ARP frames, gratuitous ARPs for VIPs above all. Real: {@link PacketArpSender};
 * fake: {@code FakeArpSender}.
 */
public interface GratuitousArpSender extends AutoCloseable {
  /** Sends the frame out of the interface. */
  void send(int ifindex, ArpPacket packet) throws IOException;

  /** A gratuitous ARP request for {@code address} from {@code mac}, keepalived's default GARP. */
  default void announce(int ifindex, MacAddress mac, Inet4Address address) throws IOException {
    send(ifindex, ArpPacket.gratuitous(ArpPacket.REQUEST, mac, address));
  }

  @Override
  void close();
}
