package org.jkeepalived.mibs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The probe-time histogram a checker's state carries. */
class CheckDurationsTest {
  @Test
  void eachProbeFallsInTheFirstBucketItDoesNotExceed() {
    CheckDurations d = CheckDurations.NONE
        .plus(Duration.ofMillis(1)) // on a bound: that bucket (Prometheus "le")
        .plus(Duration.ofMillis(1).plusNanos(1))
        .plus(Duration.ofMillis(300))
        .plus(Duration.ofSeconds(20)) // above every bound
        .plus(Duration.ofMillis(-5)); // a clock step back counts as zero
    assertThat(d.count()).isEqualTo(5);
    assertThat(d.sum()).isEqualTo(Duration.ofMillis(20_302).plusNanos(1));
    assertThat(d.last()).isEqualTo(Duration.ZERO);
    assertThat(d.buckets()).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L);
  }

  @Test
  void addingABatchEqualsAddingItsProbesOneByOne() {
    CheckDurations before = CheckDurations.NONE.plus(Duration.ofMillis(2)).plus(Duration.ofSeconds(3));
    CheckDurations batch = CheckDurations.NONE.plus(Duration.ofMillis(40)).plus(Duration.ofMillis(7));
    assertThat(before.plus(batch)).isEqualTo(before.plus(Duration.ofMillis(40))
        .plus(Duration.ofMillis(7)));
    assertThat(before.plus(CheckDurations.NONE)).as("an empty batch keeps the last probe")
        .isSameAs(before);
    assertThat(CheckDurations.NONE.plus(batch)).isEqualTo(batch);
  }

  @Test
  void noneHasAnEmptyBucketPerBoundAndOneAbove() {
    assertThat(CheckDurations.NONE.buckets()).hasSize(CheckDurations.BOUNDS.size() + 1)
        .containsOnly(0L);
    assertThat(CheckDurations.NONE.last()).isNull();
    assertThatThrownBy(() -> new CheckDurations(0, Duration.ZERO, List.of(0L), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
