package org.jkeepalived.agent.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.instrumentation.jvm.JvmGarbageCollectorMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jkeepalived.agent.engine.EngineReport;
import org.jkeepalived.lvs.forward.ForwarderLoad;
import org.jkeepalived.mibs.store.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional Prometheus endpoint ({@code --metrics-listen}): GET /metrics in the text format,
 * written by the Prometheus Java client from a {@link StoreCollector}, a {@link
 * ForwarderCollector} (the userspace forwarder's bounds, when it runs) and the JVM's garbage
 * collector metrics ({@code jvm_gc_collection_seconds}: GC pauses stall every engine loop at
 * once). One thread serves the scrapes, apart from every engine.
 */
public final class MetricsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

  private final HTTPServer server;
  private final ExecutorService pool;

  private MetricsServer(HTTPServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  /** Binds {@code listen} and starts serving; IOException when the address cannot be bound. */
  public static MetricsServer start(InetSocketAddress listen, ObjectStore store,
      Supplier<List<EngineReport>> engines, Supplier<Map<String, Long>> snmp,
      Supplier<Optional<ForwarderLoad>> forwarder) throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(new StoreCollector(store, engines, snmp));
    registry.register(new ForwarderCollector(forwarder));
    JvmGarbageCollectorMetrics.builder().register(registry);
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "metrics-http");
      t.setDaemon(true);
      return t;
    });
    try {
      HTTPServer server = HTTPServer.builder().inetAddress(listen.getAddress())
          .port(listen.getPort()).registry(registry).executorService(pool).buildAndStart();
      LOG.info("Prometheus metrics on http://{}/metrics", MetricsAddress.text(listen));
      return new MetricsServer(server, pool);
    } catch (IOException | RuntimeException e) {
      pool.shutdownNow();
      throw new IOException("metrics endpoint " + MetricsAddress.text(listen) + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    server.close();
    pool.shutdownNow();
  }
}
