package org.jkeepalived.linux.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A script's environment is the daemon's less NOTIFY_SOCKET (sd_notify(3)). */
class ScriptEnvironmentTest {
  @Test
  void notifySocketGoesEverythingElseStays() {
    Map<String, String> env = new HashMap<>(Map.of("NOTIFY_SOCKET", "/run/systemd/notify",
        "PATH", "/usr/bin:/bin", "WATCHDOG_USEC", "5000000", "LANG", "C.UTF-8"));
    ScriptRunner.withoutDaemonOnly(env);
    assertThat(env).isEqualTo(Map.of("PATH", "/usr/bin:/bin", "WATCHDOG_USEC", "5000000",
        "LANG", "C.UTF-8"));
  }

  @Test
  void anEnvironmentWithoutItIsLeftAlone() {
    Map<String, String> env = new HashMap<>(Map.of("PATH", "/bin"));
    ScriptRunner.withoutDaemonOnly(env);
    assertThat(env).containsExactly(Map.entry("PATH", "/bin"));
  }
}
