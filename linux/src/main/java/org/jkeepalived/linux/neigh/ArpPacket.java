package org.jkeepalived.linux.neigh;

import java.net.Inet4Address;
import java.util.Objects;

/**
 * An Ethernet/IPv4 ARP message in its Ethernet frame (RFC 826).
 *
 * @param ethDestination frame destination
 * @param ethSource frame source
 * @param operation 1 request, 2 reply
 */
public record ArpPacket(
    MacAddress ethDestination,
    MacAddress ethSource,
    int operation,
    MacAddress senderHardware,
    Inet4Address senderProtocol,
    MacAddress targetHardware,
    Inet4Address targetProtocol) {

  public static final int REQUEST = 1;
  public static final int REPLY = 2;

  public ArpPacket {
    Objects.requireNonNull(ethDestination);
    Objects.requireNonNull(ethSource);
    Objects.requireNonNull(senderHardware);
    Objects.requireNonNull(senderProtocol);
    Objects.requireNonNull(targetHardware);
    Objects.requireNonNull(targetProtocol);
    if (operation != REQUEST && operation != REPLY) {
      throw new IllegalArgumentException("ARP operation " + operation);
    }
  }

  /**
   * A gratuitous ARP for {@code address} announced by {@code mac}, as keepalived 2.2.7 sends it
   * (vrrp_arp.c): broadcast frame, sender and target protocol address both the VIP, and target
   * hardware address all-ones for a request; a reply carries the sender's MAC as target, as
   * RFC 5227 section 3 describes an ARP announcement in reply form.
   */
  public static ArpPacket gratuitous(int operation, MacAddress mac, Inet4Address address) {
    MacAddress tha = operation == REQUEST ? MacAddress.BROADCAST : mac;
    return new ArpPacket(MacAddress.BROADCAST, mac, operation, mac, address, tha, address);
  }

  public boolean isGratuitous() {
    return senderProtocol.equals(targetProtocol);
  }
}
