package org.jkeepalived.lvs.forward.sched;

import java.net.InetAddress;
import java.nio.ByteBuffer;

/** The kernel's address hashing helpers for the hashing schedulers (ip_vs_sh.c, ip_vs_dh.c). */
final class AddressHash {
  /** GOLDEN_RATIO_32 of include/linux/hash.h. */
  private static final int GOLDEN_RATIO_32 = 0x61C88647;

  private AddressHash() {}

  /** The address as one host-order 32-bit word: IPv4 itself, IPv6 its four words XORed. */
  static int fold(InetAddress address) {
    ByteBuffer b = ByteBuffer.wrap(address.getAddress());
    int folded = 0;
    while (b.hasRemaining()) {
      folded ^= b.getInt();
    }
    return folded;
  }

  /** hash_32(): the top {@code bits} bits of the multiplicative hash. */
  static int hash32(int value, int bits) {
    return (value * GOLDEN_RATIO_32) >>> (32 - bits);
  }

  /** splitmix64's finaliser: a well-mixed 64-bit hash of {@code value}. */
  static long mix64(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
