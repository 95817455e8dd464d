package org.jkeepalived.lvs.check.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.model.BfdDiag;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.Test;

/** BFD_CHECK follows the bfdSessTable row the BFD engine publishes, through a real store. */
class BfdCheckTest {
  private static final Duration WAIT = Duration.ofSeconds(3);

  private static BfdInstanceConfig bfd(String name) throws Exception {
    return new BfdInstanceConfig(name, InetAddress.getByName("198.18.1.2"), null,
        Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), 5, false, 255, 64, 0,
        0, false, false, true);
  }

  private static BfdSessState session(BfdState state) {
    return new BfdSessState(state, 0, false, BfdDiag.NO_DIAGNOSTIC, Duration.ZERO, Duration.ZERO,
        0, null, null, BfdDiag.NO_DIAGNOSTIC, 0, 0, 0, 0, null);
  }

  @Test
  void downUntilPublishedUpThenFollowsTheSession() throws Exception {
    try (DefaultObjectStore store = new DefaultObjectStore()) {
      store.begin(Origin.CONFIG_LOAD).putConfig(Tables.BFD_SESS, Index.of(1), bfd("other"))
          .putConfig(Tables.BFD_SESS, Index.of(2), bfd("b1")).commit();
      Verdicts heard = new Verdicts();
      try (NettyHealthChecks checks = new NettyHealthChecks(heard,
          new CheckerPorts(store, null, null, n -> null, null))) {
        checks.run(List.of(Specs.spec("rs1", 80, new CheckerConfig.BfdCheck("b1"))));
        Verdicts.Heard v = heard.next(WAIT);
        assertThat(v.verdict().up()).isFalse();
        assertThat(v.verdict().reason()).isEqualTo("BFD check of [b1] RS([127.0.0.1]:tcp:80) is DOWN");
        store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, Index.of(1), session(BfdState.UP))
            .commit();
        assertThat(heard.next(Duration.ofMillis(300))).isNull(); // another session
        store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, Index.of(2), session(BfdState.INIT))
            .commit();
        assertThat(heard.next(Duration.ofMillis(300))).isNull(); // still not Up
        store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, Index.of(2), session(BfdState.UP))
            .commit();
        v = heard.next(WAIT);
        assertThat(v.verdict().up()).isTrue();
        store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, Index.of(2),
            session(BfdState.ADMIN_DOWN)).commit();
        assertThat(heard.next(WAIT).verdict().up()).isFalse();
      }
    }
  }

  @Test
  void aSessionAlreadyUpAtStartIsNotReported() throws Exception {
    try (DefaultObjectStore store = new DefaultObjectStore()) {
      store.begin(Origin.CONFIG_LOAD).putConfig(Tables.BFD_SESS, Index.of(1), bfd("b1")).commit();
      store.begin(Origin.ENGINE).putState(Tables.BFD_SESS, Index.of(1), session(BfdState.UP))
          .commit();
      Verdicts heard = new Verdicts();
      try (NettyHealthChecks checks = new NettyHealthChecks(heard,
          new CheckerPorts(store, null, null, n -> null, null))) {
        checks.run(List.of(Specs.spec("rs1", 80, new CheckerConfig.BfdCheck("b1"))));
        assertThat(heard.next(Duration.ofMillis(500))).isNull();
      }
    }
  }
}
