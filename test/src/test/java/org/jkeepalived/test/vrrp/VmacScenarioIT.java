package org.jkeepalived.test.vrrp;

import org.jkeepalived.mibs.config.IpText;

import org.jkeepalived.test.rig.Dirs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * use_vmac (keepalived.conf): two routers and a client (node 3, no daemon) on one segment,
 * subnet 198.18.81.0/24 and fd00:81::/64. What keepalived 2.2.7 does, and a jkeepalived node must
 * do too: each router holds an up macvlan {@code vrrp.51} with MAC 00:00:5e:00:01:33 (RFC 5798
 * section 7.3); only the master has the VIP on it, so the client's ARP for the VIP is answered
 * with the virtual MAC; a clean stop moves the VIP to the other router's VMAC (same MAC for the
 * client) and the stopped router deletes its VMAC. Also: IPv6 VMACs, vmac_xmit_base, and the
 * VMACs of VIPs on another interface (per-VIP use_vmac, use_vmac_addr, vmac_addr_prefix).
 */
class VmacScenarioIT {
  private static final LabSubnet SUBNET = new LabSubnet(81);
  /** The second segment's subnet, for VIPs on another interface (eth1). */
  private static final LabSubnet SUBNET2 = new LabSubnet(82);
  private static final String PREFIX = "jkvx";
  private static final int VRID = 51;
  private static final String VMAC = "vrrp." + VRID;
  private static final String VIRTUAL_MAC = "00:00:5e:00:01:33";
  private static final String VIRTUAL_MAC6 = "00:00:5e:00:02:33";
  private static final Duration ADVERT = Duration.ofSeconds(1);
  private static final Duration CMD = Duration.ofSeconds(10);
  /** Generous: a JVM node's start on a loaded machine plus three adverts and the skew. */
  private static final Duration SETTLE = Duration.ofSeconds(40);

  static List<ImplPair> pairs() {
    return ImplPair.defaults();
  }

  /** Secondary cases: one interop pair unless the full matrix is asked for. */
  static List<ImplPair> onePair() {
    return ImplPair.one();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void vmacMasterAnswersArpWithVirtualMacAndFailoverMovesIt(ImplPair pair, TestInfo info) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    assumeTrue(Proc.run(CMD, "arping", "-V").ok() || Proc.run(CMD, "which", "arping").ok(),
        "arping is not installed (bin/install-deps installs iputils-arping)");
    Path dir = Path.of("target", "vrrp-lab", "vmac-" + pair);
    Dirs.deleteTree(dir);
    try (VrrpLab lab = VrrpLab.create(PREFIX, 3, SUBNET, dir)) {
      InetAddress vip = SUBNET.vip(Family.IPV4);
      lab.node(2).start(pair.of(2), config(2, 100, false));
      lab.node(1).start(pair.of(1), config(1, 150, true));
      java.util.function.BooleanSupplier steady = () -> lab.node(1).state() == LoggedVrrpState.MASTER
          && vmacHas(lab.node(1), vip) && lab.node(2).state() == LoggedVrrpState.BACKUP
          && vmacUp(lab.node(2)) && !vmacHas(lab.node(2), vip);
      lab.await("node1 MASTER with the VIP on its VMAC, node2 BACKUP with an empty VMAC", steady,
          SETTLE);
      // longer than the backup's Master_Down_Interval (3 x 1 s + skew): the backup hears the
      // master's adverts through its own VMAC (same MAC as the sender's), else it would take over
      Duration hold = Duration.ofSeconds(5);
      assertThat(Waits.holdsFor(steady, hold)).as("steady for %s%n%s", hold, lab.report())
          .isTrue();
      assertThat(link(lab.node(1))).contains("link/ether " + VIRTUAL_MAC)
          .contains("macvlan mode private");
      assertThat(lab.node(1).hasAddress(vip)).as("VIP not on the base interface").isFalse();
      for (int i = 1; i <= 2; i++) {
        // what keepalived sets: the base must not answer ARP for the VIP with its own MAC
        assertThat(sysctls(lab.node(i), "eth0.arp_ignore", "eth0.arp_filter", "vrrp/51.arp_ignore",
            "vrrp/51.accept_local", "vrrp/51.rp_filter")).as("node%d sysctls", i)
            .containsExactly("1", "1", "1", "1", "0");
      }

      assertThat(arping(lab.node(3), vip)).as("client's ARP for the VIP, master node1")
          .contains("[" + VIRTUAL_MAC.toUpperCase(Locale.ROOT) + "]")
          .contains("Received 1 response");

      Thread stopper = new Thread(() -> lab.node(1).stop(Duration.ofSeconds(15)), "stop-node1");
      stopper.start();
      lab.await("node2 MASTER with the VIP on its VMAC after node1's SIGTERM",
          () -> lab.node(2).state() == LoggedVrrpState.MASTER && vmacHas(lab.node(2), vip), SETTLE);
      join(stopper);
      lab.await("node1's VMAC deleted at exit", () -> !vmacExists(lab.node(1)), CMD);
      assertThat(arping(lab.node(3), vip)).as("client's ARP for the VIP, master node2")
          .contains("[" + VIRTUAL_MAC.toUpperCase(Locale.ROOT) + "]")
          .contains("Received 1 response");
    }
  }

