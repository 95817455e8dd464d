package org.jkeepalived.engine.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptRunResult;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.junit.jupiter.api.Test;

class ScriptRunnerExecutorTest {

  @Test
  void mapsRunnerOutcomes() {
    assertThat(ScriptRunnerExecutor.outcome(new ScriptRunResult(ScriptRunResult.Outcome.NOT_FOUND, 127, 0, "", Duration.ZERO)))
        .isEqualTo(ScriptOutcome.exited(127));
    assertThat(ScriptRunnerExecutor.outcome(new ScriptRunResult(ScriptRunResult.Outcome.NOT_EXECUTABLE, 126, 0, "", Duration.ZERO)))
        .isEqualTo(ScriptOutcome.exited(126));
    assertThat(ScriptRunnerExecutor.outcome(new ScriptRunResult(ScriptRunResult.Outcome.TIMED_OUT, -1, 15, "", Duration.ZERO)))
        .isEqualTo(ScriptOutcome.timedOut());
    assertThat(ScriptRunnerExecutor.outcome(new ScriptRunResult(ScriptRunResult.Outcome.START_FAILED, -1, 0, "x", Duration.ZERO)))
        .isEqualTo(ScriptOutcome.notRun());
    assertThat(ScriptRunnerExecutor.outcome(new ScriptRunResult(ScriptRunResult.Outcome.SIGNALLED, -1, 9, "", Duration.ZERO)))
        .isEqualTo(ScriptOutcome.signalled(9));
  }

  @Test
  void anAccountThatCannotBeResolvedIsARunThatCountsForNothing() throws Exception {
    try (ScriptRunner runner = new ScriptRunner()) {
      ScriptRunnerExecutor ex = new ScriptRunnerExecutor(runner, s -> {
        throw new IllegalArgumentException("no user nobody-here");
      });
      assertThat(run(ex, List.of("/bin/true"))).isEqualTo(ScriptOutcome.notRun());
    }
  }

  @Test
  void runsRealScriptsThroughTheRunner() throws Exception {
    try (ScriptRunner runner = new ScriptRunner()) {
      ScriptRunnerExecutor ex = new ScriptRunnerExecutor(runner, s -> runner.self());
      assertThat(run(ex, List.of("/bin/sh", "-c", "exit 0"))).isEqualTo(ScriptOutcome.exited(0));
      assertThat(run(ex, List.of("/bin/sh", "-c", "exit 127")).succeeded()).isFalse();
      assertThat(run(ex, List.of("/bin/sleep", "5"), Duration.ofMillis(200))).isEqualTo(ScriptOutcome.timedOut());
    }
  }

  private static ScriptOutcome run(ScriptRunnerExecutor ex, List<String> cmd) throws Exception {
    return run(ex, cmd, Duration.ofSeconds(5));
  }

  private static ScriptOutcome run(ScriptRunnerExecutor ex, List<String> cmd, Duration timeout) throws Exception {
    CompletableFuture<ScriptOutcome> f = new CompletableFuture<>();
    ex.execute(new ScriptSpec(cmd, null, null), timeout, f::complete);
    return f.get(10, TimeUnit.SECONDS);
  }
}
