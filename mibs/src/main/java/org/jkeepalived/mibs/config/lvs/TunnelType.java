package org.jkeepalived.mibs.config.lvs;

/** Tunnel encapsulation for TUN forwarding (IP_VS_CONN_F_TUNNEL_TYPE_*). */
public enum TunnelType {
  IPIP(0),
  GUE(1),
  GRE(2);

  private final int ipvsValue;

  TunnelType(int ipvsValue) {
    this.ipvsValue = ipvsValue;
  }

  public int ipvsValue() {
    return ipvsValue;
  }
}
