package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.conf.load.StoreLoader;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.linux.ipvs.FakeIpvsControl;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.lvs.check.FakeHealthChecks;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.TransactionRefusedException;
import org.junit.jupiter.api.Test;

/**
 * The engine as the daemon's host drives it, on its real loop: the factory's selection, a start
 * that programs the kernel, the validator registered, close() releasing everything, and the
 * start refused (not fatal: VRRP runs on) when kernel IPVS is missing.
 */
class LvsEngineTest {
  private final FakeIpvsControl ipvs = new FakeIpvsControl();
  private final List<FakeHealthChecks> checks = new ArrayList<>();

  private LvsPorts ports(IpvsControlFactory factory) {
    return new LvsPorts(factory, l -> {
      FakeHealthChecks c = new FakeHealthChecks(l);
      checks.add(c);
      return c;
    }, (s, t, done) -> done.accept(ScriptOutcome.exited(0)), false);
  }

  private static ObjectStore load(KeepalivedConfig c) {
    ObjectStore store = new DefaultObjectStore();
    new StoreLoader(LvsRig.host(), "test", java.time.Instant.EPOCH)
        .apply(store, c, Origin.CONFIG_LOAD);
    return store;
  }

  @Test
  void startsProgramsAndReleasesOnClose() throws Exception {
    KeepalivedConfig c = LvsRig.parse(Files.readString(ConformanceTest.DIR.resolve("keepalived.conf")));
    EngineFactory f = new LvsEngineFactory(ports(() -> ipvs));
    assertThat(f.subsystem()).isEqualTo(EngineFactory.Subsystem.CHECKER);
    assertThat(f.configured(c)).isTrue();
    try (ObjectStore store = load(c)) {
      var engine = f.create(store, c);
      engine.start(cause -> { });
      assertThat(engine.health().status()).isEqualTo(EngineHealth.Status.RUNNING);
      assertThat(engine.name()).isEqualTo("checker");
      assertThat(ipvs.save()).contains("-a -t 198.18.2.10:80 -r 198.18.2.22:8080 -m -w 2");
      assertThat(checks.get(0).running()).hasSize(2);

      RealServerRow row = store.snapshot().config(Tables.REAL_SERVER, Index.of(1, 1)).orElseThrow();
      assertThatThrownBy(() -> store.begin(Origin.SNMP_SET)
          .putConfig(Tables.REAL_SERVER, Index.of(1, 1), row.withWeight(-1)).commit())
          .isInstanceOf(TransactionRefusedException.class);

      engine.close();
      assertThat(ipvs.save()).isEmpty();
      assertThat(ipvs.closed()).isTrue();
      assertThat(checks.get(0).closed()).isTrue();
      assertThat(engine.health().status()).isEqualTo(EngineHealth.Status.STOPPED);
    }
  }

  @Test
  void noVirtualServerNoEngine() {
    KeepalivedConfig c = LvsRig.parse("global_defs {\n router_id a\n}\n");
    assertThat(new LvsEngineFactory(ports(() -> ipvs)).configured(c)).isFalse();
  }

  @Test
  void missingIpvsFailsTheStartFatallyWithKeepalivedsMessage() throws Exception {
    KeepalivedConfig c = LvsRig.parse(Files.readString(ConformanceTest.DIR.resolve("keepalived.conf")));
    try (ObjectStore store = load(c)) {
      var engine = new LvsEngineFactory(ports(() -> {
        throw IpvsException.unavailable("no generic netlink family IPVS");
      })).create(store, c);
      assertThatThrownBy(() -> engine.start(cause -> { }))
          .isInstanceOfSatisfying(EngineStartException.class, e -> {
            assertThat(e.fatal()).isTrue();
            assertThat(e.getMessage()).isEqualTo("IPVS: Can't initialize ipvs: "
                + "IPVS is not available: no generic netlink family IPVS");
          });
      engine.close();
      assertThat(checks).isEmpty();
    }
  }

  @Test
  void aRestartAfterALoopFailureKeepsTheKernelTableAndTakesItOver() throws Exception {
    KeepalivedConfig c = LvsRig.parse("""
        virtual_server 198.18.2.10 80 {
          lb_algo rr
          lb_kind NAT
          protocol TCP
          real_server 198.18.2.21 8080 {
            notify_down /bin/true
            TCP_CHECK {
            }
          }
          real_server 198.18.2.22 8080 {
            weight 2
            TCP_CHECK {
            }
          }
        }
        """);
    // the notify script's runner breaks with an Error: the loop fails, the host restarts
    LvsPorts broken = new LvsPorts(() -> ipvs, l -> {
      FakeHealthChecks fc = new FakeHealthChecks(l);
      checks.add(fc);
      return fc;
    }, (spec, t, done) -> {
      throw new AssertionError("script runner broke");
    }, false);
    EngineFactory f = new LvsEngineFactory(broken);
    try (ObjectStore store = load(c)) {
      var first = f.create(store, c);
      CountDownLatch failed = new CountDownLatch(1);
      first.start(cause -> failed.countDown());
      String programmed = ipvs.save();
      FakeHealthChecks fc = checks.get(0);
      fc.report(fc.checksOf(" rs 198.18.2.21 8080").get(0), CheckVerdict.down("refused"));
      assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(first.health().status()).isEqualTo(EngineHealth.Status.FAILED);
      ipvs.clearCalls();
      first.close();
      assertThat(ipvs.calls()).as("the failed engine releases nothing").isEmpty();

      var second = f.create(store, c);
      second.start(cause -> { });
      assertThat(ipvs.calls()).as("the new engine adds nothing back").isEmpty();
      assertThat(ipvs.save()).isEqualTo(programmed);
      second.close();
      assertThat(ipvs.save()).as("its clean stop releases the table").isEmpty();

      ipvs.clearCalls();
      var third = f.create(store, c);
      third.start(cause -> { });
      assertThat(ipvs.calls()).as("after a clean stop, a plain start")
          .contains("NEW_SERVICE tcp 198.18.2.10:80 rr");
      third.close();
    }
  }
}
