package org.jkeepalived.vrrp.track;

import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.engine.script.ScriptExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.VrrpScriptConfig;
import org.jkeepalived.mibs.model.ScriptResult;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.Test;

class ScriptTrackerTest {
  /** Holds each run until the test finishes it. */
  static final class HeldExecutor implements ScriptExecutor {
    final Deque<Consumer<ScriptOutcome>> running = new ArrayDeque<>();
    final List<Duration> timeouts = new ArrayList<>();

    @Override
    public void execute(ScriptSpec script, Duration timeout, Consumer<ScriptOutcome> done) {
      timeouts.add(timeout);
      running.add(done);
    }

    void finish(ScriptOutcome o) {
      running.poll().accept(o);
    }
  }

  static final class RecordingSink implements TrackerSink {
    final List<Observation> observations = new ArrayList<>();
    final List<ScriptResult> results = new ArrayList<>();

    @Override
    public void update(TrackerKey key, Observation observation) {
      observations.add(observation);
    }

    @Override
    public void scriptResult(String name, ScriptResult result) {
      results.add(result);
    }
  }

  private static VrrpScriptConfig config(Duration timeout) {
    return new VrrpScriptConfig("chk", new ScriptSpec(List.of("/bin/true"), null, null),
        Duration.ofSeconds(2), timeout, -10, false, 2, 2, false);
  }

  @Test
  void runsEveryIntervalSkipsWhileRunningAndPublishesChanges() {
    FakeScheduler loop = new FakeScheduler(Instant.EPOCH);
    HeldExecutor exec = new HeldExecutor();
    RecordingSink sink = new RecordingSink();
    ScriptTracker t = new ScriptTracker(config(null), loop, exec, sink);
    t.start();
    loop.runPending();
    assertThat(exec.running).hasSize(1);
    assertThat(exec.timeouts).containsExactly(Duration.ofSeconds(2)); // timeout defaults to interval
    loop.advanceBy(Duration.ofSeconds(2)); // still running: this run is skipped
    assertThat(exec.running).hasSize(1);
    exec.finish(ScriptOutcome.exited(0));
    loop.runPending();
    assertThat(sink.results).containsExactly(ScriptResult.INIT, ScriptResult.GOOD);
    loop.advanceBy(Duration.ofSeconds(2));
    exec.finish(ScriptOutcome.timedOut());
    loop.runPending();
    assertThat(t.state().good()).isTrue(); // fall 2: one failure is not enough
    loop.advanceBy(Duration.ofSeconds(2));
    exec.finish(ScriptOutcome.exited(127));
    loop.runPending();
    assertThat(sink.results).containsExactly(ScriptResult.INIT, ScriptResult.GOOD, ScriptResult.BAD);
    assertThat(sink.observations)
        .containsExactly(Observation.PENDING, Observation.UP, Observation.DOWN);
  }

  @Test
  void closeStopsRuns() {
    FakeScheduler loop = new FakeScheduler(Instant.EPOCH);
    HeldExecutor exec = new HeldExecutor();
    ScriptTracker t = new ScriptTracker(config(Duration.ofSeconds(1)), loop, exec, new RecordingSink());
    t.start();
    loop.runPending();
    exec.finish(ScriptOutcome.exited(0));
    t.close();
    loop.advanceBy(Duration.ofSeconds(10));
    assertThat(exec.running).isEmpty();
    assertThat(exec.timeouts).containsExactly(Duration.ofSeconds(1));
  }
}
