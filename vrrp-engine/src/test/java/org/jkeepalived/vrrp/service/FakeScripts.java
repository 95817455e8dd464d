package org.jkeepalived.vrrp.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.engine.script.ScriptExecutor;
import org.jkeepalived.engine.script.ScriptOutcome;

/**
 * Scripts for engine tests: each run ends at once with the exit status the test set for the
 * script's first word (0 unless set), and runs are counted.
 */
final class FakeScripts implements ScriptExecutor {
  private final Map<String, Integer> status = new HashMap<>();
  private final Map<String, Integer> runs = new HashMap<>();

  /** From now on, runs of {@code command} exit with {@code exit}. */
  void exitWith(String command, int exit) {
    status.put(command, exit);
  }

  int runs(String command) {
    return runs.getOrDefault(command, 0);
  }

  @Override
  public void execute(ScriptSpec script, Duration timeout, Consumer<ScriptOutcome> done) {
    String command = script.command().get(0);
    runs.merge(command, 1, Integer::sum);
    done.accept(ScriptOutcome.exited(status.getOrDefault(command, 0)));
  }
}
