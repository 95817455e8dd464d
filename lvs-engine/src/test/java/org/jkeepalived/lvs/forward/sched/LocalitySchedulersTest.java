package org.jkeepalived.lvs.forward.sched;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** lblc and lblcr with an injected clock (ip_vs_lblc.c, ip_vs_lblcr.c). */
class LocalitySchedulersTest {
  final AtomicLong now = new AtomicLong();
  final Flow flow = HashingSchedulersTest.client(1, 1000);
  final LoadedDest d1 = new LoadedDest(1, 4);
  final LoadedDest d2 = new LoadedDest(2, 4);
  final List<LoadedDest> both = List.of(d1, d2);

  @Test
  void lblcSticksToItsDestinationUntilItIsOverloaded() {
    IpvsScheduler lblc = Schedulers.create("lblc", 0, now::get);
    assertThat(lblc.pick(both, flow)).contains(d1);
    // busier than d2 but not over its weight: stays (wlc alone would pick d2)
    d1.active = 3;
    assertThat(lblc.pick(both, flow)).contains(d1);
    // over its weight while d2 is below half of its own: overloaded, d2 takes over and stays
    d1.active = 5;
    assertThat(lblc.pick(both, flow)).contains(d2);
    d1.active = 0;
    d2.active = 1;
    assertThat(lblc.pick(both, flow)).contains(d2);
  }

  @Test
  void lblcReschedulesWhenItsDestinationIsGone() {
    IpvsScheduler lblc = Schedulers.create("lblc", 0, now::get);
    assertThat(lblc.pick(both, flow)).contains(d1);
    assertThat(lblc.pick(List.of(d2), flow)).contains(d2);
    assertThat(lblc.pick(both, flow)).contains(d2);
  }

  @Test
  void lblcForgetsAnEntryUnusedForADay() {
    LocalityBasedLeastConnection lblc = new LocalityBasedLeastConnection(now::get);
    lblc.pick(both, flow);
    now.addAndGet(Duration.ofHours(23).toNanos());
    Flow other = new Flow(flow.client(), 1, HashingSchedulersTest.address(198, 18, 0, 200), 80);
    lblc.pick(both, other);
    assertThat(lblc.entries()).isEqualTo(2);
    now.addAndGet(Duration.ofHours(2).toNanos());
    lblc.pick(both, other);
    assertThat(lblc.entries()).isEqualTo(1);
  }

  @Test
  void lblcrGrowsItsSetUnderOverloadAndShrinksAfterExpiration() {
    LocalityBasedLeastConnectionReplication lblcr =
        new LocalityBasedLeastConnectionReplication(now::get);
    assertThat(lblcr.pick(both, flow)).contains(d1);
    d1.active = 5;
    d2.active = 1;
    assertThat(lblcr.pick(both, flow)).contains(d2);
    assertThat(lblcr.members(flow.virtual())).containsExactly(d1, d2);
    d1.active = 0;
    assertThat(lblcr.pick(both, flow)).contains(d1);
    now.addAndGet(Duration.ofHours(23).toNanos());
    assertThat(lblcr.pick(both, flow)).contains(d1);
    assertThat(lblcr.members(flow.virtual())).hasSize(2);
    // used an hour ago, but unchanged for 25 h: past the expiration the set shrinks
    now.addAndGet(Duration.ofHours(2).toNanos());
    assertThat(lblcr.pick(both, flow)).contains(d1);
    // unchanged for over a day with two members: the most loaded one (d2) leaves
    assertThat(lblcr.members(flow.virtual())).containsExactly(d1);
  }
}
