package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;

import org.junit.jupiter.api.Test;

/** keepalived 2.2.7 vrrp_state_master_rx: which adverts a master counts as lower. */
class LowerPriorityAdvertsTest {
  @Test
  void lowerPriorityCountsHigherAndZeroDoNot() {
    LowerPriorityAdverts c = new LowerPriorityAdverts();
    assertThat(c.received("VI_1", 90, ip("198.18.1.2"), 100, ip("198.18.1.1"), true)).isTrue();
    assertThat(c.received("VI_1", 110, ip("198.18.1.2"), 100, ip("198.18.1.1"), true)).isFalse();
    assertThat(c.received("VI_1", 0, ip("198.18.1.2"), 100, ip("198.18.1.1"), true)).isFalse();
    assertThat(c.count()).isEqualTo(1);
  }

  @Test
  void equalPriorityCountsOnlyFromALowerAddress() {
    assertThat(LowerPriorityAdverts.isLower(100, ip("198.18.1.1"), 100, ip("198.18.1.2")))
        .isTrue();
    assertThat(LowerPriorityAdverts.isLower(100, ip("198.18.1.3"), 100, ip("198.18.1.2")))
        .isFalse();
    // unsigned comparison: 198.x is above 10.x
    assertThat(LowerPriorityAdverts.isLower(100, ip("198.18.1.1"), 100, ip("10.0.0.1")))
        .isFalse();
    assertThat(LowerPriorityAdverts.isLower(100, ip("fd00::1"), 100, ip("fd00::2"))).isTrue();
  }
}
