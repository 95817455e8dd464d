package org.jkeepalived.vrrp.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.linux.neigh.FakeArpSender;
import org.jkeepalived.linux.neigh.FakeNaSender;
import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keepalived sets the NA Router flag when IPv6 forwarding is on for the interface. */
class NaRouterFlagTest {
  private final FakeScheduler loop = new FakeScheduler(Instant.EPOCH);
  private final FakeNaSender na = new FakeNaSender();

  private final LinkDirectory links = new LinkDirectory() {
    @Override
    public int indexOf(String name) {
      return name.equals("eth1") ? 2 : name.equals("eth2") ? 3 : 0;
    }

    @Override
    public String nameOf(int ifindex) {
      return ifindex == 2 ? "eth1" : ifindex == 3 ? "eth2" : Integer.toString(ifindex);
    }

    @Override
    public MacAddress macOf(int ifindex) {
      return MacAddress.parse("02:00:00:00:00:0" + ifindex);
    }
  };

  @Test
  void routerFlagFollowsEachInterfacesForwardingSetting(@TempDir Path conf) throws Exception {
    Files.createDirectories(conf.resolve("eth1"));
    Files.writeString(conf.resolve("eth1/forwarding"), "1\n");
    Files.createDirectories(conf.resolve("eth2"));
    Files.writeString(conf.resolve("eth2/forwarding"), "0\n");
    GarpAnnouncer g = new GarpAnnouncer("VI_6", loop, new FakeArpSender(), na, links,
        GarpPlan.defaults(), Ipv6Forwarding.proc(conf));
    List<InterfaceAddress> vips = List.of(
        InterfaceAddress.of(2, InetAddress.getByName("fd00:92::100"), 64),
        InterfaceAddress.of(3, InetAddress.getByName("fd00:93::100"), 64));
    g.start(() -> vips);
    loop.advanceBy(Duration.ofSeconds(1));
    assertThat(na.sent()).isNotEmpty();
    assertThat(na.sent()).filteredOn(s -> s.ifindex() == 2).isNotEmpty()
        .allMatch(s -> s.advertisement().router());
    assertThat(na.sent()).filteredOn(s -> s.ifindex() == 3).isNotEmpty()
        .noneMatch(s -> s.advertisement().router());
    g.stop();
  }

  @Test
  void unreadableOrUnsafeNamesCountAsNotForwarding(@TempDir Path conf) {
    Ipv6Forwarding f = Ipv6Forwarding.proc(conf);
    assertThat(f.enabled("missing0")).isFalse();
    assertThat(f.enabled("../x")).isFalse();
    assertThat(f.enabled("")).isFalse();
  }
}
