package org.jkeepalived.agent.metrics;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One metric family being filled during a scrape: a gauge or a counter with a fixed set of label
 * names, one sample per label-value tuple (a repeated tuple keeps its first value: the exposition
 * format forbids duplicates). A counter's name is given without "_total"; the client library adds
 * it in the text format.
 */
final class Family {
  private final String name;
  private final String help;
  private final boolean counter;
  private final String[] labelNames;
  private final List<Labels> labels = new ArrayList<>();
  private final List<Double> values = new ArrayList<>();
  private final Set<Labels> seen = new java.util.HashSet<>();

  private Family(String name, String help, boolean counter, String... labelNames) {
    this.name = name;
    this.help = help;
    this.counter = counter;
    this.labelNames = labelNames.clone();
  }

  static Family gauge(String name, String help, String... labelNames) {
    return new Family(name, help, false, labelNames);
  }

  static Family counter(String name, String help, String... labelNames) {
    return new Family(name, help, true, labelNames);
  }

  /** Adds a sample; {@code labelValues} in the order of the family's label names. */
  Family add(double value, String... labelValues) {
    if (labelValues.length != labelNames.length) {
      throw new IllegalArgumentException(name + " takes " + labelNames.length + " labels");
    }
    Labels l = Labels.of(labelNames, nullsAsEmpty(labelValues));
    if (seen.add(l)) {
      labels.add(l);
      values.add(value);
    }
    return this;
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  /** Adds the family to {@code out} when it has a sample (an empty family says nothing). */
  void addTo(List<MetricSnapshot> out) {
    if (!isEmpty()) {
      out.add(build());
    }
  }

  MetricSnapshot build() {
    if (counter) {
      CounterSnapshot.Builder b = CounterSnapshot.builder().name(name).help(help);
      for (int i = 0; i < values.size(); i++) {
        b.dataPoint(CounterDataPointSnapshot.builder().value(values.get(i)).labels(labels.get(i))
            .build());
      }
      return b.build();
    }
    GaugeSnapshot.Builder b = GaugeSnapshot.builder().name(name).help(help);
    for (int i = 0; i < values.size(); i++) {
      b.dataPoint(GaugeDataPointSnapshot.builder().value(values.get(i)).labels(labels.get(i))
          .build());
    }
    return b.build();
  }

  private static String[] nullsAsEmpty(String[] values) {
    String[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = "";
      }
    }
    return out;
  }
}
