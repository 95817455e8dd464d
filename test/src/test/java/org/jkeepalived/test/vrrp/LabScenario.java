package org.jkeepalived.test.vrrp;

import org.jkeepalived.test.rig.Dirs;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.jkeepalived.testkit.Netns;
import org.junit.jupiter.api.TestInfo;

/**
 * A two-router lab for one scenario run: node 1 is the preferred master (priority {@link #HIGH}),
 * node 2 the backup ({@link #LOW}). Skips (assumption) when namespaces cannot be made or an
 * implementation of the pair is not available.
 */
final class LabScenario implements AutoCloseable {
  static final int HIGH = 150;
  static final int LOW = 100;
  static final LabSubnet SUBNET = new LabSubnet(51);
  static final String PREFIX = "jklb";
  /** Extra time a JVM-based node may need to start before its first state line. */
  private static final Duration START_SLACK = Duration.ofSeconds(15);

  final Variant variant;
  final ImplPair pair;
  final VrrpTemplate template;
  final VrrpLab lab;

  private LabScenario(Variant variant, ImplPair pair, VrrpLab lab) {
    this.variant = variant;
    this.pair = pair;
    this.lab = lab;
    this.template = VrrpTemplate.of(variant, lab.subnet(), 2);
  }

  static LabScenario open(Variant variant, ImplPair pair, TestInfo info) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    String name = info.getTestMethod().map(m -> m.getName()).orElse("scenario") + "-" + variant
        + "-" + pair;
    Path dir = Path.of("target", "vrrp-lab", name.replaceAll("[^A-Za-z0-9._+-]", "-"));
    Dirs.deleteTree(dir);
    return new LabScenario(variant, pair, VrrpLab.create(PREFIX, 2, SUBNET, dir));
  }

  LabNode node(int i) {
    return lab.node(i);
  }

  InetAddress vip() {
    return template.vip();
  }

  /** Node {@code i}'s config: the template with this priority, state MASTER for node 1. */
  VrrpConfig.Builder config(int i) {
    return template.node(i, i == 1 ? HIGH : LOW).initialMaster(i == 1);
  }

  /** Starts node {@code i} with its pair's implementation. */
  void start(int i, VrrpConfig config) {
    lab.node(i).start(pair.of(i), config);
  }

  /** Starts the backup then the master, with {@link #config(int)}, and waits for node 1 to rule. */
  void startDefault() {
    start(2, config(2).build());
    start(1, config(1).build());
    awaitSoleMaster(1, "node1 master after start");
  }

  /** Whether node {@code i} is MASTER holding the VIP and every other node BACKUP without it. */
  boolean soleMaster(int i) {
    for (LabNode n : lab.nodes()) {
      boolean me = n.index() == i;
      if (n.hasAddress(vip()) != me || n.state() != (me ? LoggedVrrpState.MASTER : LoggedVrrpState.BACKUP)) {
        return false;
      }
    }
    return true;
  }

  Duration awaitSoleMaster(int i, String what) {
    return lab.await(what, () -> soleMaster(i), masterDown(LOW).plus(START_SLACK));
  }

  /** Node {@code i} MASTER with the VIP, every other running node BACKUP without it. */
  Duration awaitSoleMasterAmongRunning(int i) {
    return lab.await("node" + i + " sole master among running nodes", () -> {
      for (LabNode n : lab.nodes()) {
        boolean me = n.index() == i;
        if (n.running() && (n.hasAddress(vip()) != me
            || n.state() != (me ? LoggedVrrpState.MASTER : LoggedVrrpState.BACKUP))) {
          return false;
        }
      }
      return lab.node(i).running();
    }, masterDown(LOW).plus(START_SLACK));
  }

  Duration advert() {
    return template.advertInt();
  }

  Duration masterDown(int priority) {
    return VrrpTiming.masterDownInterval(priority, advert());
  }

  Duration skew(int priority) {
    return VrrpTiming.skewTime(priority, advert());
  }

  /** Prints one measurement line (the scenario's figures end up in the surefire report). */
  void print(String what, Duration measured, String bound) {
    System.out.printf("VRRP %-28s %-22s %-6s %6d ms   (%s)%n", what, variant, pair,
        measured.toMillis(), bound);
  }

  @Override
  public void close() {
    lab.close();
  }
}
