package org.jkeepalived.mibs.config.lvs;

/** IPVS packet forwarding methods ({@code lvs_method}), with the IP_VS_CONN_F_* value. */
public enum ForwardingMethod {
  NAT(0x0000),
  TUN(0x0002),
  DR(0x0003);

  private final int ipvsValue;

  ForwardingMethod(int ipvsValue) {
    this.ipvsValue = ipvsValue;
  }

  public int ipvsValue() {
    return ipvsValue;
  }
}
