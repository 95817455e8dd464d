package org.jkeepalived.agent.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jkeepalived.lvs.forward.ForwarderLoad;

/**
 * The userspace forwarder's bounds (issue 14: a maximum of connections, bounded UDP flow tables,
 * backpressure, the lvs_timeouts idle closes), read at each scrape: what it holds now as gauges,
 * what it has shed as counters. Kernel IPVS has no such figures (the kernel keeps no bound on
 * its connection table), so on it these families are absent rather than zero.
 */
final class ForwarderCollector implements MultiCollector {
  private final Supplier<Optional<ForwarderLoad>> forwarder;

  ForwarderCollector(Supplier<Optional<ForwarderLoad>> forwarder) {
    this.forwarder = forwarder;
  }

  @Override
  public MetricSnapshots collect() {
    List<MetricSnapshot> out = new ArrayList<>();
    forwarder.get().ifPresent(load -> collect(load, out));
    return new MetricSnapshots(out);
  }

  static void collect(ForwarderLoad l, List<MetricSnapshot> out) {
    Family.gauge("jkeepalived_forwarder_connections",
        "TCP connections and UDP flows the userspace forwarder holds open").add(l.connections())
        .addTo(out);
    Family.counter("jkeepalived_forwarder_refused",
        "TCP clients reset and new UDP flows dropped at the forwarder's connection bound")
        .add(l.refused()).addTo(out);
    Family.gauge("jkeepalived_forwarder_buffered_bytes",
        "Bytes queued in the forwarder toward clients and real servers, not yet taken by the"
            + " kernel").add(l.bufferedBytes()).addTo(out);
    Family.gauge("jkeepalived_forwarder_udp_flows", "UDP flows in the forwarder's flow tables")
        .add(l.udpFlows()).addTo(out);
    Family.counter("jkeepalived_forwarder_udp_evicted",
        "UDP flows closed because their flow table was full").add(l.udpEvicted()).addTo(out);
    Family.counter("jkeepalived_forwarder_udp_dropped",
        "Datagrams of new UDP clients dropped (no real server, or the connection bound), and"
            + " unreadable datagrams").add(l.udpDropped()).addTo(out);
    Family.counter("jkeepalived_forwarder_idle_closed",
        "TCP connections closed by the lvs_timeouts tcp or tcpfin timeout").add(l.idleClosed())
        .addTo(out);
  }
}
