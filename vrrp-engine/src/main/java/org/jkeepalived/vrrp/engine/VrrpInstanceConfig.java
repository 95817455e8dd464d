package org.jkeepalived.vrrp.engine;

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
 * @param destination 224.0.0.18, ff02::12 or a unicast peer
 * @param codec codec options (auth, checksum compatibility, TTL check)
 */
public record VrrpInstanceConfig(
    String name,
    int vrid,
    int priority,
    boolean preempt,
    VrrpFsmConfig fsm,
    List<InetAddress> virtualAddresses,
    InetAddress destination,
    VrrpCodecOptions codec) {

  public VrrpInstanceConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fsm, "fsm");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(codec, "codec");
    virtualAddresses = List.copyOf(virtualAddresses);
    if (vrid < 1 || vrid > 255 || priority < 1 || priority > 255) {
      throw new IllegalArgumentException("vrid or priority outside 1..255");
    }
  }
}
