package org.jkeepalived.vrrp.instance;

import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.engine.loop.Scheduler;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.vrrp.fsm.VrrpFsmConfig;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.packet.VrrpAuth;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.packet.VrrpVersion;
import org.junit.jupiter.api.Test;

/** Two engines on an in-memory LAN with a fake clock. */
class VrrpInstanceEngineTest {
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

    @Override
    public void packetRejected(String instance, VrrpDecodeError error) {
      events.add(instance + " rejected " + error.reason());
    }
  };

  private static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private VrrpInstanceEngine node(String name, String addr, int prio, VrrpVersion v,
      Duration interval, VrrpCodecOptions codec) {
    return node(name, addr, prio, v, interval, codec, clock);
  }

  private VrrpInstanceEngine node(String name, String addr, int prio, VrrpVersion v,
      Duration interval, VrrpCodecOptions codec, Scheduler loop) {
    VrrpFsmConfig fsm = VrrpFsmConfig.defaults(v, interval, ip(addr));
    InstanceParameters c = new InstanceParameters(name, 51, prio, true, fsm,
        List.of(ip("198.18.7.100")), ip("224.0.0.18"), codec);
    FakeNetwork.Port port = lan.attach(ip(addr));
    ports.put(name, port);
    return new VrrpInstanceEngine(c, loop, port, recorder);
  }

  private VrrpInstanceEngine node(String name, String addr, int prio) {
    return node(name, addr, prio, VrrpVersion.V3, Duration.ofMillis(100), VrrpCodecOptions.DEFAULT);
  }

  @Test
  void twoRoutersElectExactlyOneMasterTheHigherPriority() {
    VrrpInstanceEngine a = node("a", "198.18.7.1", 150);
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100);
    a.start();
    b.start();
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.isMaster()).isTrue();
    assertThat(b.state().state()).isEqualTo(VrrpFsmState.BACKUP);
    // a's down timer (0.3 s + 0.041 s) runs out before b's (0.3 s + 0.061 s)
    assertThat(events).containsExactly("0 a BACKUP", "0 b BACKUP", "341 a MASTER");
  }

  @Test
  void backupTakesOverAfterSkewTimeWhenMasterStops() {
    VrrpInstanceEngine a = node("a", "198.18.7.1", 150);
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100);
    a.start();
    b.start();
    clock.advanceBy(Duration.ofSeconds(2));
    events.clear();
    a.stop(); // sends priority 0
    clock.advanceBy(Duration.ofSeconds(2));
    assertThat(b.isMaster()).isTrue();
    // priority 0 seen at 2000 ms; Skew_Time = (156 x 0.1 s) / 256 = 60.937 ms
    assertThat(events).containsExactly("2000 a STOP", "2060 b MASTER");
  }

  /** The fake clock, counting what is scheduled on it. */
  private final class CountingLoop implements Scheduler {
    int scheduled;

    @Override
    public Instant now() {
      return clock.now();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
      scheduled++;
      return clock.schedule(delay, task);
    }
  }

  /**
   * A backup restarts its Master_Down_Timer on every advert by moving its due time: the task
   * queued runs early and arms itself again for the rest, about once per Master_Down_Interval
   * instead of a new task per advert; the takeover after the master's last advert is as exact.
   */
  @Test
  void aBackupRestartsItsMasterDownTimerWithoutATaskPerAdvert() {
    CountingLoop loop = new CountingLoop();
    VrrpInstanceEngine a = node("a", "198.18.7.1", 150);
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100, VrrpVersion.V3, Duration.ofMillis(100),
        VrrpCodecOptions.DEFAULT, loop);
    a.start();
    b.start();
    clock.advanceBy(Duration.ofMillis(1000));
    int before = loop.scheduled;
    // 100 adverts from a in 10 s; the task runs every 260-361 ms (Master_Down_Interval after
    // the advert before it ran), about 34 times: not 100
    clock.advanceBy(Duration.ofMillis(10_000));
    assertThat(loop.scheduled - before).isBetween(27, 40);
    assertThat(b.state().state()).isEqualTo(VrrpFsmState.BACKUP);
    events.clear();
    // a's last advert left at 10941.406 ms: b takes over 360.937 ms later, at 11302.343 ms
    ports.get("a").disconnect();
    clock.advanceBy(Duration.ofSeconds(2));
    assertThat(events).containsExactly("11302 b MASTER");
  }

  @Test
  void backupTakesOverAfterMasterDownIntervalWhenMasterVanishes() {
    VrrpInstanceEngine a = node("a", "198.18.7.1", 150);
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100);
    a.start();
    b.start();
    clock.advanceBy(Duration.ofMillis(2000));
    events.clear();
    // a became master at 341.406 ms, so its last advert left at 1941.406 ms; b re-armed its
    // Master_Down_Interval (0.3 s + 60.937 ms) then and takes over at 2302.343 ms.
    ports.get("a").disconnect(); // a crash: no priority-0 advert
    clock.advanceBy(Duration.ofSeconds(2));
    assertThat(b.isMaster()).isTrue();
    assertThat(events).containsExactly("2302 b MASTER");
  }

  /**
   * Issue 19 item 10 on the injected clock: a backup whose priority is raised above the master's
   * (an SNMP SET) takes over one Master_Down_Interval at the new priority after the master's
   * last advert, not the old one, and the set does not restart the timer.
   */
  @Test
  void aBackupRaisedAboveItsMasterTakesOverOneNewMasterDownIntervalAfterTheLastAdvert() {
    Duration second = Duration.ofSeconds(1);
    VrrpInstanceEngine a = node("a", "198.18.7.1", 200, VrrpVersion.V2, second,
        VrrpCodecOptions.DEFAULT);
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100, VrrpVersion.V2, second,
        VrrpCodecOptions.DEFAULT);
    a.start();
    b.start();
    // a: master at 3 s + 56/256 s = 3218.75 ms, adverts then every second: 5218.75 ms is the
    // last before the set at 5718 ms
    clock.advanceBy(Duration.ofMillis(5718));
    assertThat(a.isMaster()).isTrue();
    events.clear();
    b.changePriority(250);
    clock.advanceBy(Duration.ofSeconds(5));
    // 5218.75 ms + 3 s + 6/256 s = 8242.19 ms (the old skew, 156/256 s, made it 8828 ms)
    assertThat(events).startsWith("8242 b MASTER");
    assertThat(b.isMaster()).isTrue();
  }

  @Test
  void preemptingRouterRegainsMastershipWhenItReturns() {
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100);
    b.start();
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(b.isMaster()).isTrue();
    VrrpInstanceEngine a = node("a", "198.18.7.1", 150);
    a.start();
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(a.isMaster()).isTrue();
    assertThat(b.isMaster()).isFalse();
  }

  @Test
  void v2PasswordMismatchKeepsBothMasterAndCountsAuthFailures() {
    VrrpInstanceEngine a = node("a", "198.18.7.1", 150, VrrpVersion.V2, Duration.ofSeconds(1),
        VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.pass("one")));
    VrrpInstanceEngine b = node("b", "198.18.7.2", 100, VrrpVersion.V2, Duration.ofSeconds(1),
        VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.pass("two")));
    a.start();
    b.start();
    clock.advanceBy(Duration.ofSeconds(6));
    assertThat(a.isMaster()).isTrue();
    assertThat(b.isMaster()).isTrue();
    assertThat(events).contains("b rejected AUTH_FAILURE", "a rejected AUTH_FAILURE");
  }
}
