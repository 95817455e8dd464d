package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.ipvs.IpvsTimeouts;
import org.junit.jupiter.api.Test;

/** The TCP idle timeouts on an injected clock (nanoseconds as numbers, no sleeping). */
class TcpIdleTest {
  static final IpvsTimeouts KERNEL_DEFAULTS = new IpvsTimeouts(900, 120, 300);
  static final long S = TimeUnit.SECONDS.toNanos(1);

  @Test
  void anEstablishedConnectionGoesAfterTcpSecondsWithoutARead() {
    long last = 1_000 * S;
    assertThat(TcpIdle.remaining(false, last, last, KERNEL_DEFAULTS)).isEqualTo(900 * S);
    assertThat(TcpIdle.remaining(false, last, last + 899 * S, KERNEL_DEFAULTS)).isEqualTo(S);
    assertThat(TcpIdle.remaining(false, last, last + 900 * S, KERNEL_DEFAULTS)).isZero();
    assertThat(TcpIdle.remaining(false, last, last + 901 * S, KERNEL_DEFAULTS)).isNegative();
  }

  @Test
  void aHalfClosedConnectionGoesAfterTcpfinSeconds() {
    long last = 5 * S;
    assertThat(TcpIdle.remaining(true, last, last + 119 * S, KERNEL_DEFAULTS)).isEqualTo(S);
    assertThat(TcpIdle.remaining(true, last, last + 120 * S, KERNEL_DEFAULTS)).isZero();
  }

  @Test
  void aReadMovesTheDeadline() {
    long now = 950 * S;
    // idle since 0: expired; read at 100 s: 50 s left
    assertThat(TcpIdle.remaining(false, 0, now, KERNEL_DEFAULTS)).isNegative();
    assertThat(TcpIdle.remaining(false, 100 * S, now, KERNEL_DEFAULTS)).isEqualTo(50 * S);
  }

  @Test
  void aChangedTimeoutCountsFromTheLastReadAtTheNextCheck() {
    IpvsTimeouts shorter = new IpvsTimeouts(10, 5, 300);
    assertThat(TcpIdle.remaining(false, 0, 8 * S, shorter)).isEqualTo(2 * S);
    assertThat(TcpIdle.remaining(false, 0, 20 * S, shorter)).isEqualTo(-10 * S);
    assertThat(TcpIdle.remaining(true, 0, 4 * S, shorter)).isEqualTo(S);
  }

  @Test
  void theClockMayStartAnywhereIncludingNegativeNanoTime() {
    long last = Long.MIN_VALUE / 2;
    assertThat(TcpIdle.remaining(false, last, last + 900 * S, KERNEL_DEFAULTS)).isZero();
  }
}
