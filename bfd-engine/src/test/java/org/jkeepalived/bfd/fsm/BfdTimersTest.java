package org.jkeepalived.bfd.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timer rules of RFC 5880 section 6.8, as tables. */
class BfdTimersTest {
  private static Duration ms(long v) {
    return Duration.ofMillis(v);
  }

  @ParameterizedTest(name = "6.8.2: tx {0} ms, remote rx {1} ms -> {2} ms")
  @CsvSource({"50, 10, 50", "50, 300, 300", "1000, 50, 1000", "10, 10, 10"})
  void transmitIntervalIsTheLargerOfDesiredTxAndRemoteRx(long tx, long remoteRx, long expected) {
    assertThat(BfdTimers.transmitInterval(ms(tx), ms(remoteRx))).isEqualTo(ms(expected));
  }

  @ParameterizedTest(name = "6.8.4: mult {0} x max(rx {1}, remote tx {2}) = {3} ms")
  @CsvSource({"3, 50, 50, 150", "3, 50, 1000, 3000", "5, 300, 10, 1500", "1, 10, 10, 10",
      "255, 10, 20, 5100"})
  void detectionTimeIsRemoteMultTimesTheNegotiatedReceiveInterval(int mult, long rx,
      long remoteTx, long expected) {
    assertThat(BfdTimers.detectionTime(mult, ms(rx), ms(remoteTx))).isEqualTo(ms(expected));
  }

  @ParameterizedTest(name = "6.8.7: mult {0}, random {1} -> {2} % of the interval")
  @CsvSource({"3, 0, 75", "3, -1, 95", "1, 0, 75", "1, -1, 90", "2, -1, 95"})
  void jitterKeepsEachIntervalWithinSection687sBounds(int mult, long randomBits, long percent) {
    RandomGenerator fixed = () -> randomBits; // nextDouble: 0 for 0, just under 1 for -1
    Duration j = BfdTimers.jittered(ms(1000), mult, fixed);
    assertThat(j.toMillis()).isBetween(percent * 10 - 1, percent * 10);
  }

  @Property(tries = 500)
  void everyIntervalLeavesTheLatenessMarginBeforeTheFullInterval(
      @ForAll @IntRange(min = 1, max = 255) int mult, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60_000) int intervalMs) {
    // 6.8.7: a random reduction of 0-25 %; ours keeps 5 % for a late loop, so that a wake-up
    // up to 5 % late still sends within the negotiated interval (p99 under it in bench/bfd)
    Duration interval = ms(intervalMs);
    Duration j = BfdTimers.jittered(interval, mult, new SplittableRandom(seed));
    assertThat(j).isGreaterThanOrEqualTo(Duration.ofNanos(interval.toNanos() * 75 / 100 - 1))
        .isLessThanOrEqualTo(Duration.ofNanos(interval.toNanos() * 95 / 100));
  }

  @ParameterizedTest(name = "6.8.3: min_tx {0} ms, idle_tx {1} ms -> {2} ms while not Up")
  @CsvSource({"50, 1000, 1000", "10, 500, 1000", "50, 2000, 2000", "3000, 1000, 3000"})
  void notUpTheDesiredTxIsAtLeastOneSecond(long tx, long idle, long expected) {
    assertThat(BfdTimers.notUpDesiredMinTx(ms(tx), ms(idle))).isEqualTo(ms(expected));
  }
}
