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

  /** System property that runs every scenario on every pair (and variant, see ScenarioMatrix). */
  public static final String FULL_MATRIX = "jkeepalived.vrrp.fullMatrix";

  /**
   * The pairs a scenario runs by default: jkeepalived against the real keepalived in both roles,
   * which is what interoperation means; with {@value #FULL_MATRIX}{@code =true} also the oracle
   * pair (keepalived alone, checking the scenario itself) and jkeepalived alone. This keeps the
   * whole suite inside CI's 15 minutes.
   */
  public static List<ImplPair> defaults() {
    if (Boolean.getBoolean(FULL_MATRIX)) {
      return all();
    }
    return List.of(
        new ImplPair(Impl.JKEEPALIVED, Impl.KEEPALIVED),
        new ImplPair(Impl.KEEPALIVED, Impl.JKEEPALIVED));
  }

  /**
   * For a scenario's secondary cases: jkeepalived as master against a keepalived backup by
   * default, every pair with {@value #FULL_MATRIX}{@code =true}.
   */
  public static List<ImplPair> one() {
    return Boolean.getBoolean(FULL_MATRIX) ? all()
        : List.of(new ImplPair(Impl.JKEEPALIVED, Impl.KEEPALIVED));
  }

  /**
   * For a scenario about one node's own behaviour (the peer, if any, always keepalived):
   * jkeepalived by default; with {@value #FULL_MATRIX}{@code =true} keepalived first, the oracle
   * that checks the scenario's expectations are keepalived's.
   */
  public static List<Impl> subjects() {
    return Boolean.getBoolean(FULL_MATRIX) ? List.of(Impl.KEEPALIVED, Impl.JKEEPALIVED)
        : List.of(Impl.JKEEPALIVED);
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
