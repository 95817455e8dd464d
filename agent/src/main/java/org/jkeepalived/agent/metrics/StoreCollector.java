package org.jkeepalived.agent.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jkeepalived.agent.engine.EngineReport;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * Every scrape reads one consistent snapshot of the object store (taking it never blocks an
 * engine) and the engine host's report; nothing is cached between scrapes, so a metric is never
 * staler than the store. {@code keepalived_up} is 1 while the daemon answers, as the exporter
 * reports a keepalived it can read.
 */
public final class StoreCollector implements MultiCollector {
  private final ObjectStore store;
  private final Supplier<List<EngineReport>> engines;
  private final Supplier<Map<String, Long>> snmp;

  public StoreCollector(ObjectStore store, Supplier<List<EngineReport>> engines,
      Supplier<Map<String, Long>> snmp) {
    this.store = store;
    this.engines = engines;
    this.snmp = snmp;
  }

  @Override
  public MetricSnapshots collect() {
    return collect(store.snapshot(), engines.get(), snmp.get());
  }

  static MetricSnapshots collect(StoreSnapshot s, List<EngineReport> reports) {
    return collect(s, reports, Map.of());
  }

  static MetricSnapshots collect(StoreSnapshot s, List<EngineReport> reports,
      Map<String, Long> snmpCounters) {
    List<MetricSnapshot> out = new ArrayList<>();
    Family.gauge("keepalived_up", "Status").add(1).addTo(out);
    VrrpMetrics.collect(s, out);
    VrrpExtraMetrics.collect(s, out);
    BfdLvsMetrics.collect(s, out);
    CheckerMetrics.collect(s, out);
    LvsMetrics.collect(s, out);
    engines(reports, out);
    snmp(snmpCounters, out);
    return new MetricSnapshots(out);
  }

  /** The SNMP agent's own counters (SnmpCounters), by MIB object name; none without an agent. */
  private static void snmp(Map<String, Long> counters, List<MetricSnapshot> out) {
    Family f = Family.counter("jkeepalived_snmp_agent_counter",
        "The SNMP agent's counter of that MIB object (SNMPv2-MIB snmp group, snmpMPDStats,"
            + " usmStats)", "object");
    counters.forEach((name, value) -> f.add(value, name));
    f.addTo(out);
  }

  private static void engines(List<EngineReport> reports, List<MetricSnapshot> out) {
    Family running = Family.gauge("jkeepalived_engine_running",
        "1 while the engine's loop runs", "engine");
    Family restarts = Family.counter("jkeepalived_engine_restarts",
        "Restarts of the engine after its loop failed, since the daemon started", "engine");
    for (EngineReport r : reports) {
      String name = r.subsystem().name().toLowerCase(java.util.Locale.ROOT);
      running.add(r.health().status() == EngineHealth.Status.RUNNING ? 1 : 0, name);
      restarts.add(r.restarts(), name);
    }
    running.addTo(out);
    restarts.addTo(out);
  }
}
