package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.junit.jupiter.api.Test;

/** ip_vs_est.c's fixed-point averages, step by step. */
class RateEstimatorTest {

  @Test
  void aSteadyRateConvergesToItself() {
    RateEstimator e = new RateEstimator();
    long conns = 0;
    long bytes = 0;
    for (int i = 0; i < 100; i++) {
      conns += 200; // 100 connections per second over the 2-second interval
      bytes += 2_000_000; // 1 MB/s
      e.tick(conns, conns, conns, bytes, bytes);
    }
    IpvsCounters c = e.counters(conns, conns, conns, bytes, bytes);
    assertThat(c.cps()).isEqualTo(100);
    assertThat(c.inPps()).isEqualTo(100);
    assertThat(c.inBps()).isEqualTo(1_000_000);
    assertThat(c.conns()).isEqualTo(conns);
  }

  @Test
  void theFirstStepTakesAQuarterOfTheRate() {
    // avg += (rate - avg) / 4: 400 connections in 2 s is 200/s, a quarter of it is 50
    RateEstimator e = new RateEstimator();
    e.tick(400, 0, 0, 0, 0);
    assertThat(e.counters(400, 0, 0, 0, 0).cps()).isEqualTo(50);
    e.tick(800, 0, 0, 0, 0);
    // 50 + (200 - 50) / 4 = 87.5; the kernel adds 0x1FF (not 0x200) before >> 10: 87
    assertThat(e.counters(800, 0, 0, 0, 0).cps()).isEqualTo(87);
  }

  @Test
  void noTrafficDecaysTowardsZero() {
    RateEstimator e = new RateEstimator();
    e.tick(1000, 0, 0, 0, 0);
    for (int i = 0; i < 60; i++) {
      e.tick(1000, 0, 0, 0, 0);
    }
    assertThat(e.counters(1000, 0, 0, 0, 0).cps()).isZero();
  }
}
