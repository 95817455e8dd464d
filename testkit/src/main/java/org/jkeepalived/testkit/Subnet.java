package org.jkeepalived.testkit;

/**
 * One test's share of the benchmark and ULA ranges, from {@link Subnets#allocate()}: the IPv4
 * /24 {@code 198.19.X.0/24} and the IPv6 /64 {@code fd00:0:X::/64} (X written in hex there), X in
 * {@value Subnets#FIRST}..{@value Subnets#LAST}. Closing it gives it back.
 */
public record Subnet(int x) implements AutoCloseable {
  public Subnet {
    if (x < Subnets.FIRST || x > Subnets.LAST) {
      throw new IllegalArgumentException("subnet " + x + " outside the rig's pool");
    }
  }

  /** Host {@code host} (0..255, network and broadcast included) of the IPv4 /24, without a prefix length. */
  public String v4(int host) {
    checkHost(host);
    return "198.19." + x + "." + host;
  }

  /** Host {@code host} (0..255) of the IPv6 /64, written in hex, without a prefix length. */
  public String v6(int host) {
    checkHost(host);
    return "fd00:0:" + Integer.toHexString(x) + "::" + Integer.toHexString(host);
  }

  /** {@code 198.19.X.0/24}. */
  public String v4Prefix() {
    return "198.19." + x + ".0/24";
  }

  /** {@code fd00:0:X::/64}. */
  public String v6Prefix() {
    return "fd00:0:" + Integer.toHexString(x) + "::/64";
  }

  private static void checkHost(int host) {
    if (host < 0 || host > 255) {
      throw new IllegalArgumentException("host " + host + " outside 0..255");
    }
  }

  @Override
  public void close() {
    Subnets.release(this);
  }
}
