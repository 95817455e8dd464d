package org.jkeepalived.lvs.check.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.engine.script.ScriptRunnerExecutor;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiscCheckTest {
  @Test
  void exitCodesAsCheckMiscReadsThem() {
    assertThat(MiscProbe.result(ScriptOutcome.exited(0), false).ok()).isTrue();
    assertThat(MiscProbe.result(ScriptOutcome.exited(0), true).weight()).isEmpty();
    assertThat(MiscProbe.result(ScriptOutcome.exited(1), true).ok()).isFalse();
    ProbeResult twelve = MiscProbe.result(ScriptOutcome.exited(12), true);
    assertThat(twelve.ok()).isTrue();
    assertThat(twelve.weight()).hasValue(10);
    assertThat(MiscProbe.result(ScriptOutcome.exited(12), false).ok()).isFalse();
    assertThat(MiscProbe.result(ScriptOutcome.timedOut(), false).detail()).isEqualTo("timed out");
    assertThat(MiscProbe.result(ScriptOutcome.notRun(), false)).isSameAs(ProbeResult.NO_RESULT);
    assertThat(MiscProbe.result(ScriptOutcome.signalled(9), false).detail())
        .isEqualTo("due to signal 9");
  }

  @Test
  void logLinesAsKeepalivedWritesThem() {
    var w = MiscProbe.wording("[198.18.0.1]:tcp:80", "/bin/chk", 1);
    assertThat(w.failure("[198.18.0.2]:tcp:80", ProbeResult.failed("exited with status 3"), 1))
        .isEqualTo("Misc check for [[198.18.0.2]:tcp:80 VS [198.18.0.1]:tcp:80] by [/bin/chk]"
            + " failed after 1 retry (exited with status 3).");
    assertThat(MiscProbe.wording("v", "/p", 0).failure("s", ProbeResult.failed("timed out"), 0))
        .isEqualTo("Misc check for [s VS v] by [/p] timed out with retry disabled.");
  }

  /** check_misc.c with log_all_failures: each retried failure has its own line, then the last. */
  @Test
  void logAllFailuresNamesEachRetryAsKeepalivedDoes() {
    var timing = new org.jkeepalived.mibs.config.lvs.CheckerTiming(Duration.ofSeconds(6),
        Duration.ZERO, 2, Duration.ofSeconds(1), false, true);
    var m = new org.jkeepalived.lvs.check.fsm.RetryStateMachine(timing, "[r]:tcp:80",
        MiscProbe.wording("[v]:tcp:80", "/p", 2));
    m.onResult(ProbeResult.ok("exited with status 0"));
    String head = "Misc check for [[r]:tcp:80 VS [v]:tcp:80] by [/p] ";
    assertThat(m.onResult(ProbeResult.failed("exited with status 1")).log())
        .containsExactly(head + "failed, will do 2 retries (exited with status 1).");
    assertThat(m.onResult(ProbeResult.failed("timed out")).log())
        .containsExactly(head + "timed out on retry 1/2.");
    assertThat(m.onResult(ProbeResult.failed("exited with status 1")).log())
        .containsExactly(head + "failed after 2 retries (exited with status 1).");
  }

  @Test
  void realScriptsSetVerdictAndWeightAndTimeOut(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("exit");
    Files.writeString(state, "12");
    ScriptSpec script = new ScriptSpec(List.of("/bin/sh", "-c",
        "read c < " + state + "; [ \"$c\" = sleep ] && sleep 10; exit $c"), null, null);
    Verdicts heard = new Verdicts();
    try (ScriptRunner runner = new ScriptRunner();
        NettyHealthChecks checks = new NettyHealthChecks(heard, new CheckerPorts(null,
            new ScriptRunnerExecutor(runner, s -> runner.self()), null, p -> null, null))) {
      checks.run(List.of(Specs.spec("rs1", 80, new CheckerConfig.MiscCheck(
          Specs.fast(0, false), script, Duration.ofMillis(500), true))));
      Verdicts.Heard v = heard.next(Duration.ofSeconds(5));
      assertThat(v.verdict().up()).isTrue();
      assertThat(v.verdict().weight()).hasValue(10);
      Files.writeString(state, "1");
      v = heard.next(Duration.ofSeconds(5));
      assertThat(v.verdict().up()).isFalse();
      assertThat(v.verdict().reason()).isEqualTo("exited with status 1");
      Files.writeString(state, "0");
      v = heard.next(Duration.ofSeconds(5));
      assertThat(v.verdict().up()).isTrue();
      assertThat(v.verdict().weight()).isEmpty();
      Files.writeString(state, "sleep");
      v = heard.next(Duration.ofSeconds(8));
      assertThat(v.verdict().up()).isFalse();
      assertThat(v.verdict().reason()).isEqualTo("timed out");
    }
  }
}
