package org.jkeepalived.agent.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The LVS engines one factory makes (at start, at each restart after a loop failure) share one
 * script runner, made on the first script: a restart used to make a new runner, with its thread,
 * and never close the old one.
 */
class SharedRunnerTest {
  private final List<ScriptRunner> made = new ArrayList<>();

  @AfterEach
  void closeRunners() {
    made.forEach(ScriptRunner::close);
  }

  @Test
  void enginesOfOneFactoryShareOneRunnerMadeOnFirstUse() {
    LvsSeams.SharedRunner shared = new LvsSeams.SharedRunner(() -> {
      ScriptRunner r = new ScriptRunner();
      made.add(r);
      return r;
    });
    assertThat(made).as("nothing made before a script runs").isEmpty();
    ScriptRunner first = shared.get();
    ScriptRunner afterRestart = shared.get();
    assertThat(afterRestart).isSameAs(first);
    assertThat(made).hasSize(1);
  }
}
