package org.jkeepalived.lvs.service;

import java.time.Duration;
import org.jkeepalived.engine.script.ScriptExecutor;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scripts keepalived runs on LVS transitions (check/ipwrapper.c do_rs_notifies and
 * do_vs_notifies): a real server's notify_up / notify_down when it comes and goes, a virtual
 * server's quorum_up / quorum_down when its quorum changes. When stopping, only with {@code
 * omega}. SNMP traps and the notify FIFO follow from the state the engine publishes, not from
 * here. Scripts run in the background; their end is only logged.
 */
final class LvsNotifies {
  private static final Logger LOG = LoggerFactory.getLogger(LvsNotifies.class);
  /** keepalived waits for no notify script; this bounds one that never ends. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final ScriptExecutor scripts;

  LvsNotifies(ScriptExecutor scripts) {
    this.scripts = scripts;
  }

  void realServer(RealServerRuntime rs) {
    var c = rs.row().config();
    run(rs.alive() ? c.notifyUp() : c.notifyDown());
  }

  void quorum(VirtualServerRuntime vs) {
    run(vs.quorumUp() ? vs.config().quorumUp() : vs.config().quorumDown());
  }

  private void run(ScriptSpec script) {
    if (script == null) {
      return;
    }
    scripts.execute(script, TIMEOUT, outcome -> {
      if (!outcome.succeeded()) {
        LOG.debug("notify script {} ended {}", script.commandLine(), outcome);
      }
    });
  }
}
