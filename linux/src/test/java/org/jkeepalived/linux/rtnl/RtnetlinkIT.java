package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jkeepalived.linux.NetnsLab;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.Interfaces;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Address management and link monitoring over rtnetlink in namespaces jkln3/jkln4 (root). */
class RtnetlinkIT {
  private static NetnsLab lab;
  private static int ifindex;

  @BeforeAll
  static void setUp() throws Exception {
    NetnsLab.assumeRootAndNative();
    lab = NetnsLab.create();
    ifindex = lab.a().call(() -> Interfaces.indexOf(lab.ifA));
  }

  @AfterAll
  static void tearDown() {
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void addListAndDeleteIpv4AddressAsIpSeesIt() throws Exception {
    InterfaceAddress vip = InterfaceAddress.of(ifindex, InetAddress.getByName(lab.v4(100)), 24)
        .withLabel(lab.ifA + ":vip").withBroadcast(InetAddress.getByName(lab.v4(255)));
    try (AddressManager am = lab.a().call(NetlinkAddressManager::open)) {
      am.add(vip);
      assertThat(ipAddr()).contains(lab.v4(100) + "/24 brd " + lab.v4(255))
          .contains(lab.ifA + ":vip");
      assertThat(am.list(LinuxConstants.AF_INET))
          .filteredOn(a -> a.address().equals(vip.address()))
          .singleElement()
          .satisfies(a -> {
            assertThat(a.label()).isEqualTo(lab.ifA + ":vip");
            assertThat(a.broadcast()).isEqualTo(vip.broadcast());
            assertThat(a.ifindex()).isEqualTo(ifindex);
            assertThat(a.flags() & Rtnl.IFA_F_SECONDARY).isNotZero(); // same subnet as .1
          });
      assertThatThrownBy(() -> am.add(vip))
          .isInstanceOfSatisfying(ErrnoException.class,
              e -> assertThat(e.errno()).isEqualTo(LinuxConstants.EEXIST))
          .hasMessageContaining("File exists");
      am.delete(vip);
      assertThat(ipAddr()).doesNotContain(lab.v4(100) + "/");
      assertThatThrownBy(() -> am.delete(vip))
          .isInstanceOfSatisfying(ErrnoException.class,
              e -> assertThat(e.errno()).isEqualTo(LinuxConstants.EADDRNOTAVAIL));
    }
  }

  @Test
  void ipv6VipIsAddedNodadAndDeprecatedLikeKeepalived() throws Exception {
    InterfaceAddress vip = InterfaceAddress.vip(ifindex, InetAddress.getByName(lab.v6(200)), 128);
    try (AddressManager am = lab.a().call(NetlinkAddressManager::open)) {
      am.add(vip);
      String shown = NetnsLab.sh("ip", "-n", lab.nsA, "-6", "addr", "show", "dev", lab.ifA);
      assertThat(shown).containsPattern(lab.v6(200) + "/128 .*nodad")
          .containsPattern(lab.v6(200) + "/128 .*deprecated");
      InterfaceAddress listed = am.list(LinuxConstants.AF_INET6).stream()
          .filter(a -> a.address().equals(vip.address())).findFirst().orElseThrow();
      assertThat(listed.flags() & Rtnl.IFA_F_NODAD).isNotZero();
      assertThat(listed.preferredLifetime()).isEqualTo(Duration.ZERO);
      am.delete(vip);
      assertThat(NetnsLab.sh("ip", "-n", lab.nsA, "-6", "addr", "show", "dev", lab.ifA))
          .doesNotContain(lab.v6(200) + "/128");
    }
  }

  @Test
  void linksAreListedWithNameMacMtuAndState() throws Exception {
    try (LinkMonitor lm = lab.a().call(NetlinkLinkMonitor::open)) {
      List<LinkInfo> links = lm.links();
      assertThat(links).extracting(LinkInfo::name).contains("lo", lab.ifA);
      LinkInfo veth = links.stream().filter(l -> l.name().equals(lab.ifA)).findFirst()
          .orElseThrow();
      assertThat(veth.index()).isEqualTo(ifindex);
      assertThat(veth.isRunning()).isTrue();
      assertThat(veth.mtu()).isEqualTo(1500);
      assertThat(veth.kind()).isEqualTo("veth");
      String ipLink = NetnsLab.sh("ip", "-n", lab.nsA, "link", "show", "dev", lab.ifA);
      assertThat(ipLink).contains("link/ether " + veth.macString());
    }
  }

  @Test
  void linkDownAndAddressChangesAreNotified() throws Exception {
    BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    RtnlListener listener = new RtnlListener() {
      @Override
      public void linkChanged(LinkEvent event) {
        events.add(event);
      }

      @Override
      public void addressChanged(AddressEvent event) {
        events.add(event);
      }
    };
    try (LinkMonitor lm = lab.a().call(NetlinkLinkMonitor::open);
        AutoCloseable sub = lab.a().call(() -> lm.subscribe(listener));
        Rtnetlink rtnl = lab.a().call(Rtnetlink::open)) {
      // The peer going down drops carrier here: IFF_RUNNING clears while IFF_UP stays.
      NetnsLab.sh("ip", "-n", lab.nsB, "link", "set", lab.ifB, "down");
      LinkEvent down = (LinkEvent) await(events, e -> e instanceof LinkEvent l
          && l.link().index() == ifindex && !l.link().isRunning());
      assertThat(down.link().isUp()).isTrue();
      NetnsLab.sh("ip", "-n", lab.nsB, "link", "set", lab.ifB, "up");
      await(events, e -> e instanceof LinkEvent l && l.link().index() == ifindex
          && l.link().isRunning());

      rtnl.setLinkUp(ifindex, false);
      await(events, e -> e instanceof LinkEvent l && l.link().index() == ifindex
          && !l.link().isUp());
      assertThat(NetnsLab.sh("ip", "-n", lab.nsA, "link", "show", "dev", lab.ifA))
          .doesNotContain(",UP");
      rtnl.setLinkUp(ifindex, true);
      await(events, e -> e instanceof LinkEvent l && l.link().index() == ifindex
          && l.link().isRunning());

      InterfaceAddress a = InterfaceAddress.of(ifindex, InetAddress.getByName(lab.v4(77)), 32);
      rtnl.addAddress(a);
      await(events, e -> e instanceof AddressEvent ae && ae.kind() == AddressEvent.Kind.ADDED
          && ae.address().address().equals(a.address()));
      rtnl.deleteAddress(a);
      await(events, e -> e instanceof AddressEvent ae && ae.kind() == AddressEvent.Kind.REMOVED
          && ae.address().address().equals(a.address()));
    }
  }

  private static Object await(BlockingQueue<Object> q, Predicate<Object> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    for (;;) {
      long left = deadline - System.nanoTime();
      Object e = left > 0 ? q.poll(left, TimeUnit.NANOSECONDS) : null;
      if (e == null) {
        throw new AssertionError("no matching event within 5 s");
      }
      if (wanted.test(e)) {
        return e;
      }
    }
  }

  private static String ipAddr() throws Exception {
    return NetnsLab.sh("ip", "-n", lab.nsA, "addr", "show", "dev", lab.ifA);
  }
}
