package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.linux.ipvs.IpvsCounters;
import org.jkeepalived.linux.ipvs.IpvsService;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.lvs.ipvs.IpvsTranslation;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.lvs.check.FakeHealthChecks;
import org.jkeepalived.mibs.store.Origin;
import org.junit.jupiter.api.Test;

/**
 * A restart of the engine after its loop failed (the host closes it and makes a new one): the
 * failed engine leaves the kernel table as it is, and the new one takes it over and reconciles
 * it as a reload does, so unchanged rules are not touched (their connections survive) and a
 * change made meanwhile is one SET_DEST, where a restart used to delete the table and add it
 * back. On the fake IPVS table and a FakeScheduler, the exact calls.
 */
class RestartTakeOverTest {
  private static final String CONF = ReloadDiffTest.BASE;

  /** A second engine on the same store and kernel, started as the host restarts one. */
  private static LvsCore restart(LvsRig rig, String conf) {
    LvsPorts ports = new LvsPorts(() -> rig.ipvs, l -> rig.checks,
        (spec, timeout, done) -> done.accept(ScriptOutcome.exited(0)), false);
    rig.checks = new FakeHealthChecks((id, v) -> rig.loop.execute(() -> rig.core.verdict(id, v)));
    rig.core = new LvsCore(rig.store, rig.loop, rig.ipvs, rig.checks, ports,
        LvsSettings.of(LvsRig.parse(conf)));
    rig.core.start(true);
    rig.loop.runPending();
    return rig.core;
  }

  @Test
  void aFailedEngineLeavesTheTableAndItsSuccessorTouchesNothingUnchanged() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      String before = rig.ipvs.save();
      rig.ipvs.clearCalls();
      rig.core.abandon();
      assertThat(rig.ipvs.calls()).as("abandon releases nothing").isEmpty();
      restart(rig, CONF);
      assertThat(rig.ipvs.calls()).as("the restart adds nothing back").isEmpty();
      assertThat(rig.ipvs.save()).isEqualTo(before);
      assertThat(rig.core.virtualServers()).isEqualTo(2);
    }
  }

  @Test
  void aChangeMadeWhileTheEngineWasDownIsReconciledAsAReload() {
    String changed = ReloadDiffTest.vs("198.18.2.10", "wrr", ReloadDiffTest.RS21.formatted(5))
        + ReloadDiffTest.vs("198.18.2.11", "wlc", ReloadDiffTest.RS21.formatted(1));
    try (LvsRig rig = LvsRig.start(CONF)) {
      rig.core.abandon();
      rig.loader.apply(rig.store, LvsRig.parse(changed), Origin.RELOAD);
      rig.ipvs.clearCalls();
      restart(rig, changed);
      assertThat(rig.ipvs.calls()).containsExactly(
          "SET_SERVICE tcp 198.18.2.10:80 wrr",
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080",
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 5");
    }
  }

  @Test
  void aRestartSkipsLvsFlushAndLeavesForeignRulesAlone() throws Exception {
    String flushing = "global_defs {\n  lvs_flush\n}\n" + CONF;
    try (LvsRig rig = LvsRig.start(flushing)) {
      assertThat(rig.ipvs.calls()).first().isEqualTo("FLUSH");
      rig.core.abandon();
      IpvsServiceKey svc = IpvsServiceKey.of(6, LvsRig.addr("198.18.2.99"), 80);
      rig.ipvs.addService(new IpvsService(svc, "rr", 0, 0, 0xffffffffL, null, IpvsCounters.ZERO));
      rig.ipvs.addDestination(svc, IpvsTranslation.destination(svc, LvsRig.addr("198.18.2.98"),
          8080, Forwarding.NAT, 1, 0, 0));
      rig.ipvs.clearCalls();
      restart(rig, flushing);
      assertThat(rig.ipvs.calls()).isEmpty();
      assertThat(rig.ipvs.save()).contains("-A -t 198.18.2.99:80")
          .contains("-r 198.18.2.98:8080");
      rig.core.shutdown();
      assertThat(rig.ipvs.save()).as("a clean stop releases what is the engine's")
          .doesNotContain("198.18.2.11").doesNotContain("198.18.2.21");
    }
  }

  @Test
  void aCleanStartDoesNotReadTheKernelTable() {
    try (LvsRig rig = LvsRig.start(CONF)) {
      List<String> calls = rig.ipvs.calls();
      assertThat(calls).noneMatch(c -> c.startsWith("SET_"));
      assertThat(rig.ipvs.dumps()).isZero();
    }
  }
}
