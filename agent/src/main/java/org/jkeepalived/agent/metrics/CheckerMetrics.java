package org.jkeepalived.agent.metrics;

import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.model.CheckDurations;
import org.jkeepalived.mibs.model.CheckerState;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * Each health checker of each real server, from the state the LVS engine publishes: its verdict
 * ({@code jkeepalived_check_up}), how long its probes take as the checker measures them (a
 * histogram since the checker started, {@code jkeepalived_check_duration_seconds}) and its last
 * probe's time. Labels: the virtual and real server as the other LVS families name them, the
 * checker's keyword and its position among the real server's checkers (1-based).
 */
final class CheckerMetrics {
  private static final String[] LABELS =
      {"virtual_server", "real_server", "checker", "checker_index"};
  private static final double[] BOUNDS = CheckDurations.BOUNDS.stream()
      .mapToDouble(CheckerMetrics::seconds).toArray();

  private CheckerMetrics() {}

  static void collect(StoreSnapshot s, List<MetricSnapshot> out) {
    Family up = Family.gauge("jkeepalived_check_up",
        "Health checker verdict: 1 passes, 0 fails", LABELS);
    Family last = Family.gauge("jkeepalived_check_last_duration_seconds",
        "How long the checker's last probe took", LABELS);
    HistogramSnapshot.Builder durations = HistogramSnapshot.builder()
        .name("jkeepalived_check_duration_seconds")
        .help("How long the checker's probes take (connect to answer, script start to exit)");
    boolean anyDuration = false;
    var servers = s.configs(Tables.VIRTUAL_SERVER);
    for (var e : s.configs(Tables.REAL_SERVER).entrySet()) {
      RealServerRow rs = e.getValue();
      var state = s.state(Tables.REAL_SERVER, e.getKey()).orElse(null);
      if (rs.sorry() || state == null) {
        continue;
      }
      VirtualServerConfig vsc = servers.get(Index.of(e.getKey().get(0)));
      String vs = vsc == null ? "" : ServerNames.virtualServer(vsc);
      for (int i = 0; i < state.checkers().size(); i++) {
        CheckerState c = state.checkers().get(i);
        String[] l = {vs, ServerNames.realServer(rs), c.kind().name(), Integer.toString(i + 1)};
        up.add(c.up() ? 1 : 0, l);
        CheckDurations d = c.durations();
        if (d.count() == 0) {
          continue;
        }
        last.add(seconds(d.last()), l);
        durations.dataPoint(HistogramDataPointSnapshot.builder()
            .labels(Labels.of(LABELS, l))
            .sum(seconds(d.sum()))
            .classicHistogramBuckets(ClassicHistogramBuckets.of(withInf(BOUNDS),
                d.buckets().stream().mapToLong(Long::longValue).toArray()))
            .build());
        anyDuration = true;
      }
    }
    up.addTo(out);
    last.addTo(out);
    if (anyDuration) {
      out.add(durations.build());
    }
  }

  private static double[] withInf(double[] bounds) {
    double[] b = java.util.Arrays.copyOf(bounds, bounds.length + 1);
    b[bounds.length] = Double.POSITIVE_INFINITY;
    return b;
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
