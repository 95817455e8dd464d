package org.jkeepalived.test.vrrp;

import org.jkeepalived.test.rig.Dirs;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jkeepalived.testkit.Netns;
import org.junit.jupiter.api.TestInfo;

/**
 * The two-router lab every VRRP scenario runs in (one segment, or two for sync groups): node 1 is
 * the preferred master (priority {@link #HIGH}, state MASTER), node 2 the backup ({@link #LOW}).
 * Skips (assumption) when namespaces cannot be made or an implementation of the pair is not
 * available.
 */
final class TwoNodeScenario implements AutoCloseable {
  static final int HIGH = 150;
  static final int LOW = 100;
  /** Extra time a JVM-based node may need to start before its first state line. */
  static final Duration START_SLACK = Duration.ofSeconds(15);
  /** Margin over a protocol or tracker bound for a loaded CI machine. */
  static final Duration LATE = Duration.ofSeconds(3);
  /** The basic scenarios' lab (VrrpScenarioIT, and the golden configs it generates). */
  static final String PREFIX = "jklb";
  static final LabSubnet SUBNET = new LabSubnet(51);

  final Variant variant;
  final ImplPair pair;
  final VrrpTemplate template;
  final VrrpLab lab;

  private TwoNodeScenario(Variant variant, ImplPair pair, VrrpLab lab) {
    this.variant = variant;
    this.pair = pair;
    this.lab = lab;
    this.template = VrrpTemplate.of(variant, lab.subnet(), 2);
  }

  /** The basic scenarios' one-segment lab ({@link #PREFIX}, {@link #SUBNET}). */
  static TwoNodeScenario open(Variant variant, ImplPair pair, TestInfo info) {
    return open(PREFIX, SUBNET, variant, pair, info);
  }

  /** A one-segment lab, namespaces {@code prefix + "br"}, {@code prefix + "1"}, ... */
  static TwoNodeScenario open(
      String prefix, LabSubnet subnet, Variant variant, ImplPair pair, TestInfo info) {
    return open(prefix, subnet, null, variant, pair, info);
  }

  /** A lab with a second segment ({@link VrrpLab#IFACE2}) on {@code second} when not null. */
  static TwoNodeScenario open(String prefix, LabSubnet subnet, LabSubnet second, Variant variant,
      ImplPair pair, TestInfo info) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    String name = info.getTestMethod().map(m -> m.getName()).orElse("scenario") + "-" + variant
        + "-" + pair;
    Path dir = Path.of("target", "vrrp-lab", name.replaceAll("[^A-Za-z0-9._+-]", "-"));
    Dirs.deleteTree(dir);
    VrrpLab lab = second == null
        ? VrrpLab.create(prefix, 2, subnet, dir)
        : VrrpLab.create(prefix, 2, subnet, second, dir);
    return new TwoNodeScenario(variant, pair, lab);
  }

  LabNode node(int i) {
    return lab.node(i);
  }

  InetAddress vip() {
    return template.vip();
  }

  /** Node {@code i}'s config: the template with its priority, state MASTER for node 1. */
  VrrpConfig.Builder config(int i) {
    return template.node(i, priority(i)).initialMaster(i == 1);
  }

  static int priority(int node) {
    return node == 1 ? HIGH : LOW;
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

  /** Starts node 2 then node 1 with these configs, and waits until {@code ready} holds. */
  void startBoth(VrrpConfig one, VrrpConfig two, String what, java.util.function.BooleanSupplier
      ready) {
    start(2, two);
    start(1, one);
    lab.await(what, ready, masterDown(LOW).plus(START_SLACK));
  }

  /**
   * Whether node {@code i} is MASTER of every instance in {@code vips} (name to VIP) holding its
   * VIP on the given interface, and the other node BACKUP of it without the VIP.
   */
  boolean soleMaster(int i, Map<String, Map.Entry<String, InetAddress>> vips) {
    for (LabNode n : lab.nodes()) {
      boolean me = n.index() == i;
      for (var e : vips.entrySet()) {
        String iface = e.getValue().getKey();
        if (n.hasAddress(iface, e.getValue().getValue()) != me
            || n.state(e.getKey()) != (me ? LoggedVrrpState.MASTER : LoggedVrrpState.BACKUP)) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@link #soleMaster(int, Map)} for VI_1 alone. */
  boolean soleMaster(int i) {
    return soleMaster(i, Map.of(VrrpConfig.INSTANCE, Map.entry(VrrpLab.IFACE, vip())));
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
    System.out.printf("VRRP %-34s %-22s %-6s %6d ms   (%s)%n", what, variant, pair,
        measured.toMillis(), bound);
  }

  @Override
  public void close() {
    lab.close();
  }
}
