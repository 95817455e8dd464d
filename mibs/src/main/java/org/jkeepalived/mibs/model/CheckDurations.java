package org.jkeepalived.mibs.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How long one checker's probes took, as the checker measured them (connect to answer, script
 * start to exit): a histogram with fixed bounds since the checker started, and the last probe's
 * time. The LVS engine publishes it as a counter (at most once per counter delay); metrics read
 * it from the store.
 *
 * @param count probes measured
 * @param sum their total time
 * @param buckets per bucket, not cumulative: index i counts probes of at most {@link
 *     #BOUNDS}{@code [i]} and more than the bound before it; the last one those above every bound
 * @param last the last probe's time; null before the first
 */
public record CheckDurations(long count, Duration sum, List<Long> buckets, Duration last) {
  /** Upper bounds of the buckets: from a LAN connect to a slow script near its timeout. */
  public static final List<Duration> BOUNDS = List.of(Duration.ofMillis(1),
      Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
      Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
      Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
      Duration.ofSeconds(10));

  /** No probe measured yet. */
  public static final CheckDurations NONE = new CheckDurations(0, Duration.ZERO,
      Collections.nCopies(BOUNDS.size() + 1, 0L), null);

  public CheckDurations {
    Objects.requireNonNull(sum);
    buckets = List.copyOf(buckets);
    if (buckets.size() != BOUNDS.size() + 1) {
      throw new IllegalArgumentException("one bucket per bound and one above them");
    }
  }

  /** These durations and one more probe that took {@code took} (negative counts as zero). */
  public CheckDurations plus(Duration took) {
    Duration t = took.isNegative() ? Duration.ZERO : took;
    int i = 0;
    while (i < BOUNDS.size() && t.compareTo(BOUNDS.get(i)) > 0) {
      i++;
    }
    List<Long> next = new ArrayList<>(buckets);
    next.set(i, next.get(i) + 1);
    return new CheckDurations(count + 1, sum.plus(t), next, t);
  }

  /**
   * These durations and the probes of {@code later}, measured after them: counts, sums and
   * buckets add up, the last probe is {@code later}'s (these when it has none). The LVS engine
   * folds the probe times the checkers gathered meanwhile in once per counter batch, instead of
   * one {@link #plus(Duration)} per probe.
   */
  public CheckDurations plus(CheckDurations later) {
    if (later.count == 0) {
      return this;
    }
    List<Long> next = new ArrayList<>(buckets.size());
    for (int i = 0; i < buckets.size(); i++) {
      next.add(buckets.get(i) + later.buckets.get(i));
    }
    return new CheckDurations(count + later.count, sum.plus(later.sum), next, later.last);
  }
}
