package org.jkeepalived.vrrp.instance;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.vrrp.packet.PacketContext;

/**
 * keepalived's checks on adverts from unicast peers, made before decoding: with {@code
 * check_unicast_src} the source must be a configured peer, and a peer's {@code min_ttl} /
 * {@code max_ttl} bound the TTL its adverts may arrive with (multicast adverts have the fixed
 * TTL 255 check of RFC 5798 section 7.1 in the codec instead).
 *
 * @param peers the unicast peers with their TTL ranges (empty for multicast)
 * @param checkUnicastSrc drop adverts whose source is not a peer
 */
public record ReceivePolicy(List<Peer> peers, boolean checkUnicastSrc) {
  /** No checks: multicast, or unicast without limits. */
  public static final ReceivePolicy ANY = new ReceivePolicy(List.of(), false);

  public ReceivePolicy {
    peers = List.copyOf(peers);
  }

  /** A unicast peer; null bounds are unchecked. */
  public record Peer(InetAddress address, Integer minTtl, Integer maxTtl) {}

  /** Why the packet must be dropped, or empty when it may be decoded. */
  public Optional<Rejection> check(PacketContext ctx) {
    if (peers.isEmpty()) {
      return Optional.empty(); // multicast: runs for every advert, allocates nothing
    }
    Peer p = null;
    for (Peer candidate : peers) {
      if (candidate.address().equals(ctx.source())) {
        p = candidate;
        break;
      }
    }
    if (p == null) {
      return checkUnicastSrc ? Optional.of(Rejection.UNKNOWN_SOURCE) : Optional.empty();
    }
    if ((p.minTtl() != null && ctx.ttl() < p.minTtl())
        || (p.maxTtl() != null && ctx.ttl() > p.maxTtl())) {
      return Optional.of(Rejection.TTL);
    }
    return Optional.empty();
  }

  /** Reasons for dropping a unicast advert. */
  public enum Rejection {
    /** {@code check_unicast_src}: not from a configured peer. */
    UNKNOWN_SOURCE,
    /** Outside the peer's min_ttl..max_ttl (counted as a TTL error). */
    TTL
  }
}
