package org.jkeepalived.vrrp.instance;

import org.jkeepalived.engine.loop.FakeScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jkeepalived.vrrp.fsm.VrrpFsmConfig;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.junit.jupiter.api.Test;

/**
 * A backup whose Master_Down_Timer runs out while the master's adverts wait undelivered in its
 * socket (its process was paused) reads them before it decides; with nothing waiting it takes
 * over exactly at Master_Down_Interval as before.
 */
class DownTimerGraceTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final FakeScheduler clock = new FakeScheduler(T0);
  private final FakeNetwork lan = new FakeNetwork(clock);
  private final List<String> events = new ArrayList<>();
  private final Map<String, FakeNetwork.Port> ports = new HashMap<>();
  private final InstanceObserver recorder = new InstanceObserver() {
    @Override
    public void stateChanged(String instance, VrrpFsmState state) {
      events.add(clock.now().toEpochMilli() - T0.toEpochMilli() + " " + instance + " " + state);
    }
  };

  private static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** VRRPv3, advert_int 0.1 s: Master_Down_Interval of priority 100 is 300 + 60.937 ms. */
  private VrrpInstanceEngine node(String name, String addr, int prio) {
    VrrpFsmConfig fsm = VrrpFsmConfig.defaults(VrrpVersion.V3, Duration.ofMillis(100), ip(addr));
    InstanceParameters c = new InstanceParameters(name, 51, prio, true, fsm,
        List.of(ip("198.18.75.100")), ip("224.0.0.18"), VrrpCodecOptions.DEFAULT);
    FakeNetwork.Port port = lan.attach(ip(addr));
    ports.put(name, port);
    return new VrrpInstanceEngine(c, clock, port, recorder);
  }

  /** a master since 341 ms (adverts at 341 + k x 100 ms), b backup; events cleared at 2000 ms. */
  private VrrpInstanceEngine[] steadyPair() {
    VrrpInstanceEngine a = node("a", "198.18.75.1", 150);
    VrrpInstanceEngine b = node("b", "198.18.75.2", 100);
    a.start();
    b.start();
    clock.advanceBy(Duration.ofMillis(2000));
    assertThat(a.isMaster()).isTrue();
    events.clear();
    return new VrrpInstanceEngine[] {a, b};
  }

  @Test
  void advertsQueuedDuringAPauseLongerThanMasterDownIntervalKeepTheBackupBackup() {
    VrrpInstanceEngine[] n = steadyPair();
    // b's last delivered advert left a at 1941 ms; from 1950 ms b's socket holds what arrives
    ports.get("b").hold();
    clock.advanceBy(Duration.ofMillis(350)); // 2300 ms: adverts of 2041, 2141, 2241 are queued
    assertThat(ports.get("b").receivePending()).isTrue();
    clock.advanceBy(Duration.ofMillis(250)); // 2550 ms: 250 ms past 1941 + 360.9 ms
    assertThat(n[1].state().state()).isEqualTo(VrrpFsmState.BACKUP);
    ports.get("b").release(); // the reader catches up
    clock.advanceBy(Duration.ofSeconds(3));
    assertThat(n[1].state().state()).isEqualTo(VrrpFsmState.BACKUP);
    assertThat(n[0].isMaster()).isTrue();
    assertThat(events).isEmpty();
  }

  @Test
  void aMasterThatCrashedIsStillTakenOverAtMasterDownIntervalWhenNothingIsQueued() {
    steadyPair();
    ports.get("a").disconnect(); // last advert at 1941.406 ms
    clock.advanceBy(Duration.ofSeconds(2));
    assertThat(events).containsExactly("2302 b MASTER"); // 1941.406 + 360.937
  }

  @Test
  void somethingQueuedForeverHoldsTheTakeoverBackOneMasterDownIntervalAtMost() {
    steadyPair();
    ports.get("b").hold();
    ports.get("a").disconnect();
    // something else (another VRID's advert, say) stays queued in b's socket all along
    lan.attach(ip("198.18.75.3")).send(new byte[] {0x31, 99}, ip("224.0.0.18"));
    clock.advanceBy(Duration.ofSeconds(2));
    // timer ran out at 2302.343 ms, held back for Master_Down_Interval (360.937 ms), 1 ms steps
    assertThat(events).containsExactly("2663 b MASTER");
  }

  @Test
  void holdsBackOnlyWhilePendingAndForAtMostTheCap() {
    AtomicBoolean pending = new AtomicBoolean(true);
    DownTimerGrace g = new DownTimerGrace(pending::get);
    Duration cap = Duration.ofMillis(100);
    assertThat(g.holdBack(T0, cap)).isTrue();
    assertThat(g.holdBack(T0.plusMillis(99), cap)).isTrue();
    assertThat(g.holdBack(T0.plusMillis(100), cap)).isFalse();
    // a fresh expiry after the cap ran out starts a new grace
    assertThat(g.holdBack(T0.plusMillis(200), cap)).isTrue();
    pending.set(false);
    assertThat(g.holdBack(T0.plusMillis(201), cap)).isFalse();
    pending.set(true);
    assertThat(g.holdBack(T0.plusMillis(500), cap)).isTrue();
    g.reset();
    assertThat(g.holdBack(T0.plusMillis(650), cap)).isTrue(); // reset: counted from 650, not 500
    assertThat(g.holdBack(T0.plusMillis(749), cap)).isTrue();
  }
}
