package org.jkeepalived.engine.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeSchedulerTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void dueTasksRunInTimeOrderEachAtItsOwnTime() {
    FakeScheduler loop = new FakeScheduler(T0);
    List<String> seen = new ArrayList<>();
    loop.schedule(Duration.ofSeconds(2), () -> seen.add("b@" + loop.now().getEpochSecond() % 60));
    loop.schedule(Duration.ofSeconds(1), () -> {
      seen.add("a@" + loop.now().getEpochSecond() % 60);
      loop.execute(() -> seen.add("a2@" + loop.now().getEpochSecond() % 60));
    });
    loop.schedule(Duration.ofSeconds(9), () -> seen.add("late"));
    loop.advanceBy(Duration.ofSeconds(3));
    assertThat(seen).containsExactly("a@1", "a2@1", "b@2");
    assertThat(loop.now()).isEqualTo(T0.plusSeconds(3));
  }

  @Test
  void cancelledTasksNeverRun() {
    FakeScheduler loop = new FakeScheduler(T0);
    List<String> seen = new ArrayList<>();
    loop.schedule(Duration.ZERO, () -> seen.add("cancelled")).cancel();
    loop.execute(() -> seen.add("kept"));
    loop.runPending();
    assertThat(seen).containsExactly("kept");
  }

  @Test
  void afterAStallLateTasksRunInDueOrderAtTheTimeAfterTheStallBeforeWhatTheyQueue() {
    FakeScheduler loop = new FakeScheduler(T0);
    List<String> seen = new ArrayList<>();
    loop.schedule(Duration.ofSeconds(1), () -> {
      seen.add("a@" + loop.now().getEpochSecond() % 60);
      loop.execute(() -> seen.add("queued by a@" + loop.now().getEpochSecond() % 60));
    });
    loop.schedule(Duration.ofSeconds(2), () -> seen.add("b@" + loop.now().getEpochSecond() % 60));
    loop.stall(Duration.ofSeconds(5));
    assertThat(seen).isEmpty();
    loop.runPending();
    assertThat(seen).containsExactly("a@5", "b@5", "queued by a@5");
  }
}
