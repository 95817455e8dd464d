package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.mibs.model.CheckDurations;
import org.junit.jupiter.api.Test;

/** The checkers' probe times on their way to the engine's loop in batches. */
class ProbeTimesTest {
  private static final CheckId A = new CheckId("rs-a", 0);
  private static final CheckId B = new CheckId("rs-b", 1);

  private static Map<CheckId, CheckDurations> drain(ProbeTimes t) {
    Map<CheckId, CheckDurations> out = new HashMap<>();
    t.drain((id, d) -> out.merge(id, d, CheckDurations::plus));
    return out;
  }

  @Test
  void aBatchHoldsWhatOneByOneHistogramsWould() {
    ProbeTimes t = new ProbeTimes();
    t.record(A, Duration.ofMillis(3));
    t.record(B, Duration.ofSeconds(7));
    t.record(A, Duration.ofMillis(700));
    t.record(A, Duration.ofMillis(-1)); // a clock step back counts as zero, as plus(Duration)

    assertThat(drain(t)).containsOnly(
        Map.entry(A, CheckDurations.NONE.plus(Duration.ofMillis(3)).plus(Duration.ofMillis(700))
            .plus(Duration.ZERO)),
        Map.entry(B, CheckDurations.NONE.plus(Duration.ofSeconds(7))));
  }

  @Test
  void aDrainTakesTheProbesAndAnIdleCheckIsForgottenUntilItProbesAgain() {
    ProbeTimes t = new ProbeTimes();
    t.record(A, Duration.ofMillis(1));
    drain(t);
    assertThat(drain(t)).as("nothing since the last drain").isEmpty();
    assertThat(drain(t)).isEmpty();

    t.record(A, Duration.ofMillis(2));
    assertThat(drain(t)).containsOnly(Map.entry(A, CheckDurations.NONE.plus(Duration.ofMillis(2))));
  }

  @Test
  void noProbeIsLostWhileTheLoopDrainsConcurrently() throws Exception {
    ProbeTimes t = new ProbeTimes();
    int threads = 4;
    int each = 20_000;
    CheckId[] ids = {A, B, new CheckId("rs-c", 0)};
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try {
      CountDownLatch go = new CountDownLatch(1);
      AtomicBoolean recording = new AtomicBoolean(true);
      Map<CheckId, CheckDurations> total = new HashMap<>();
      Future<?> drainer = pool.submit(() -> {
        go.await();
        while (recording.get()) {
          t.drain((id, d) -> total.merge(id, d, CheckDurations::plus));
        }
        return null;
      });
      Future<?>[] recorders = new Future<?>[threads];
      for (int i = 0; i < threads; i++) {
        int k = i;
        recorders[i] = pool.submit(() -> {
          go.await();
          for (int j = 0; j < each; j++) {
            t.record(ids[(k + j) % ids.length], Duration.ofMillis(1));
          }
          return null;
        });
      }
      go.countDown();
      for (Future<?> f : recorders) {
        f.get(30, TimeUnit.SECONDS);
      }
      recording.set(false);
      drainer.get(30, TimeUnit.SECONDS);
      t.drain((id, d) -> total.merge(id, d, CheckDurations::plus));

      long count = total.values().stream().mapToLong(CheckDurations::count).sum();
      assertThat(count).isEqualTo((long) threads * each);
      assertThat(total.values().stream().map(CheckDurations::sum).reduce(Duration.ZERO,
          Duration::plus)).isEqualTo(Duration.ofMillis((long) threads * each));
    } finally {
      pool.shutdownNow();
    }
  }
}
