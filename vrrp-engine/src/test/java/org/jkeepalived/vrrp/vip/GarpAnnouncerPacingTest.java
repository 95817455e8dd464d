package org.jkeepalived.vrrp.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.linux.neigh.FakeArpSender;
import org.jkeepalived.linux.neigh.FakeNaSender;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.mibs.config.GarpGroupConfig;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.Test;

/** Announcers of several instances sharing one pacer, and garp_extra_if, on a fake clock. */
class GarpAnnouncerPacingTest {
  private final FakeScheduler loop = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeArpSender arp = new FakeArpSender();
  private final FakeNaSender na = new FakeNaSender();
  private final LinkDirectory links = new LinkDirectory() {
    @Override
    public int indexOf(String name) {
      return Integer.parseInt(name.substring(3)) + 2;
    }

    @Override
    public String nameOf(int ifindex) {
      return "eth" + (ifindex - 2);
    }

    @Override
    public MacAddress macOf(int ifindex) {
      return MacAddress.parse("02:00:00:00:00:0" + ifindex);
    }
  };
  /** 5 at once, no second burst, no refresh. */
  private final GarpPlan plan = new GarpPlan(Duration.ZERO, 5, Duration.ZERO, 1, Duration.ZERO,
      Duration.ZERO);

  private static List<InterfaceAddress> vips(int ifindex, String a) {
    try {
      return List.of(InterfaceAddress.vip(ifindex, InetAddress.getByName(a), 24));
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private GarpAnnouncer announcer(String name, GarpPacer pacer) {
    GarpAnnouncer g = new GarpAnnouncer(name, loop, arp, na, links, plan, i -> false);
    g.usePacer(pacer);
    return g;
  }

  /**
   * The pattern keepalived 2.2.7 put on the wire (tshark) with vrrp_garp_interval 0.1 and two
   * address owners starting together, VI_1 with .100 and VI_2 with .101 and .102, 5 repeats:
   * .100 at 0 ms, .100 at 116, .101 at 217, .102 at 337, nothing more. One slot per 100 ms, and
   * an address never has two messages waiting.
   */
  @Test
  void twoInstancesOnOneInterfaceShareTheScheduleAsKeepalivedDoes() throws Exception {
    GarpPacer pacer = new GarpPacer(new GarpSpacing(List.of(), Duration.ofMillis(100),
        Duration.ZERO));
    List<InterfaceAddress> vi2 = List.of(vips(2, "198.18.65.101").get(0),
        vips(2, "198.18.65.102").get(0));
    announcer("VI_1", pacer).start(() -> vips(2, "198.18.65.100"));
    announcer("VI_2", pacer).start(() -> vi2);
    assertThat(senders()).containsExactly("198.18.65.100");
    loop.advanceBy(Duration.ofMillis(100));
    assertThat(senders()).containsExactly("198.18.65.100", "198.18.65.100");
    loop.advanceBy(Duration.ofMillis(200));
    assertThat(senders()).containsExactly("198.18.65.100", "198.18.65.100", "198.18.65.101",
        "198.18.65.102");
    loop.advanceBy(Duration.ofSeconds(10));
    assertThat(arp.sent()).hasSize(4);
  }

  private List<String> senders() {
    return arp.sent().stream().map(s -> s.packet().senderProtocol().getHostAddress()).toList();
  }

  @Test
  void aGarpGroupPacesTwoInterfacesTogether() throws Exception {
    GarpPacer pacer = new GarpPacer(new GarpSpacing(List.of(new GarpGroupConfig(
        Duration.ofMillis(100), null, List.of("eth0", "eth1"))), Duration.ZERO, Duration.ZERO));
    announcer("VI_1", pacer).start(() -> vips(2, "198.18.65.100"));
    announcer("VI_2", pacer).start(() -> vips(3, "198.18.66.100"));
    assertThat(arp.sent()).hasSize(1);
    loop.advanceBy(Duration.ofMillis(150));
    assertThat(arp.sent()).hasSize(2);
    loop.advanceBy(Duration.ofMillis(50)); // eth1's VIP waits for the group's third slot
    assertThat(arp.sent()).extracting(FakeArpSender.Sent::ifindex).containsExactly(2, 2, 3);
    // an interface outside the group is not slowed: its 5 repeats go at once
    announcer("VI_3", pacer).start(() -> vips(4, "198.18.67.100"));
    assertThat(arp.sent()).hasSize(8);
  }

  @Test
  void unpacedAnnouncerWithoutSharedPacerKeepsItsPlanSpacing() throws Exception {
    GarpPlan spaced = new GarpPlan(Duration.ZERO, 3, Duration.ZERO, 1, Duration.ofMillis(100),
        Duration.ZERO);
    new GarpAnnouncer("VI_1", loop, arp, na, links, spaced, i -> false)
        .start(() -> vips(2, "198.18.65.100"));
    assertThat(arp.sent()).hasSize(1);
    loop.advanceBy(Duration.ofMillis(200));
    assertThat(arp.sent()).hasSize(3);
  }

  @Test
  void garpExtraIfAnnouncesOtherInterfacesEveryPeriodWhileMaster() throws Exception {
    GarpAnnouncer g = announcer("VI_1", new GarpPacer(GarpSpacing.NONE));
    g.setExtraIf(new GarpExtraIf(Duration.ofSeconds(100), true, 2, i -> false));
    List<InterfaceAddress> all = List.of(vips(2, "198.18.65.100").get(0),
        vips(3, "198.18.66.100").get(0));
    g.start(() -> all);
    assertThat(arp.sent()).hasSize(10); // the master burst, unpaced: 5 per address
    arp.clear();
    loop.advanceBy(Duration.ofSeconds(99));
    assertThat(arp.sent()).isEmpty();
    loop.advanceBy(Duration.ofSeconds(1));
    assertThat(arp.sent()).singleElement().extracting(FakeArpSender.Sent::ifindex).isEqualTo(3);
    loop.advanceBy(Duration.ofSeconds(100));
    assertThat(arp.sent()).hasSize(2);
    g.stop(); // leaving MASTER
    loop.advanceBy(Duration.ofSeconds(500));
    assertThat(arp.sent()).hasSize(2);
  }
}
