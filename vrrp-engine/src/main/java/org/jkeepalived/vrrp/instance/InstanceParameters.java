package org.jkeepalived.vrrp.instance;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import org.jkeepalived.vrrp.fsm.VrrpFsmConfig;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;

/**
 * What an instance engine needs to run one VRRP instance.
 *
 * @param name instance name (keepalived's vrrp_instance name)
 * @param vrid virtual router id 1..255
 * @param priority configured priority 1..255
 * @param preempt false for {@code nopreempt}
 * @param fsm state machine settings (version, interval, primary address, options)
 * @param virtualAddresses the addresses the advert lists
 * @param destinations 224.0.0.18 / ff02::12 (or {@code mcast_dst_ip}), or every unicast peer;
 *     each advert goes to each of them
 * @param codec codec options (auth, checksum compatibility, TTL check)
 * @param receivePolicy unicast peer checks applied before decoding
 */
public record InstanceParameters(
    String name,
    int vrid,
    int priority,
    boolean preempt,
    VrrpFsmConfig fsm,
    List<InetAddress> virtualAddresses,
    List<InetAddress> destinations,
    VrrpCodecOptions codec,
    ReceivePolicy receivePolicy) {

  public InstanceParameters {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fsm, "fsm");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(receivePolicy, "receivePolicy");
    virtualAddresses = List.copyOf(virtualAddresses);
    destinations = List.copyOf(destinations);
    if (destinations.isEmpty()) {
      throw new IllegalArgumentException("an instance needs a destination");
    }
    if (vrid < 1 || vrid > 255 || priority < 1 || priority > 255) {
      throw new IllegalArgumentException("vrid or priority outside 1..255");
    }
  }

  /** A multicast (or single destination) instance with no unicast checks. */
  public InstanceParameters(String name, int vrid, int priority, boolean preempt,
      VrrpFsmConfig fsm, List<InetAddress> virtualAddresses, InetAddress destination,
      VrrpCodecOptions codec) {
    this(name, vrid, priority, preempt, fsm, virtualAddresses, List.of(destination), codec,
        ReceivePolicy.ANY);
  }

  /** True when adverts go to unicast peers rather than a multicast group. */
  public boolean unicast() {
    return !destinations.get(0).isMulticastAddress();
  }

  /**
   * Whether an advert sent to {@code destination} is meant for this instance: a multicast
   * instance takes only its group (RFC 5798 section 5.1.1.2: adverts go to 224.0.0.18 /
   * ff02::12, or {@code mcast_dst_ip}), a unicast one only unicast adverts (keepalived's
   * vrrp_check_packet refuses the other kind with "Expected multicast packet but received
   * unicast packet").
   */
  public boolean expectsDestination(InetAddress destination) {
    if (unicast()) {
      return !destination.isMulticastAddress();
    }
    // Byte compare: an IPv6 scope id does not matter. Runs for every advert: a group equal to
    // the destination (the usual case) needs no copy of either address.
    byte[] raw = null;
    for (InetAddress g : destinations) {
      if (g.equals(destination)) {
        return true;
      }
      raw = raw == null ? destination.getAddress() : raw;
      if (java.util.Arrays.equals(g.getAddress(), raw)) {
        return true;
      }
    }
    return false;
  }
}
