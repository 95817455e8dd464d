package org.jkeepalived.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VrrpVersionTest {
  @Test
  void onlyTwoAndThreeAreVersions() {
    assertThat(VrrpVersion.fromWire(2)).contains(VrrpVersion.V2);
    assertThat(VrrpVersion.fromWire(3)).contains(VrrpVersion.V3);
    for (int n = -300; n <= 300; n++) {
      if (n != 2 && n != 3) {
        assertThat(VrrpVersion.fromWire(n)).as("nibble %d", n).isEmpty();
      }
    }
  }

  /** It runs per received advert: the same answer object every time, nothing allocated. */
  @Test
  void theAnswerIsMadeOnce() {
    assertThat(VrrpVersion.fromWire(3)).isSameAs(VrrpVersion.fromWire(3));
    assertThat(VrrpVersion.fromWire(2)).isSameAs(VrrpVersion.fromWire(2));
  }

  @Test
  void theWireValueRoundTrips() {
    for (VrrpVersion v : VrrpVersion.values()) {
      assertThat(VrrpVersion.fromWire(v.wire())).contains(v);
    }
  }
}