  /**
   * With {@code all.rp_filter} set, the VMAC would drop the peer's adverts (their source routes
   * via the base): keepalived sets all to 0 after raising every interface to it, and restores the
   * values when it stops (keepalived.conf(5), use_vmac).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("onePair")
  void rpFilterAllIsRelaxedWhileRunningAndRestoredAtStop(ImplPair pair, TestInfo info) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    Path dir = Path.of("target", "vrrp-lab", "vmac-rpf-" + pair);
    Dirs.deleteTree(dir);
    try (VrrpLab lab = VrrpLab.create(PREFIX, 2, SUBNET, dir)) {
      InetAddress vip = SUBNET.vip(Family.IPV4);
      for (int i = 1; i <= 2; i++) {
        lab.node(i).netns().exec(CMD, "sysctl", "-qw", "net.ipv4.conf.all.rp_filter=1").check();
      }
      lab.node(2).start(pair.of(2), config(2, 100, false));
      lab.node(1).start(pair.of(1), config(1, 150, true));
      java.util.function.BooleanSupplier steady = () -> lab.node(1).state() == LoggedVrrpState.MASTER
          && vmacHas(lab.node(1), vip) && lab.node(2).state() == LoggedVrrpState.BACKUP;
      lab.await("node1 MASTER, node2 BACKUP", steady, SETTLE);
      assertThat(Waits.holdsFor(steady, Duration.ofSeconds(5))).as("steady%n%s", lab.report())
          .isTrue();
      for (int i = 1; i <= 2; i++) {
        assertThat(sysctls(lab.node(i), "all.rp_filter", "eth0.rp_filter", "default.rp_filter"))
            .as("node%d rp_filter while running", i).containsExactly("0", "1", "1");
      }
      lab.node(1).stop(Duration.ofSeconds(15));
      assertThat(sysctls(lab.node(1), "all.rp_filter", "eth0.rp_filter"))
          .as("node1 rp_filter after stop").containsExactly("1", "0");
    }
  }

  /**
   * SIGHUP reloads on the master: an unchanged config keeps the VMAC (same interface index) and
   * MASTER; a config without use_vmac deletes the VMAC and the VIP ends up on eth0.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void reloadKeepsTheVmacAndDroppingUseVmacDeletesIt(ImplPair pair, TestInfo info) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    Path dir = Path.of("target", "vrrp-lab", "vmac-reload-" + pair);
    Dirs.deleteTree(dir);
    try (VrrpLab lab = VrrpLab.create(PREFIX, 2, SUBNET, dir)) {
      InetAddress vip = SUBNET.vip(Family.IPV4);
      lab.node(2).start(pair.of(2), config(2, 100, false));
      lab.node(1).start(pair.of(1), config(1, 150, true));
      java.util.function.BooleanSupplier steady = () -> lab.node(1).state() == LoggedVrrpState.MASTER
          && vmacHas(lab.node(1), vip) && lab.node(2).state() == LoggedVrrpState.BACKUP;
      lab.await("node1 MASTER, node2 BACKUP", steady, SETTLE);
      String before = ifindex(lab.node(1));
      lab.node(1).reload(config(1, 150, true));
      assertThat(Waits.holdsFor(steady, Duration.ofSeconds(4))).as("steady after same-config "
          + "reload%n%s", lab.report()).isTrue();
      assertThat(ifindex(lab.node(1))).as("same VMAC after reload").isEqualTo(before);

      lab.node(1).reload(config(1, 150, true).toBuilder().extraInstance("").build());
      lab.await("node1's VMAC deleted and the VIP on eth0 after reload without use_vmac",
          () -> !vmacExists(lab.node(1)) && lab.node(1).hasAddress(vip)
              && lab.node(1).state() == LoggedVrrpState.MASTER, SETTLE);
    }
  }

  /**
   * IPv6 (VRRPv3) use_vmac: the VMAC has MAC 00:00:5e:00:02:VRID (RFC 5798 section 7.3) and the
   * base's link-local address, added without DAD; the client's neighbour solicitation for the VIP
   * is answered by the master with the virtual MAC, and after the master stops the other router
   * answers it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void ipv6VmacAnswersNeighbourSolicitationWithVirtualMacAndFailoverMovesIt(ImplPair pair,
      TestInfo info) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    Path dir = Path.of("target", "vrrp-lab", "vmac6-" + pair);
    Dirs.deleteTree(dir);
    try (VrrpLab lab = VrrpLab.create(PREFIX, 3, SUBNET, dir)) {
      InetAddress vip = SUBNET.vip(Family.IPV6);
      lab.node(2).start(pair.of(2), config6(2, 100, false));
      lab.node(1).start(pair.of(1), config6(1, 150, true));
      java.util.function.BooleanSupplier steady = () -> lab.node(1).state() == LoggedVrrpState.MASTER
          && vmacHas(lab.node(1), vip) && lab.node(2).state() == LoggedVrrpState.BACKUP
          && vmacUp(lab.node(2)) && !vmacHas(lab.node(2), vip);
      lab.await("node1 MASTER with the IPv6 VIP on its VMAC, node2 BACKUP", steady, SETTLE);
      assertThat(Waits.holdsFor(steady, Duration.ofSeconds(5))).as("steady%n%s", lab.report())
          .isTrue();
      assertThat(link(lab.node(1))).contains("link/ether " + VIRTUAL_MAC6)
          .contains("macvlan mode private");
      for (int i = 1; i <= 2; i++) {
        String base = linkLocal(lab.node(i), VrrpLab.IFACE);
        assertThat(base).as("node%d eth0 link-local", i).isNotEmpty();
        assertThat(linkLocal(lab.node(i), VMAC)).as("node%d VMAC has the base's link-local", i)
            .isEqualTo(base);
      }

      assertThat(neighbour(lab.node(3), vip)).as("client's neighbour entry, master node1")
          .contains("lladdr " + VIRTUAL_MAC6);

      Thread stopper = new Thread(() -> lab.node(1).stop(Duration.ofSeconds(15)), "stop-node1");
      stopper.start();
      lab.await("node2 MASTER with the IPv6 VIP on its VMAC after node1's SIGTERM",
          () -> lab.node(2).state() == LoggedVrrpState.MASTER && vmacHas(lab.node(2), vip), SETTLE);
      join(stopper);
      lab.await("node1's VMAC deleted at exit", () -> !vmacExists(lab.node(1)), CMD);
      // node1's VMAC is gone: a reply now can only come from node2's VMAC
      lab.node(3).netns().exec(CMD, "ip", "-6", "neigh", "flush", "dev", VrrpLab.IFACE);
      assertThat(neighbour(lab.node(3), vip)).as("client's neighbour entry, master node2")
          .contains("lladdr " + VIRTUAL_MAC6);
    }
  }

  /**
   * vmac_xmit_base on both routers: adverts go out and come in on the base interface, with the
   * base's MAC as source. The pair must stay stable (one MASTER, one BACKUP) for several
   * Master_Down_Intervals, as keepalived's does.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("onePair")
  void vmacXmitBasePairStaysStable(ImplPair pair, TestInfo info) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    Path dir = Path.of("target", "vrrp-lab", "vmac-xb-" + pair);
    Dirs.deleteTree(dir);
    try (VrrpLab lab = VrrpLab.create(PREFIX, 2, SUBNET, dir)) {
      InetAddress vip = SUBNET.vip(Family.IPV4);
      String extra = "  use_vmac\n  vmac_xmit_base\n";
      lab.node(2).start(pair.of(2), config(2, 100, false).toBuilder().extraInstance(extra)
          .build());
      lab.node(1).start(pair.of(1), config(1, 150, true).toBuilder().extraInstance(extra)
          .build());
      java.util.function.BooleanSupplier steady = () -> lab.node(1).state() == LoggedVrrpState.MASTER
          && vmacHas(lab.node(1), vip) && lab.node(2).state() == LoggedVrrpState.BACKUP
          && !vmacHas(lab.node(2), vip);
      lab.await("node1 MASTER, node2 BACKUP", steady, SETTLE);
      // four Master_Down_Intervals (3 x 1 s + skew each)
      Duration hold = Duration.ofSeconds(14);
      assertThat(Waits.holdsFor(steady, hold)).as("one master for %s%n%s", hold, lab.report())
          .isTrue();
    }
  }

  /**
   * use_vmac on a VIP of another interface (keepalived.conf virtual_ipaddress / _excluded {@code
   * use_vmac}): besides the instance's vrrp.51 on eth0, keepalived 2.2.7 makes vrrp1.51 (the
   * name vrrp.51 is taken) on eth1 with the virtual MAC, up on both routers; only the master has
   * the address on it; the stopped master deletes both.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("onePair")
  void vipUseVmacMakesAVmacOnTheVipsInterface(ImplPair pair, TestInfo info) {
    String extra = "  use_vmac\n  virtual_ipaddress_excluded {\n    "
        + IpText.format(SUBNET2.vip(Family.IPV4)) + "/24 dev eth1 use_vmac\n  }\n";
    vipOnEth1GetsItsVmac(pair, "vmac-vip-", "", extra, "vrrp1.51");
  }

  /**
   * The instance's use_vmac_addr does the same for every VIP on another interface, without
   * use_vmac on the instance or the VIP; global_defs vmac_addr_prefix names it (vaddr.51).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("onePair")
  void useVmacAddrWithVmacAddrPrefixNamesTheVipsVmac(ImplPair pair, TestInfo info) {
    String extra = "  use_vmac_addr\n  virtual_ipaddress_excluded {\n    "
        + IpText.format(SUBNET2.vip(Family.IPV4)) + "/24 dev eth1\n  }\n";
    vipOnEth1GetsItsVmac(pair, "vmac-addr-", "  vmac_addr_prefix vaddr\n", extra, "vaddr.51");
  }

  /**
   * An IPv4 instance with use_vmac and use_vmac_addr and an IPv6 eVIP on its own interface:
   * keepalived 2.2.7 makes vrrp6.51@eth0 with the IPv6 virtual MAC 00:00:5e:00:02:33 and the
   * base's link-local for it; the master holds the eVIP there.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("onePair")
  void otherFamilyEvipGetsAnIpv6VmacOnTheInstancesInterface(ImplPair pair, TestInfo info) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    Path dir = Path.of("target", "vrrp-lab", "vmac-fam-" + pair);
    Dirs.deleteTree(dir);
    try (VrrpLab lab = VrrpLab.create(PREFIX, 2, SUBNET, dir)) {
      InetAddress evip = SUBNET.vip(Family.IPV6);
      String extra = "  use_vmac\n  use_vmac_addr\n  virtual_ipaddress_excluded {\n    "
          + IpText.format(evip) + "/64\n  }\n";
      lab.node(2).start(pair.of(2), config(2, 100, false).toBuilder().extraInstance(extra)
          .build());
      lab.node(1).start(pair.of(1), config(1, 150, true).toBuilder().extraInstance(extra)
          .build());
      java.util.function.BooleanSupplier steady = () -> lab.node(1).state() == LoggedVrrpState.MASTER
          && has(lab.node(1), "vrrp6.51", evip) && lab.node(2).state() == LoggedVrrpState.BACKUP
          && exists(lab.node(2), "vrrp6.51") && !has(lab.node(2), "vrrp6.51", evip);
      lab.await("node1 MASTER with the IPv6 eVIP on vrrp6.51@eth0, node2 BACKUP", steady,
          SETTLE);
      assertThat(linkOf(lab.node(1), "vrrp6.51")).contains("vrrp6.51@eth0")
          .contains("link/ether " + VIRTUAL_MAC6).contains("macvlan mode private");
      assertThat(linkLocal(lab.node(1), "vrrp6.51")).isNotEmpty()
          .isEqualTo(linkLocal(lab.node(1), VrrpLab.IFACE));
      assertThat(vmacHas(lab.node(1), SUBNET.vip(Family.IPV4))).as("IPv4 VIP on vrrp.51").isTrue();
    }
  }

  private void vipOnEth1GetsItsVmac(ImplPair pair, String dirName, String global, String extra,
      String vmac) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    Path dir = Path.of("target", "vrrp-lab", dirName + pair);
    Dirs.deleteTree(dir);
    try (VrrpLab lab = VrrpLab.create(PREFIX, 2, SUBNET, dir)) {
      InetAddress vip = SUBNET.vip(Family.IPV4);
      InetAddress evip = SUBNET2.vip(Family.IPV4);
      for (int i = 1; i <= 2; i++) {
        Netns ns = lab.node(i).netns();
        // no dummy module in every kernel: a veth whose peer stays in the namespace
        ns.ip("link", "add", "eth1", "type", "veth", "peer", "name", "eth1p").check();
        ns.ip("link", "set", "eth1p", "up").check();
        ns.ip("addr", "add", SUBNET2.withPrefix(Family.IPV4, SUBNET2.node(Family.IPV4, i)),
            "dev", "eth1").check();
        ns.ip("link", "set", "eth1", "up").check();
      }
      lab.node(2).start(pair.of(2), config(2, 100, false).toBuilder().extraInstance(extra)
          .extraGlobal(global).build());
      lab.node(1).start(pair.of(1), config(1, 150, true).toBuilder().extraInstance(extra)
          .extraGlobal(global).build());
      java.util.function.BooleanSupplier steady = () -> lab.node(1).state() == LoggedVrrpState.MASTER
          && has(lab.node(1), vmac, evip) && lab.node(2).state() == LoggedVrrpState.BACKUP
          && exists(lab.node(2), vmac) && !has(lab.node(2), vmac, evip);
      lab.await("node1 MASTER with the eVIP on " + vmac + "@eth1, node2 BACKUP with an empty one",
          steady, SETTLE);
      assertThat(lab.node(1).hasAddress(vip) || vmacHas(lab.node(1), vip)).as("the VIP").isTrue();
      assertThat(linkOf(lab.node(1), vmac)).contains(vmac + "@eth1")
          .contains("link/ether " + VIRTUAL_MAC).contains("macvlan mode private");
      lab.node(1).stop(Duration.ofSeconds(15));
      lab.await("node2 MASTER with the eVIP on its " + vmac,
          () -> lab.node(2).state() == LoggedVrrpState.MASTER && has(lab.node(2), vmac, evip),
          SETTLE);
      assertThat(exists(lab.node(1), vmac)).as("node1's eth1 VMAC deleted").isFalse();
      assertThat(vmacExists(lab.node(1))).as("node1's eth0 VMAC deleted").isFalse();
    }
  }

  private static VrrpConfig config6(int node, int priority, boolean master) {
    return config(node, priority, master).toBuilder().version(3)
        .vip(SUBNET.vip(Family.IPV6), 64).build();
  }

  /** The client pings the VIP (so it solicits it) and returns its neighbour entry. */
  private static String neighbour(LabNode client, InetAddress vip) {
    Waits.until(() -> client.netns().exec(CMD, "ping", "-6", "-c", "1", "-W", "2",
        IpText.format(vip)).ok(), Duration.ofSeconds(20));
    return client.netns().exec(CMD, "ip", "-6", "neigh", "show", IpText.format(vip)).stdout();
  }

