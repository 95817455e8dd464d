package org.jkeepalived.test.vrrp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.test.rig.Jvm;
import org.jkeepalived.testkit.Proc;

/**
 * Which program runs a lab node. Both read the same keepalived.conf and stay in the foreground
 * ({@code -n}), log to the console ({@code -l}) with detail ({@code -D}); see {@link VrrpLog} for
 * the log lines the scenarios read.
 */
public enum Impl {
  /** The real keepalived 2.2.7, the oracle. */
  KEEPALIVED("ka"),
  /** This project: {@code org.jkeepalived.agent.Main} in a JVM with the test class path. */
  JKEEPALIVED("jk");

  /**
   * The one switch for every scenario that runs a jkeepalived node: system property {@value}.
   * On by default; {@code -Djkeepalived.vrrp.engine=false} runs the keepalived pairs only.
   */
  public static final String ENGINE_SWITCH = "jkeepalived.vrrp.engine";

  private final String tag;

  Impl(String tag) {
    this.tag = tag;
  }

  /** Short name for file and test names: ka, jk. */
  public String tag() {
    return tag;
  }

  /** Empty if this implementation can run now, else why not (an assumption's message). */
  public Optional<String> unavailable() {
    if (this == JKEEPALIVED && "false".equals(System.getProperty(ENGINE_SWITCH))) {
      return Optional.of(
          "jkeepalived scenarios switched off with -D" + ENGINE_SWITCH + "=false");
    }
    if (this == KEEPALIVED && !Proc.run(Duration.ofSeconds(10), "keepalived", "--version").ok()) {
      return Optional.of("keepalived is not installed (the oracle of these scenarios)");
    }
    return Optional.empty();
  }

  /** The foreground command for config {@code conf}, pid files in {@code run}. */
  public List<String> command(Path conf, Path run) {
    String c = conf.toString();
    if (this == KEEPALIVED) {
      return List.of(
          "keepalived", "-n", "-l", "-D", "-f", c,
          "-p", run.resolve("ka.pid").toString(),
          "-r", run.resolve("vrrp.pid").toString(),
          "-c", run.resolve("check.pid").toString(),
          "-b", run.resolve("bfd.pid").toString());
    }
    return Jvm.jkeepalived("-n", "-l", "-D", "-f", c, "-p", run.resolve("jk.pid").toString());
  }
}
