package org.jkeepalived.agent.lvs;

import java.util.Optional;
import java.util.function.Supplier;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.lvs.forward.ForwarderLoad;
import org.jkeepalived.lvs.forward.UserspaceIpvs;

/**
 * The userspace forwarder the LVS engine runs on, if any, for the metrics endpoint to read the
 * gauges of its bounds ({@link UserspaceIpvs#load}): connections, refusals, buffered bytes, UDP
 * flows and evictions. Empty on kernel IPVS, before the engine opens its dataplane and after the
 * forwarder is closed. The dataplane factory ({@link LvsSeams}) tells it which control it opened;
 * a restarted engine's new forwarder replaces the old one.
 */
public final class ForwarderGauge implements Supplier<Optional<ForwarderLoad>> {
  private volatile UserspaceIpvs forwarder;

  /** The dataplane the LVS engine has just opened. */
  void opened(IpvsControl control) {
    forwarder = control instanceof UserspaceIpvs u ? u : null;
  }

  @Override
  public Optional<ForwarderLoad> get() {
    UserspaceIpvs f = forwarder;
    return f == null || f.isClosed() ? Optional.empty() : Optional.of(f.load());
  }
}