  private static String linkLocal(LabNode n, String dev) {
    Proc.Result r = Proc.run(CMD, "ip", "-n", n.netns().name(), "-6", "-o", "addr", "show",
        "dev", dev, "scope", "link");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("inet6 (fe80:[0-9a-f:]+)/")
        .matcher(r.stdout());
    return m.find() ? m.group(1) : "";
  }

  private static String linkOf(LabNode n, String dev) {
    Proc.Result r = Proc.run(CMD, "ip", "-n", n.netns().name(), "-d", "link", "show", "dev", dev);
    return r.ok() ? r.stdout() : "";
  }

  private static boolean exists(LabNode n, String dev) {
    return !linkOf(n, dev).isEmpty();
  }

  private static boolean has(LabNode n, String dev, InetAddress a) {
    Proc.Result r = Proc.run(CMD, "ip", "-n", n.netns().name(), "-o", "addr", "show", "dev", dev);
    return r.ok() && r.stdout().contains(" " + IpText.format(a) + "/");
  }

  private static String ifindex(LabNode n) {
    String l = link(n);
    return l.isEmpty() ? "" : l.substring(0, l.indexOf(':'));
  }

  private static VrrpConfig config(int node, int priority, boolean master) {
    return VrrpConfig.builder()
        .routerId("r" + node)
        .iface(VrrpLab.IFACE)
        .vrid(VRID)
        .priority(priority)
        .initialMaster(master)
        .version(2)
        .advertInt(ADVERT)
        .vip(SUBNET.vip(Family.IPV4), 24)
        .extraInstance("  use_vmac\n")
        .build();
  }

