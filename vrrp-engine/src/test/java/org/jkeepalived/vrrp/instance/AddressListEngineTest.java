package org.jkeepalived.vrrp.instance;

import org.jkeepalived.engine.loop.FakeScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.vrrp.fsm.VrrpFsmConfig;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.junit.jupiter.api.Test;

/** keepalived's address list check on received adverts, two engines on a fake LAN. */
class AddressListEngineTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.EPOCH);
  private final FakeNetwork lan = new FakeNetwork(clock);
  private final List<String> rejected = new ArrayList<>();

  private static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private VrrpInstanceEngine node(String name, String addr, int prio, String vip,
      VrrpCodecOptions codec) {
    VrrpFsmConfig fsm = VrrpFsmConfig.defaults(VrrpVersion.V3, Duration.ofMillis(100), ip(addr));
    InstanceParameters c = new InstanceParameters(name, 51, prio, true, fsm, List.of(ip(vip)),
        ip("224.0.0.18"), codec);
    return new VrrpInstanceEngine(c, clock, lan.attach(ip(addr)), new InstanceObserver() {
      @Override
      public void packetRejected(String instance, VrrpDecodeError e) {
        rejected.add(instance + " " + e.reason() + " " + e.detail());
      }
    });
  }

  @Test
  void advertsWithOtherAddressesAreCountedAndIgnored() {
    VrrpInstanceEngine a = node("a", "198.18.7.1", 150, "198.18.7.100", VrrpCodecOptions.DEFAULT);
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100, "198.18.7.200", VrrpCodecOptions.DEFAULT);
    a.start();
    b.start();
    clock.advanceBy(Duration.ofSeconds(2));
    // b ignores a's adverts, so both end up master, as two keepalived with these configs do
    assertThat(a.isMaster()).isTrue();
    assertThat(b.isMaster()).isTrue();
    assertThat(rejected).isNotEmpty().allMatch(s -> s.contains("ADDRESS_LIST")
        && s.contains("not present in MASTER advert"));
    assertThat(rejected).anyMatch(s -> s.startsWith("b ")).anyMatch(s -> s.startsWith("a "));
  }

  @Test
  void skipCheckAdvAddrStillChecksAdvertsFromAnUnknownMaster() {
    VrrpCodecOptions skip = VrrpCodecOptions.DEFAULT.withSkipCheckAdvAddr(true);
    VrrpInstanceEngine a = node("a", "198.18.7.1", 150, "198.18.7.100", skip);
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100, "198.18.7.200", skip);
    a.start();
    b.start();
    clock.advanceBy(Duration.ofSeconds(2));
    // with no master accepted yet, each still checks (and rejects) every advert
    assertThat(b.state().state()).isEqualTo(VrrpFsmState.MASTER);
    assertThat(rejected).allMatch(s -> s.contains("ADDRESS_LIST"));
  }

  @Test
  void matchingAddressesElectOneMaster() {
    VrrpInstanceEngine a = node("a", "198.18.7.1", 150, "198.18.7.100", VrrpCodecOptions.DEFAULT);
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100, "198.18.7.100", VrrpCodecOptions.DEFAULT);
    a.start();
    b.start();
    clock.advanceBy(Duration.ofSeconds(2));
    assertThat(a.isMaster()).isTrue();
    assertThat(b.state().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(rejected).isEmpty();
  }
}
