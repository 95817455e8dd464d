package org.jkeepalived.vrrp.instance;

import java.net.InetAddress;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;

/**
 * Receives what an instance engine does that reaches beyond the VRRP socket: state changes (for
 * the store and notifiers), VIP changes and gratuitous ARP / NA (for the address manager port),
 * adverts in and out and decode errors (for the MIB counters). Called on the engine's loop.
 */
public interface InstanceObserver {
  default void stateChanged(String instance, VrrpFsmState state) {}

  default void vipsAdded(String instance) {}

  default void vipsRemoved(String instance) {}

  default void gratuitousRequested(String instance) {}

  default void packetRejected(String instance, VrrpDecodeError error) {}

  /**
   * A packet from {@code source} was dropped (decode error, address list, AH check). By default
   * the two-argument form; observers that need the source (vrrpTrapPacketSrc) override this.
   */
  default void packetRejected(String instance, VrrpDecodeError error, InetAddress source) {
    packetRejected(instance, error);
  }

  /** A unicast advert failed the {@link ReceivePolicy} checks. */
  default void unicastRejected(String instance, ReceivePolicy.Rejection reason) {}

  /**
   * A well-formed advert for this instance's VRID and version that a later check refused (its
   * address list differs): it counts as received (RFC 2787 vrrpStatsAdvertiseRcvd, RFC 6527
   * vrrpv3StatisticsRcvdAdvertisements: the advertisements this virtual router received) and as
   * the error. By default only {@link #packetRejected(String, VrrpDecodeError, InetAddress)}.
   */
  default void advertRefused(String instance, VrrpAdvertisement advert, VrrpDecodeError error,
      InetAddress source) {
    packetRejected(instance, error, source);
  }

  /** A legal advert for this instance's VRID and version arrived. */
  default void advertReceived(String instance, VrrpAdvertisement advert, PacketContext context) {}

  /** An advert went out (once per destination). */
  default void advertSent(String instance, int priority) {}
}
