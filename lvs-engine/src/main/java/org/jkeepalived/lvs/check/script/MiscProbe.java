package org.jkeepalived.lvs.check.script;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.jkeepalived.engine.script.ScriptExecutor;
import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.fsm.Wording;
import org.jkeepalived.lvs.check.run.Probe;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;

/**
 * MISC_CHECK (check_misc.c): runs {@code misc_path} as its user through the kit's {@link
 * ScriptExecutor}, which sends SIGTERM to the process group at {@code misc_timeout} (default: the
 * delay loop) and SIGKILL if it lingers. Exit 0 passes; with {@code misc_dynamic} an exit status
 * of 2-255 passes too and sets the weight to status - 2 (exit 1 fails); anything else fails.
 */
public final class MiscProbe implements Probe {
  private final ScriptExecutor scripts;
  private final CheckerConfig.MiscCheck check;
  private final Duration timeout;

  public MiscProbe(ScriptExecutor scripts, CheckerConfig.MiscCheck check) {
    this.scripts = scripts;
    this.check = check;
    this.timeout = check.timeout() != null && !check.timeout().isZero()
        ? check.timeout() : check.timing().delayLoop();
  }

  @Override
  public void run(int target, Consumer<ProbeResult> done) {
    scripts.execute(check.script(), timeout, outcome -> done.accept(result(outcome, check.dynamic())));
  }

  /** What an outcome means; the detail is the parenthesised part of keepalived's log line. */
  public static ProbeResult result(ScriptOutcome o, boolean dynamic) {
    return switch (o.kind()) {
      case EXITED -> {
        int status = o.code();
        if (status == 0) {
          yield ProbeResult.ok("exited with status 0");
        }
        if (dynamic && status >= 2 && status <= 255) {
          yield new ProbeResult(true, "exited with status " + status, OptionalInt.of(status - 2));
        }
        yield ProbeResult.failed("exited with status " + status);
      }
      case SIGNALLED -> ProbeResult.failed("due to signal " + o.code());
      case TIMED_OUT -> ProbeResult.failed("timed out");
      case NOT_RUN -> ProbeResult.NO_RESULT;
    };
  }

  /**
   * keepalived's lines: "Misc check for [RS VS VS] by [PROG] succeeded." and "... failed after
   * N retries (exited with status S)." ("timed out" has no parenthesis; "with retry disabled"
   * when retry is 0).
   */
  public static Wording wording(String virtualServer, String program, int retry) {
    String retries = retry + (retry == 1 ? " retry" : " retries");
    String count = retry == 0 ? " with retry disabled" : " after " + retries;
    return new Wording() {
      @Override
      public String success(String service, ProbeResult result) {
        return head(service, virtualServer, program) + "succeeded.";
      }

      @Override
      public String failure(String service, ProbeResult result, int made) {
        return line(service, result, count);
      }

      /** log_all_failures: ", will do N retries" on the scheduled probe, then " on retry i/N". */
      @Override
      public String retried(String service, ProbeResult result, int attempt, int max) {
        return line(service, result,
            attempt <= 1 ? ", will do " + retries : " on retry " + (attempt - 1) + "/" + retry);
      }

      private String line(String service, ProbeResult r, String message) {
        boolean timedOut = r.detail().equals("timed out");
        return head(service, virtualServer, program) + (timedOut ? "timed out" : "failed")
            + message + (timedOut ? "." : " (" + r.detail() + ").");
      }
    };
  }

  private static String head(String service, String virtualServer, String program) {
    return "Misc check for [" + service + " VS " + virtualServer + "] by [" + program + "] ";
  }
}
