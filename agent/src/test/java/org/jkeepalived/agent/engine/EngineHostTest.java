package org.jkeepalived.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.SystemHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.EngineFactory.Subsystem;
import org.jkeepalived.engine.EngineHealth.Status;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.ObjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineHostTest {
  private static final KeepalivedConfig NO_VRRP = parse("global_defs {\n  router_id r1\n}\n");
  private static final KeepalivedConfig WITH_VRRP = parse("global_defs {\n  router_id r1\n}\n"
      + "vrrp_instance VI_1 {\n  interface lo\n  virtual_router_id 7\n  priority 100\n"
      + "  virtual_ipaddress {\n    198.18.0.7/32\n  }\n}\n");

  private final FakeEngines fakes = new FakeEngines();
  private final FakeEngines.Factory vrrp =
      fakes.new Factory(Subsystem.VRRP, c -> !c.vrrpInstances().isEmpty());
  private final FakeEngines.Factory checker = fakes.new Factory(Subsystem.CHECKER, c -> true);
  private final FakeEngines.Factory bfd = fakes.new Factory(Subsystem.BFD, c -> false);
  private final ManualHostTimer timer = new ManualHostTimer();
  private final ObjectStore store = new DefaultObjectStore();
  private EngineHost host;

  /** A configuration from its text (also EngineThreadTuningTest). */
  static KeepalivedConfig parse(String text) {
    Diagnostics d = new Diagnostics();
    var nodes = new ConfigReader()
        .readText(text, Path.of("/nonexistent/test.conf"), PreprocessOptions.defaults(), d);
    return new KeepalivedConfigParser().parse(nodes, new SystemHostInfo(), d).config();
  }

  private EngineHost host(List<EngineFactory> factories, Set<Subsystem> selected,
      RestartPolicy policy) {
    host = new EngineHost(factories, selected, store, timer, policy);
    return host;
  }

  private EngineHost host(List<EngineFactory> factories) {
    return host(factories, EnumSet.allOf(Subsystem.class), RestartPolicy.DEFAULT);
  }

  private EngineReport report(Subsystem s) {
    return host.health().stream().filter(r -> r.subsystem() == s).findFirst().orElseThrow();
  }

  @AfterEach
  void tearDown() {
    if (host != null) {
      host.close();
    }
    store.close();
  }

  @Test
  void startsSelectedConfiguredEnginesInOrderAndClosesThemInReverse() throws Exception {
    host(List.of(vrrp, checker, bfd)).start(WITH_VRRP);
    assertThat(fakes.journal).containsExactly("start vrrp0", "start checker0");
    assertThat(host.health()).extracting(EngineReport::subsystem)
        .containsExactly(Subsystem.VRRP, Subsystem.CHECKER);
    host.close();
    assertThat(fakes.journal).endsWith("close checker0", "close vrrp0");
    assertThat(timer.closed).isTrue();
  }

  @Test
  void stoppingReachesEveryRunningEngineBeforeCloseAndTakesNoLock() throws Exception {
    host(List.of(vrrp, checker, bfd)).start(WITH_VRRP);
    // a restart or reload holding the host's lock must not delay a SIGTERM's early stop
    Thread holder = new Thread(() -> {
      synchronized (host) {
        host.stopping();
      }
    });
    synchronized (host) {
      Thread signal = new Thread(host::stopping);
      signal.start();
      signal.join(10_000);
      assertThat(signal.isAlive()).isFalse();
    }
    assertThat(fakes.journal).containsExactly("start vrrp0", "start checker0", "stopping vrrp0",
        "stopping checker0");
    holder.start();
    holder.join(10_000);
    host.close();
    assertThat(fakes.journal).endsWith("close checker0", "close vrrp0");
  }

  @Test
  void stoppingSkipsEnginesThatDoNotRun() throws Exception {
    host(List.of(vrrp, checker)).start(NO_VRRP);
    checker.last().failLoop(new StackOverflowError("deep"));
    timer.runDue(); // checker0 closed, checker1 started in its place
    host.stopping();
    // VRRP is not configured, and the closed engine is not told twice
    assertThat(fakes.journal).filteredOn(l -> l.startsWith("stopping"))
        .containsExactly("stopping checker1");
  }

  @Test
  void onlyTheSubsystemsTheCommandLineSelectsStart() throws Exception {
    host(List.of(vrrp, checker, bfd), EnumSet.of(Subsystem.CHECKER), RestartPolicy.DEFAULT)
        .start(WITH_VRRP);
    assertThat(fakes.journal).containsExactly("start checker0");
    host.reloaded(WITH_VRRP);
    assertThat(fakes.journal).containsExactly("start checker0", "reloaded checker0");
  }

  @Test
  void reloadReachesRunningEnginesAndStartsTheNewlyConfiguredOne() throws Exception {
    host(List.of(vrrp, checker)).start(NO_VRRP);
    assertThat(fakes.journal).containsExactly("start checker0");
    host.reloaded(WITH_VRRP);
    assertThat(fakes.journal).containsExactly("start checker0", "start vrrp0",
        "reloaded checker0");
    host.reloaded(WITH_VRRP);
    assertThat(fakes.journal).endsWith("reloaded vrrp0", "reloaded checker0");
    assertThat(fakes.journal).doesNotContain("close vrrp0");
    assertThat(vrrp.made).hasSize(1);
    host.close();
    // reverse order of the starts: VRRP started last, so it closes first
    assertThat(fakes.journal).endsWith("close vrrp0", "close checker0");
  }

  @Test
  void aFailedLoopIsClosedAndItsEngineStartedAgainFromTheStoreAndCounted() throws Exception {
    host(List.of(vrrp, checker)).start(WITH_VRRP);
    vrrp.last().failLoop(new StackOverflowError("deep"));
    assertThat(fakes.journal).doesNotContain("close vrrp0"); // not on the failing loop's thread
    timer.runDue();
    assertThat(fakes.journal).endsWith("close vrrp0", "start vrrp1");
    assertThat(report(Subsystem.VRRP).restarts()).isEqualTo(1);
    assertThat(report(Subsystem.VRRP).health().status()).isEqualTo(Status.RUNNING);
    assertThat(report(Subsystem.CHECKER).restarts()).isZero();

    vrrp.last().failLoop(new OutOfMemoryError("again"));
    timer.runDue();
    assertThat(fakes.journal).endsWith("close vrrp1");
    assertThat(report(Subsystem.VRRP).health().status()).isEqualTo(Status.STARTING);
    timer.advance(Duration.ofMillis(999));
    assertThat(vrrp.made).hasSize(2); // the second restart in a minute waits 1 s
    timer.advance(Duration.ofMillis(1));
    assertThat(fakes.journal).endsWith("start vrrp2");
    assertThat(report(Subsystem.VRRP).restarts()).isEqualTo(2);
  }

  @Test
  void repeatedAndStaleFailureReportsRestartOnce() throws Exception {
    host(List.of(vrrp)).start(WITH_VRRP);
    FakeEngines.FakeEngine first = vrrp.last();
    first.failLoop(new AssertionError("one"));
    first.failLoop(new AssertionError("same loop, again"));
    timer.runDue();
    first.failLoop(new AssertionError("late, from the closed engine"));
    timer.advance(Duration.ofMinutes(1));
    assertThat(vrrp.made).hasSize(2);
    assertThat(report(Subsystem.VRRP).restarts()).isEqualTo(1);
    assertThat(vrrp.last().running).isTrue();
  }

  @Test
  void pastTheRestartBoundTheEngineStaysFailedAndSaysWhy() throws Exception {
    RestartPolicy twoAMinute = new RestartPolicy(2, Duration.ofMinutes(1), Duration.ofSeconds(1));
    host(List.of(vrrp, checker), EnumSet.allOf(Subsystem.class), twoAMinute).start(WITH_VRRP);
    for (int i = 0; i < 3; i++) {
      vrrp.last().failLoop(new AssertionError("failure " + i));
      timer.advance(Duration.ofSeconds(2));
    }
    assertThat(vrrp.made).hasSize(3);
    EngineReport failed = report(Subsystem.VRRP);
    assertThat(failed.health().status()).isEqualTo(Status.FAILED);
    assertThat(failed.health().detail()).contains("2 restarts within 60 s")
        .contains("failure 2");
    assertThat(failed.restarts()).isEqualTo(2);
    timer.advance(Duration.ofMinutes(5));
    assertThat(vrrp.made).hasSize(3);
    assertThat(timer.pending()).isZero();
    // the other engine ran on untouched
    assertThat(checker.last().running).isTrue();
    assertThat(fakes.journal).doesNotContain("close checker0");
    // an operator's reload gives it a new try
    host.reloaded(WITH_VRRP);
    assertThat(fakes.journal).endsWith("start vrrp3", "reloaded checker0");
    assertThat(report(Subsystem.VRRP).health().status()).isEqualTo(Status.RUNNING);
  }

  @Test
  void aRestartThatCannotStartTriesAgainAfterTheBackOff() throws Exception {
    host(List.of(vrrp)).start(WITH_VRRP);
    vrrp.startFailures.add(new EngineStartException("socket busy", false, null));
    vrrp.last().failLoop(new AssertionError("boom"));
    timer.runDue();
    assertThat(fakes.journal).endsWith("close vrrp0", "start vrrp1", "close vrrp1");
    assertThat(report(Subsystem.VRRP).health().detail()).contains("socket busy");
    timer.advance(Duration.ofSeconds(1));
    assertThat(fakes.journal).endsWith("start vrrp2");
    assertThat(vrrp.last().running).isTrue();
    assertThat(report(Subsystem.VRRP).restarts()).isEqualTo(2);
  }

  @Test
  void dontRespawnLeavesAFailedEngineFailed() throws Exception {
    host(List.of(vrrp, checker), EnumSet.allOf(Subsystem.class), RestartPolicy.NEVER)
        .start(WITH_VRRP);
    checker.last().failLoop(new AssertionError("boom"));
    timer.advance(Duration.ofMinutes(1));
    assertThat(checker.made).hasSize(1);
    assertThat(report(Subsystem.CHECKER).health().detail()).contains("--dont-respawn");
    assertThat(vrrp.last().running).isTrue();
  }

  @Test
  void aFatalStartFailureNamesTheSubsystemAndLeavesEarlierEnginesForClose() {
    vrrp.startFailures.add(new EngineStartException("interface nosuch0 missing", true, null));
    host(List.of(checker, vrrp, bfd));
    assertThatThrownBy(() -> host.start(WITH_VRRP)).isInstanceOf(EngineStartException.class)
        .hasMessage("VRRP cannot start: interface nosuch0 missing");
    assertThat(fakes.journal).containsExactly("start checker0", "start vrrp0", "close vrrp0");
    host.close();
    assertThat(fakes.journal).endsWith("close checker0");
  }

  @Test
  void aStartFailureThatIsNotFatalLeavesTheOthersRunning() throws Exception {
    vrrp.startFailures.add(new EngineStartException("no packet socket", false, null));
    host(List.of(vrrp, checker)).start(WITH_VRRP);
    assertThat(checker.last().running).isTrue();
    assertThat(report(Subsystem.VRRP).health().status()).isEqualTo(Status.FAILED);
    assertThat(timer.pending()).as("a start failure is not a loop failure: no restart").isZero();
  }

  @Test
  void aFatalStartFailureAtReloadIsLoggedAndTheNextReloadTriesAgain() throws Exception {
    host(List.of(vrrp, checker)).start(NO_VRRP);
    vrrp.startFailures.add(new EngineStartException("interface nosuch0 missing", true, null));
    host.reloaded(WITH_VRRP);
    assertThat(fakes.journal).endsWith("start vrrp0", "close vrrp0", "reloaded checker0");
    assertThat(report(Subsystem.VRRP).health().status()).isEqualTo(Status.FAILED);
    host.reloaded(WITH_VRRP);
    assertThat(fakes.journal).endsWith("start vrrp1", "reloaded checker0");
    assertThat(vrrp.last().running).isTrue();
  }

  @Test
  void closingDropsAPendingRestart() throws Exception {
    host(List.of(vrrp)).start(WITH_VRRP);
    vrrp.last().failLoop(new AssertionError("boom"));
    host.close();
    timer.advance(Duration.ofMinutes(1));
    assertThat(vrrp.made).hasSize(1);
    assertThat(fakes.journal).containsExactly("start vrrp0", "close vrrp0");
  }
}
