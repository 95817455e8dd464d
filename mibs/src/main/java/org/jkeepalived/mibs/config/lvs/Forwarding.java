package org.jkeepalived.mibs.config.lvs;

/**
 * How IPVS forwards to a real or sorry server: the method and, for TUN, the tunnel type, the GUE
 * destination port (0 unless GUE) and the checksum option.
 */
public record Forwarding(
    ForwardingMethod method, TunnelType tunnelType, int tunnelPort, TunnelChecksum checksum) {
  public static final Forwarding NAT = of(ForwardingMethod.NAT);
  public static final Forwarding DR = of(ForwardingMethod.DR);

  /** A method without tunnel options (TUN means plain ipip). */
  public static Forwarding of(ForwardingMethod method) {
    return new Forwarding(method, TunnelType.IPIP, 0, TunnelChecksum.NOCSUM);
  }
}
