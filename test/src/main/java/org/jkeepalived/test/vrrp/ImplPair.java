package org.jkeepalived.test.vrrp;

import java.util.List;
import java.util.Optional;

/** Which implementation runs node 1 (the preferred master) and node 2 (the backup). */
public record ImplPair(Impl first, Impl second) {
  /** (ka,ka), (jk,jk), (jk,ka), (ka,jk): the oracle pair first. */
  public static List<ImplPair> all() {
    return List.of(
        new ImplPair(Impl.KEEPALIVED, Impl.KEEPALIVED),
        new ImplPair(Impl.JKEEPALIVED, Impl.JKEEPALIVED),
        new ImplPair(Impl.JKEEPALIVED, Impl.KEEPALIVED),
        new ImplPair(Impl.KEEPALIVED, Impl.JKEEPALIVED));
  }

  /** The implementation of node {@code i} (1-based; nodes past 2 take the second's). */
  public Impl of(int node) {
    return node == 1 ? first : second;
  }

  /** Why this pair cannot run now, if it cannot. */
  public Optional<String> unavailable() {
    return first.unavailable().or(second::unavailable);
  }

  @Override
  public String toString() {
    return first.tag() + "+" + second.tag();
  }
}
