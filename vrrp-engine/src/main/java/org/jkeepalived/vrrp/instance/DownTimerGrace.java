package org.jkeepalived.vrrp.instance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Decides whether a Master_Down_Timer that ran out may act now, or must first let the adverts that
 * already reached the socket through.
 *
 * <p>Why: when the whole daemon stops for a while (a GC safepoint, or the machine not scheduling
 * it), the master's adverts pile up in the socket; on resume the timer, already due, would run
 * before the reader thread has handed them to the loop, and the backup would take over from a
 * master that never stopped. keepalived does not have this race: its one thread reads every
 * readable socket before it looks at expired timers. So while {@link VrrpSocket#receivePending()}
 * says something is waiting, the expiry is re-checked every {@link #RECHECK}, for at most a cap
 * (the engine passes one Master_Down_Interval: a paused backup gets the grace the protocol gives a
 * silent master; one advert interval was measured too short on a 2-core machine at load 25, where
 * the reader threads wait hundreds of ms for a core). Other VRIDs' adverts on the same socket do
 * not hold a real takeover back in practice: each is read within microseconds, so the socket is
 * seldom non-empty when the expiry looks. With nothing pending (a master that crashed) the expiry
 * acts at once: the takeover time is unchanged.
 */
final class DownTimerGrace {
  /** How soon a held-back expiry looks again: the reader needs microseconds once it runs. */
  static final Duration RECHECK = Duration.ofMillis(1);

  private final BooleanSupplier pending;
  private Instant heldSince;

  DownTimerGrace(BooleanSupplier pending) {
    this.pending = Objects.requireNonNull(pending, "pending");
  }

  /**
   * Called when the timer runs out at {@code now}: true means wait and ask again after
   * {@link #RECHECK}; false means act now (nothing pending, or held back for {@code cap}).
   */
  boolean holdBack(Instant now, Duration cap) {
    if (!pending.getAsBoolean()) {
      heldSince = null;
      return false;
    }
    if (heldSince == null) {
      heldSince = now;
    }
    if (Duration.between(heldSince, now).compareTo(cap) >= 0) {
      heldSince = null;
      return false;
    }
    return true;
  }

  /** The timer was re-armed (an advert arrived) or cancelled: a later expiry starts afresh. */
  void reset() {
    heldSince = null;
  }
}
