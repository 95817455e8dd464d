package org.jkeepalived.test.vrrp;

/** The address family of a VRRP instance's virtual address (RFC 5798 runs one family per router). */
public enum Family {
  IPV4(24, "IPv4"),
  IPV6(64, "IPv6");

  private final int prefixLength;
  private final String label;

  Family(int prefixLength, String label) {
    this.prefixLength = prefixLength;
    this.label = label;
  }

  /** Prefix length of the lab subnet (and of the VIP) in this family. */
  public int prefixLength() {
    return prefixLength;
  }

  @Override
  public String toString() {
    return label;
  }
}
