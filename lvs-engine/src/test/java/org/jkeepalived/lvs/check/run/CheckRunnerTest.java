package org.jkeepalived.lvs.check.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckListener;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.fsm.RetryStateMachine;
import org.jkeepalived.lvs.check.fsm.Wording;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;
import org.junit.jupiter.api.Test;

class CheckRunnerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final FakeScheduler loop = new FakeScheduler(T0);
  private final List<Instant> probedAt = new ArrayList<>();
  private final Deque<Boolean> results = new ArrayDeque<>();
  private final List<String> verdicts = new ArrayList<>();

  private CheckRunner runner(int retry) {
    CheckerTiming t = new CheckerTiming(Duration.ofSeconds(5), Duration.ZERO, retry,
        Duration.ofSeconds(2), false, false);
    Probe probe = (target, done) -> {
      probedAt.add(loop.now());
      boolean ok = results.isEmpty() || results.poll();
      done.accept(ok ? ProbeResult.ok("ok") : ProbeResult.failed("no"));
    };
    return new CheckRunner(new CheckId("rs", 0), loop,
        new RetryStateMachine(t, "svc", Wording.of("TCP", "TCP_CHECK")), probe,
        (id, v) -> verdicts.add(loop.now().getEpochSecond() - T0.getEpochSecond()
            + (v.up() ? " up" : " down")),
        t.delayLoop());
  }

  /** retry 0, delay_loop 5 s; verdicts recorded as "up"/"down". */
  private CheckRunner noRetry(Probe probe) {
    CheckerTiming t = new CheckerTiming(Duration.ofSeconds(5), Duration.ZERO, 0,
        Duration.ofSeconds(2), false, false);
    return new CheckRunner(new CheckId("rs", 0), loop,
        new RetryStateMachine(t, "svc", Wording.of("TCP", "TCP_CHECK")), probe,
        (id, v) -> verdicts.add(v.up() ? "up" : "down"), t.delayLoop());
  }

  private List<Long> seconds() {
    return probedAt.stream().map(i -> i.getEpochSecond() - T0.getEpochSecond()).toList();
  }

  @Test
  void probesAtStartThenEveryDelayLoopAndRetriesDelayBeforeRetryApart() {
    CheckRunner r = runner(2);
    results.addAll(List.of(true, false, false, false, false, true));
    r.start(Duration.ofSeconds(1));
    loop.advanceBy(Duration.ofSeconds(30));
    // 1 ok; 6 fail; 8 retry 1; 10 retry 2 -> down; 15 fail (down: delay_loop); 20 ok -> up
    assertThat(seconds()).startsWith(1L, 6L, 8L, 10L, 15L, 20L, 25L, 30L);
    assertThat(verdicts).containsExactly("10 down", "20 up");
  }

  @Test
  void aSuspendedCheckDoesNotProbeAndResumesOnItsTimer() {
    CheckRunner r = runner(1);
    r.suspend(true);
    r.start(Duration.ofSeconds(1));
    loop.advanceBy(Duration.ofSeconds(12));
    assertThat(probedAt).isEmpty();
    r.suspend(false);
    loop.advanceBy(Duration.ofSeconds(5));
    assertThat(seconds()).containsExactly(16L);
  }

  @Test
  void aStoppedCheckProbesNoMoreAndIgnoresALateResult() {
    List<java.util.function.Consumer<ProbeResult>> pending = new ArrayList<>();
    CheckRunner r = noRetry((target, done) -> pending.add(done));
    r.start(Duration.ZERO);
    loop.runPending();
    assertThat(pending).hasSize(1);
    r.stop();
    pending.get(0).accept(ProbeResult.failed("no"));
    loop.advanceBy(Duration.ofSeconds(20));
    assertThat(verdicts).isEmpty();
    assertThat(pending).hasSize(1);
  }

  @Test
  void aProbeWithNoResultCountsForNothing() {
    CheckRunner r = noRetry((target, done) -> {
      probedAt.add(loop.now());
      done.accept(ProbeResult.NO_RESULT);
    });
    r.start(Duration.ZERO);
    loop.advanceBy(Duration.ofSeconds(11));
    assertThat(verdicts).isEmpty();
    assertThat(seconds()).containsExactly(0L, 5L, 10L);
  }

  @Test
  void aProbeThatAnswersTwiceCountsOnce() {
    CheckRunner r = noRetry((target, done) -> {
      probedAt.add(loop.now());
      done.accept(ProbeResult.failed("no"));
      done.accept(ProbeResult.ok("yes"));
    });
    r.start(Duration.ZERO);
    loop.advanceBy(Duration.ofSeconds(1));
    assertThat(verdicts).containsExactly("down");
    assertThat(probedAt).hasSize(1);
  }

  @Test
  void eachProbesTimeFromStartToResultGoesToTheListener() {
    List<java.util.function.Consumer<ProbeResult>> pending = new ArrayList<>();
    List<Duration> took = new ArrayList<>();
    CheckerTiming t = new CheckerTiming(Duration.ofSeconds(5), Duration.ZERO, 0,
        Duration.ofSeconds(2), false, false);
    CheckRunner r = new CheckRunner(new CheckId("rs", 0), loop,
        new RetryStateMachine(t, "svc", Wording.of("TCP", "TCP_CHECK")),
        (target, done) -> pending.add(done), new CheckListener() {
          @Override
          public void verdict(CheckId id, CheckVerdict v) {
            verdicts.add(v.up() ? "up" : "down");
          }

          @Override
          public void probed(CheckId id, Duration d) {
            took.add(d);
          }
        }, t.delayLoop());
    r.start(Duration.ZERO);
    loop.runPending();
    loop.advanceBy(Duration.ofMillis(40));
    pending.get(0).accept(ProbeResult.ok("ok"));
    loop.advanceBy(Duration.ofSeconds(5));
    loop.advanceBy(Duration.ofMillis(1500));
    pending.get(1).accept(ProbeResult.failed("Connection timeout"));
    loop.runPending();
    // passed or failed, each probe is measured; only the failure is a verdict
    assertThat(took).containsExactly(Duration.ofMillis(40), Duration.ofMillis(1500));
    assertThat(verdicts).containsExactly("down");
  }
}
