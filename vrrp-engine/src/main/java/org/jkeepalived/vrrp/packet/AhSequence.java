package org.jkeepalived.vrrp.packet;

/**
 * keepalived's IPsec AH sequence counter of one VRRPv2 instance ({@code ipsecah_counter}). One
 * counter serves both directions, as in keepalived 2.2.7: a received advert is accepted only when
 * its sequence number is greater than the counter (replay protection, RFC 2402 section 3.4.3),
 * and then becomes the counter; an advert we send carries the counter plus one. So a backup that
 * takes over continues from the last sequence number its master used, and the other routers,
 * which followed the same sequence, accept it. Not thread-safe: used on the engine loop.
 */
public final class AhSequence {
  private static final long MAX = 0xffffffffL;

  private long counter;

  /** The last sequence number sent or accepted (0 before any). */
  public long current() {
    return counter;
  }

  /**
   * The sequence number for the next advert sent. After 2^32 - 1 it starts again from 1, as
   * keepalived's 32-bit counter does (receivers then see a replay until they restart: keepalived
   * shares that limit, at one advert a second it takes 136 years).
   */
  public long next() {
    counter = counter >= MAX ? 1 : counter + 1;
    return counter;
  }

  /**
   * Checks a received sequence number against replay.
   *
   * @return true, and the counter follows it, when {@code received} is greater than the counter;
   *     false (the advert must be dropped and counted as an authentication failure) otherwise
   */
  public boolean accept(long received) {
    if (received > counter) {
      counter = received;
      return true;
    }
    return false;
  }
}
