package org.jkeepalived.test.vrrp;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples which lab nodes hold which addresses, every {@link Waits#POLL} (10 ms) plus the time
 * one round of {@code ip addr show} takes, on its own thread, until {@link #close()} or a bound.
 * Each sample is one round over the nodes (not atomic across nodes: a VIP moving between two nodes
 * can look held by both or by none for one sample; a VIP that must not move is checked exactly).
 */
final class VipWatch implements AutoCloseable {
  /** One round: when it started, and per node (lab order) the addresses it held. */
  record Sample(Instant at, List<Set<InetAddress>> held) {
    /** The 1-based indexes of the nodes holding {@code vip}. */
    List<Integer> holders(InetAddress vip) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < held.size(); i++) {
        if (held.get(i).contains(vip)) {
          out.add(i + 1);
        }
      }
      return out;
    }
  }

  private final List<LabNode> nodes;
  private final List<Sample> samples = new ArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;

  private VipWatch(List<LabNode> nodes, Duration bound) {
    this.nodes = List.copyOf(nodes);
    this.thread = new Thread(() -> run(bound), "vip-watch");
    thread.setDaemon(true);
  }

  /** Starts sampling {@code nodes}; it stops by itself after {@code bound}. */
  static VipWatch start(List<LabNode> nodes, Duration bound) {
    VipWatch w = new VipWatch(nodes, bound);
    w.thread.start();
    return w;
  }

  private void run(Duration bound) {
    long end = System.nanoTime() + bound.toNanos();
    while (running.get() && System.nanoTime() < end) {
      Instant at = Instant.now();
      List<Set<InetAddress>> held = nodes.stream().map(LabNode::addresses).toList();
      synchronized (samples) {
        samples.add(new Sample(at, held));
      }
      Waits.sleep(Waits.POLL);
    }
  }

  /** The samples so far. */
  List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  /** The samples at or after {@code from}. */
  List<Sample> since(Instant from) {
    return samples().stream().filter(s -> !s.at().isBefore(from)).toList();
  }

  /** The samples in which {@code vip} was not on exactly node {@code node}. */
  List<Sample> notOnlyOn(InetAddress vip, int node, Instant from) {
    return since(from).stream().filter(s -> !s.holders(vip).equals(List.of(node))).toList();
  }

  /** The longest time between two consecutive samples. */
  Duration maxGap() {
    List<Sample> all = samples();
    Duration max = Duration.ZERO;
    for (int i = 1; i < all.size(); i++) {
      Duration d = Duration.between(all.get(i - 1).at(), all.get(i).at());
      max = d.compareTo(max) > 0 ? d : max;
    }
    return max;
  }

  @Override
  public void close() {
    running.set(false);
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
