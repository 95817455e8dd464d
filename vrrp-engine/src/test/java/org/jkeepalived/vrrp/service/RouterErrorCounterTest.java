package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.vrrp.packet.VrrpDecodeError.Reason;
import org.junit.jupiter.api.Test;

class RouterErrorCounterTest {
  @Test
  void countsOnFromWhatTheStoreHeldSoARestartedEngineDoesNotGoBackToZero() {
    RouterErrorCounter c = new RouterErrorCounter(new VrrpRouterStats(1, 2, 3, 1, 1, 1));
    assertThat(c.rejected(Reason.CHECKSUM, true)).isTrue();
    assertThat(c.rejected(Reason.VERSION, false)).isTrue();
    c.unknownVrid(true);
    assertThat(c.snapshot()).isEqualTo(new VrrpRouterStats(2, 3, 4, 2, 1, 2));
  }

  @Test
  void perInstanceKindsAreNotRouterWide() {
    RouterErrorCounter c = new RouterErrorCounter(VrrpRouterStats.ZERO);
    for (Reason r : Reason.values()) {
      if (r != Reason.CHECKSUM && r != Reason.VERSION) {
        assertThat(c.rejected(r, true)).as(r.name()).isFalse();
      }
    }
    assertThat(c.snapshot()).isEqualTo(VrrpRouterStats.ZERO);
  }
}