  private static String arping(LabNode client, InetAddress vip) {
    Proc.Result r = client.netns().exec(CMD, "arping", "-I", VrrpLab.IFACE, "-c", "1", "-w", "3",
        IpText.format(vip));
    return r.stdout() + r.stderr();
  }

  /** {@code net.ipv4.conf.<key>} of each key, as sysctl(8) prints them. */
  private static List<String> sysctls(LabNode n, String... keys) {
    return java.util.Arrays.stream(keys).map(k -> n.netns()
        .exec(CMD, "sysctl", "-n", "net.ipv4.conf." + k).check().stdout().trim()).toList();
  }

  private static String link(LabNode n) {
    Proc.Result r = Proc.run(CMD, "ip", "-n", n.netns().name(), "-d", "link", "show", "dev", VMAC);
    return r.ok() ? r.stdout() : "";
  }

  private static boolean vmacExists(LabNode n) {
    return !link(n).isEmpty();
  }

  private static boolean vmacUp(LabNode n) {
    return link(n).contains("state UP");
  }

  private static boolean vmacHas(LabNode n, InetAddress a) {
    Proc.Result r = Proc.run(CMD, "ip", "-n", n.netns().name(), "-o", "addr", "show", "dev", VMAC);
    return r.ok() && r.stdout().contains(" " + IpText.format(a) + "/");
  }

  private static void join(Thread t) {
    try {
      t.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
