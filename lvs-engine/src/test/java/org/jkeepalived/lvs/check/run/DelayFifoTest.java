package org.jkeepalived.lvs.check.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One delay's timers: due in arming order, only when due, cancellable, re-armable. */
class DelayFifoTest {
  private static final long MS = 1_000_000L;

  @Test
  void timersFallDueInArmingOrderAndOnlyWhenDue() {
    DelayFifo f = new DelayFifo(1000 * MS);
    List<String> ran = new ArrayList<>();
    f.add(0, () -> ran.add("a"));
    f.add(3 * MS, () -> ran.add("b"));
    f.add(3 * MS, () -> ran.add("c"));
    f.add(9 * MS, () -> ran.add("d"));
    assertThat(f.headDeadline()).isEqualTo(1000 * MS);
    assertThat(f.runDue(999 * MS)).isZero();
    assertThat(f.runDue(1003 * MS)).isEqualTo(3);
    assertThat(ran).containsExactly("a", "b", "c");
    assertThat(f.headDeadline()).isEqualTo(1009 * MS);
    assertThat(f.runDue(2000 * MS)).isEqualTo(1);
    assertThat(f.isEmpty()).isTrue();
  }

  @Test
  void aCancelledTaskDoesNotRunAndOthersDo() {
    DelayFifo f = new DelayFifo(5 * MS);
    List<String> ran = new ArrayList<>();
    Runnable a = () -> ran.add("a");
    f.add(0, a);
    f.add(1, () -> ran.add("b"));
    f.add(2, a);
    f.cancel(a);
    assertThat(f.runDue(10 * MS)).isEqualTo(1);
    assertThat(ran).containsExactly("b");
  }

  @Test
  void aTaskThatReArmsFallsDueOneDelayLaterAndTheRingGrowsPastItsFirstSize() {
    DelayFifo f = new DelayFifo(10 * MS);
    int[] runs = new int[100];
    for (int i = 0; i < 100; i++) { // more than the ring's first 16 slots
      int k = i;
      f.add(i, new Runnable() {
        @Override
        public void run() {
          if (++runs[k] < 3) {
            f.add(20 * MS * runs[k] + k, this); // re-armed at the time it ran
          }
        }
      });
    }
    assertThat(f.runDue(10 * MS + 99)).isEqualTo(100);
    assertThat(f.runDue(29 * MS)).as("re-armed: not due before 30 ms").isZero();
    assertThat(f.runDue(30 * MS + 99)).isEqualTo(100);
    assertThat(f.runDue(50 * MS + 99)).isEqualTo(100);
    assertThat(f.isEmpty()).isTrue();
    assertThat(runs).containsOnly(3);
  }
}
