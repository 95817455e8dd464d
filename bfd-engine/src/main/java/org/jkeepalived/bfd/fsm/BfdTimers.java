package org.jkeepalived.bfd.fsm;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** The timer maths of RFC 5880 sections 6.8.2 to 6.8.4 and 6.8.7, as small pure functions. */
public final class BfdTimers {
  private BfdTimers() {}

  /**
   * Section 6.8.3: while the session is not Up, bfd.DesiredMinTxInterval is at least one second.
   */
  public static final Duration SLOW_TX = Duration.ofSeconds(1);

  /**
   * Section 6.8.1: bfd.RemoteMinRxInterval starts at 1 microsecond, so that a new session sends
   * at its own pace until the remote says what it can take.
   */
  public static final Duration INITIAL_REMOTE_MIN_RX = Duration.ofNanos(1000);

  /**
   * Section 6.8.2/6.8.7: the interval between periodic packets before jitter, the larger of
   * what this system wants to send and what the remote can receive.
   */
  public static Duration transmitInterval(Duration desiredMinTx, Duration remoteMinRx) {
    return max(desiredMinTx, remoteMinRx);
  }

  /**
   * Section 6.8.4, asynchronous mode: the remote's Detect Mult times the larger of what this
   * system can receive and the remote's last Desired Min TX Interval.
   */
  public static Duration detectionTime(int remoteDetectMult, Duration requiredMinRx,
      Duration remoteDesiredMinTx) {
    return max(requiredMinRx, remoteDesiredMinTx).multipliedBy(remoteDetectMult);
  }

  /**
   * The least reduction this system draws, as a fraction of the interval: the margin a late loop
   * (a wake-up behind other threads, a GC pause) may use before the packet goes out after the
   * full interval. With reductions drawn from the whole 0-25 %, one draw in a hundred is within
   * 0.25 % of the interval, so any lateness over 25 us at 10 ms put the 99th percentile of the
   * gaps past the interval (bench/bfd/measured/2026-12-07.md: p99 10.85 ms at 10 ms).
   */
  static final double LATENESS_MARGIN = 0.05;

  /**
   * Section 6.8.7: each interval "MUST be reduced by a random value of 0 to 25%"; the reduction
   * drawn here is 5 to 25 % (75-95 % of the interval, see {@link #LATENESS_MARGIN}), and with a
   * Detect Mult of 1, where the section requires 75 to 90 %, it is 10 to 25 %.
   *
   * @param random the injected source (a fixed one in tests)
   */
  public static Duration jittered(Duration interval, int detectMult, RandomGenerator random) {
    double high = detectMult == 1 ? 0.90 : 1.00 - LATENESS_MARGIN;
    double fraction = 0.75 + random.nextDouble() * (high - 0.75);
    return Duration.ofNanos((long) (interval.toNanos() * fraction));
  }

  /** Section 6.8.3: the Desired Min TX Interval advertised while not Up. */
  public static Duration notUpDesiredMinTx(Duration desiredMinTx, Duration slowTx) {
    return max(max(desiredMinTx, slowTx), SLOW_TX);
  }

  static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
