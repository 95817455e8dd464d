package org.jkeepalived.lvs.service;

import java.util.Objects;
import org.jkeepalived.engine.script.ScriptExecutor;

/**
 * What the LVS engine is given from outside: the kernel IPVS port, the health checkers, the
 * script runner, and keepalived's {@code -I, --dont-release-ipvs}.
 *
 * @param ipvs opens kernel IPVS at start
 * @param checks makes the health checkers
 * @param scripts runs notify_up/notify_down and quorum_up/quorum_down
 * @param keepIpvsOnStop {@code -I}: leave the IPVS table as it is when stopping
 */
public record LvsPorts(IpvsControlFactory ipvs, HealthChecksFactory checks, ScriptExecutor scripts,
    boolean keepIpvsOnStop) {
  public LvsPorts {
    Objects.requireNonNull(ipvs);
    Objects.requireNonNull(checks);
    Objects.requireNonNull(scripts);
  }
}
