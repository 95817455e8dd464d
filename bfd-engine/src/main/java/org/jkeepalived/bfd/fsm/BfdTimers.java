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
   * Section 6.8.7: each interval is reduced by a random 0 to 25 % (to 75-100 % of it); with a
   * Detect Mult of 1 it is 75 to 90 %, so that one late packet cannot cost the session.
   *
   * @param random the injected source (a fixed one in tests)
   */
  public static Duration jittered(Duration interval, int detectMult, RandomGenerator random) {
    double high = detectMult == 1 ? 0.90 : 1.00;
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
