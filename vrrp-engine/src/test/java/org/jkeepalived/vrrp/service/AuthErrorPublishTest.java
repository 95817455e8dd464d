package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.AuthErrorType;
import org.jkeepalived.mibs.model.VrrpAuthError;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.Test;

/** The last authentication error and its source are published for vrrpTrapAuthFailure. */
class AuthErrorPublishTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();

  private static VrrpInstanceConfig v2(int priority, Authentication auth) {
    return TestRows.row("VI_1", 51, priority, 2, false, Duration.ofSeconds(1), auth,
        List.of(vip("198.18.2.100/32")), TestRows.multicast(), GarpTimers.DEFAULTS, true, false);
  }

  private VrrpInstanceState stateOfB(Authentication a, Authentication b) throws Exception {
    try (FakeNode na = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
        FakeNode nb = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2)) {
      na.start(v2(150, a));
      nb.start(v2(100, b));
      clock.advanceBy(Duration.ofSeconds(6));
      return nb.state().orElseThrow();
    }
  }

  @Test
  void wrongPasswordIsPublishedWithItsSource() throws Exception {
    VrrpInstanceState s = stateOfB(new Authentication(Authentication.Type.PASS, "secret1"),
        new Authentication(Authentication.Type.PASS, "secret2"));
    assertThat(s.lastAuthError())
        .isEqualTo(new VrrpAuthError(AuthErrorType.AUTH_FAILURE, ip("198.18.1.1")));
    assertThat(AuthErrorType.AUTH_FAILURE.count(s.stats())).isPositive();
  }

  @Test
  void anotherAuthTypeIsAMismatch() throws Exception {
    VrrpInstanceState s = stateOfB(Authentication.NONE,
        new Authentication(Authentication.Type.PASS, "secret2"));
    assertThat(s.lastAuthError())
        .isEqualTo(new VrrpAuthError(AuthErrorType.AUTH_TYPE_MISMATCH, ip("198.18.1.1")));
  }

  @Test
  void noErrorWhileTheKeysAgree() throws Exception {
    Authentication same = new Authentication(Authentication.Type.PASS, "secret1");
    assertThat(stateOfB(same, same).lastAuthError()).isNull();
  }
}
