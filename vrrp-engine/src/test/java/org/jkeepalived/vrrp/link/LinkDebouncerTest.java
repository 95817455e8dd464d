package org.jkeepalived.vrrp.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.rtnl.LinkEvent;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.mibs.config.StaticConfig.UpDownDelay;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * interface_up_down_delays as keepalived 2.2.7 behaves (checked in a namespace with {@code eth0 2
 * 1}: a 1 s carrier loss caused nothing, a 3 s one FAULT after 2 s, a return within the up delay
 * nothing either).
 */
class LinkDebouncerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final FakeScheduler clock = new FakeScheduler(T0);
  private final List<String> passed = new ArrayList<>();
  private LinkDebouncer debouncer;

  @BeforeEach
  void setUp() {
    debouncer = new LinkDebouncer(
        Map.of("eth0", new UpDownDelay(Duration.ofSeconds(2), Duration.ofSeconds(1))), clock,
        e -> passed.add(Duration.between(T0, clock.now()).toMillis() + " " + e.link().name() + " "
            + (e.kind() == LinkEvent.Kind.DELETED ? "deleted" : e.link().isRunning() ? "up" : "down")));
    debouncer.seed(link("eth0", 2, true));
  }

  @Test
  void aDownShorterThanTheDownDelayNeverReachesVrrp() {
    debouncer.offer(changed("eth0", 2, false));
    clock.advanceBy(Duration.ofMillis(1500));
    assertThat(debouncer.isHolding("eth0")).isTrue();
    debouncer.offer(changed("eth0", 2, true));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(passed).containsExactly("1500 eth0 up");
    assertThat(debouncer.isHolding("eth0")).isFalse();
  }

  @Test
  void aDownLongerThanTheDownDelayPassesWhenTheDelayEnds() {
    debouncer.offer(changed("eth0", 2, false));
    clock.advanceBy(Duration.ofMillis(1999));
    assertThat(passed).isEmpty();
    clock.advanceBy(Duration.ofMillis(1));
    assertThat(passed).containsExactly("2000 eth0 down");
  }

  @Test
  void theUpDelayAppliesToComingBackAndABounceDuringItIsIgnored() {
    debouncer.offer(changed("eth0", 2, false));
    clock.advanceBy(Duration.ofSeconds(3)); // down reached VRRP at 2 s
    debouncer.offer(changed("eth0", 2, true));
    clock.advanceBy(Duration.ofMillis(500));
    debouncer.offer(changed("eth0", 2, false)); // back down within the up delay: nothing new
    clock.advanceBy(Duration.ofSeconds(2));
    debouncer.offer(changed("eth0", 2, true));
    clock.advanceBy(Duration.ofMillis(999));
    assertThat(passed).containsExactly("2000 eth0 down", "3500 eth0 down");
    clock.advanceBy(Duration.ofMillis(1));
    assertThat(passed).containsExactly("2000 eth0 down", "3500 eth0 down", "6500 eth0 up");
  }

  @Test
  void aReloadDroppingTheDelayPassesTheHeldChangeAndANewDelayHoldsTheNextOne() {
    debouncer.offer(changed("eth0", 2, false));
    clock.advanceBy(Duration.ofMillis(500));
    debouncer.delays(Map.of("eth1", new UpDownDelay(Duration.ofSeconds(1), Duration.ZERO)));
    assertThat(passed).as("eth0's held down, at the reload").containsExactly("500 eth0 down");
    debouncer.seed(link("eth1", 3, true));
    debouncer.offer(changed("eth1", 3, false));
    debouncer.offer(changed("eth0", 2, true)); // no longer delayed
    assertThat(passed).containsExactly("500 eth0 down", "500 eth0 up");
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(passed).containsExactly("500 eth0 down", "500 eth0 up", "1500 eth1 down");
  }

  @Test
  void aReloadKeepingTheDelayKeepsTheHeldChangesTimerAndSeedingDoesNotResetIt() {
    debouncer.offer(changed("eth0", 2, false));
    clock.advanceBy(Duration.ofSeconds(1));
    debouncer.delays(Map.of("eth0", new UpDownDelay(Duration.ofSeconds(2), Duration.ZERO)));
    debouncer.seed(link("eth0", 2, false)); // the engine re-seeds from its link table
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(passed).containsExactly("2000 eth0 down");
  }

  @Test
  void repeatedEventsInTheHeldDirectionKeepTheFirstTimer() {
    debouncer.offer(changed("eth0", 2, false));
    clock.advanceBy(Duration.ofSeconds(1));
    debouncer.offer(changed("eth0", 2, false));
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(passed).containsExactly("2000 eth0 down");
  }

  @Test
  void otherInterfacesAndDeletionsPassAtOnce() {
    debouncer.offer(changed("eth1", 3, false));
    debouncer.offer(changed("eth0", 2, false));
    clock.advanceBy(Duration.ofMillis(100));
    debouncer.offer(new LinkEvent(LinkEvent.Kind.DELETED, link("eth0", 2, false)));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(passed).containsExactly("0 eth1 down", "100 eth0 deleted");
  }

  @Test
  void aNewInterfacePassesAtOnceAndIsDebouncedAfterwards() {
    debouncer.offer(new LinkEvent(LinkEvent.Kind.DELETED, link("eth0", 2, true)));
    debouncer.offer(changed("eth0", 7, true));
    debouncer.offer(changed("eth0", 7, false));
    clock.advanceBy(Duration.ofSeconds(2));
    assertThat(passed).containsExactly("0 eth0 deleted", "0 eth0 up", "2000 eth0 down");
  }

  @Test
  void aZeroDelayPassesAtOnce() {
    LinkDebouncer none = new LinkDebouncer(
        Map.of("eth0", new UpDownDelay(Duration.ZERO, Duration.ZERO)), clock,
        e -> passed.add(e.link().isRunning() ? "up" : "down"));
    none.seed(link("eth0", 2, true));
    none.offer(changed("eth0", 2, false));
    assertThat(passed).containsExactly("down");
  }

  @Test
  void closeDropsHeldEvents() {
    debouncer.offer(changed("eth0", 2, false));
    debouncer.close();
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(passed).isEmpty();
  }

  @Test
  void theInstancesLimitShortensALongerDelay() {
    List<String> out = new ArrayList<>();
    LinkDebouncer limited = new LinkDebouncer(
        Map.of("eth0", new UpDownDelay(Duration.ofSeconds(10), Duration.ofSeconds(10))), clock,
        e -> out.add(Duration.between(T0, clock.now()).toNanos() / 1000 + " us"),
        name -> Duration.ofNanos(1_996_094_000L));
    limited.seed(link("eth0", 2, true));
    limited.offer(changed("eth0", 2, false));
    clock.advanceBy(Duration.ofMillis(1996));
    assertThat(out).isEmpty();
    clock.advanceBy(Duration.ofMillis(1));
    assertThat(out).containsExactly("1996094 us");
  }

  private static LinkEvent changed(String name, int index, boolean running) {
    return new LinkEvent(LinkEvent.Kind.CHANGED, link(name, index, running));
  }

  private static LinkInfo link(String name, int index, boolean running) {
    int flags = Rtnl.IFF_UP | (running ? Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP : 0);
    return new LinkInfo(index, name, flags, 1500, new byte[6], 6, "veth");
  }
}
