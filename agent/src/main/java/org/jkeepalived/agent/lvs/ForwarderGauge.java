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
 * a restarted engine's new forwarder replaces the old one. {@code jkeepalived status} reads
 * {@link #dataplane} through it too: which dataplane runs, and the forwarder's bound and gauges.
 */
public final class ForwarderGauge implements Supplier<Optional<ForwarderLoad>> {
  private volatile UserspaceIpvs forwarder;
  private volatile boolean opened;

  /** The dataplane the LVS engine has just opened. */
  void opened(IpvsControl control) {
    forwarder = control instanceof UserspaceIpvs u ? u : null;
    opened = true;
  }

  /**
   * What the status says of the LVS dataplane.
   *
   * @param userspace the userspace forwarder, else kernel IPVS
   * @param maxConnections the forwarder's configured connection bound; 0 on kernel IPVS
   * @param load the forwarder's gauges now; null on kernel IPVS, which keeps no such figures
   */
  public record Dataplane(boolean userspace, int maxConnections, ForwarderLoad load) {
    public static final Dataplane KERNEL_IPVS = new Dataplane(false, 0, null);
  }

  /**
   * The dataplane the LVS engine last opened: empty before any and once its forwarder is closed.
   * Kernel IPVS has no close notice here, so it stays said until a forwarder replaces it (the
   * engine lines of the status tell whether the LVS engine still runs).
   */
  public Optional<Dataplane> dataplane() {
    UserspaceIpvs f = forwarder;
    if (f == null) {
      return opened ? Optional.of(Dataplane.KERNEL_IPVS) : Optional.empty();
    }
    return f.isClosed() ? Optional.empty()
        : Optional.of(new Dataplane(true, f.info().connectionTableSize(), f.load()));
  }

  @Override
  public Optional<ForwarderLoad> get() {
    UserspaceIpvs f = forwarder;
    return f == null || f.isClosed() ? Optional.empty() : Optional.of(f.load());
  }
}
