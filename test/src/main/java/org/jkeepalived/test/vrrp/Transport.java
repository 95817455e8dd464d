package org.jkeepalived.test.vrrp;

/** How adverts reach the peers: the VRRP multicast group, or keepalived's unicast_peer list. */
public enum Transport {
  /** 224.0.0.18 / ff02::12 (RFC 5798 section 5.1.1.2 / 5.1.2.2). */
  MULTICAST("mcast"),
  /** {@code unicast_src_ip} and {@code unicast_peer}: one advert per peer (keepalived extension). */
  UNICAST("unicast");

  private final String label;

  Transport(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
