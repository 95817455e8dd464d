package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.ParseResult;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.load.HostInterfaces;
import org.jkeepalived.conf.load.StoreLoader;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.engine.script.ScriptExecutor;
import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.linux.ipvs.FakeIpvsControl;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.lvs.check.FakeHealthChecks;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreEvent;

/**
 * One LVS engine under test: a keepalived.conf loaded into a real store by {@code conf}, the
 * engine's loop on a {@link FakeScheduler}, the fake kernel IPVS table, fake checkers driven by
 * the test, and a script runner that records what it was asked to run. The store's events are
 * handed to the engine directly, as the follower would on its loop.
 */
final class LvsRig implements AutoCloseable {
  final ObjectStore store = new DefaultObjectStore();
  final FakeScheduler loop = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  final FakeIpvsControl ipvs = new FakeIpvsControl();
  final List<String> scripts = new ArrayList<>();
  final StoreLoader loader = new StoreLoader(host(), "jkeepalived test", Instant.EPOCH);
  final ProbeTimes probeTimes = new ProbeTimes();
  FakeHealthChecks checks;
  LvsCore core;

  static LvsRig start(String conf) {
    return start(conf, false);
  }

  static LvsRig start(String conf, boolean keepIpvsOnStop) {
    LvsRig rig = new LvsRig();
    KeepalivedConfig c = parse(conf);
    rig.loader.apply(rig.store, c, Origin.CONFIG_LOAD);
    ScriptExecutor scripts = (spec, timeout, done) -> {
      rig.scripts.add(spec.commandLine());
      done.accept(ScriptOutcome.exited(0));
    };
    LvsPorts ports = new LvsPorts(() -> rig.ipvs, l -> rig.checks, scripts, keepIpvsOnStop);
    rig.checks = new FakeHealthChecks((id, v) -> rig.loop.execute(() -> rig.core.verdict(id, v)));
    rig.core = new LvsCore(rig.store, rig.loop, rig.ipvs, rig.checks, ports, LvsSettings.of(c),
        rig.probeTimes);
    rig.core.start();
    rig.loop.runPending();
    return rig;
  }

  /** SIGHUP with {@code conf}: the loader's diff, then the engine takes the events. */
  void reload(String conf) {
    KeepalivedConfig c = parse(conf);
    List<StoreEvent> events = loader.apply(store, c, Origin.RELOAD);
    core.reloaded(LvsSettings.of(c));
    core.onConfigEvents(events);
    loop.runPending();
  }

  /** A checker of the real server whose address and port end its key ("198.18.2.22 8080"). */
  void verdict(String realServer, int ordinal, boolean up) {
    verdict(realServer, ordinal, up ? CheckVerdict.up("ok") : CheckVerdict.down("failed"));
  }

  void verdict(String realServer, int ordinal, CheckVerdict v) {
    checks.report(new CheckId(id(realServer), ordinal), v);
    loop.runPending();
  }

  private String id(String realServer) {
    List<CheckId> ids = checks.checksOf(" rs " + realServer);
    assertThat(ids).as("checks of " + realServer).isNotEmpty();
    return ids.get(0).realServer();
  }

  void advance(Duration d) {
    loop.advanceBy(d);
  }

  RealServerState rs(int vs, int rs) {
    return store.snapshot().state(Tables.REAL_SERVER, Index.of(vs, rs)).orElseThrow();
  }

  VirtualServerState vs(int vs) {
    return store.snapshot().state(Tables.VIRTUAL_SERVER, Index.of(vs)).orElseThrow();
  }

  /** The engine's state reaches the store on the loop's next turn and in the store's dispatch. */
  void settle() {
    loop.runPending();
  }

  @Override
  public void close() {
    store.close();
  }

  static KeepalivedConfig parse(String text) {
    Diagnostics d = new Diagnostics();
    var nodes = new ConfigReader().readText(text, Path.of("test.conf"),
        PreprocessOptions.defaults(), d);
    FakeHostInfo host = FakeHostInfo.conformanceRig().withProgram("/bin/true")
        .withProgram("/bin/echo").withInterface("eth0", addr("198.18.2.1"));
    ParseResult r = new KeepalivedConfigParser().parse(nodes, host, d);
    assertThat(r.diagnostics().all()).as("configuration errors")
        .noneMatch(x -> x.severity() == Severity.ERROR || x.severity() == Severity.FATAL);
    return r.config();
  }

  static HostInterfaces host() {
    return new HostInterfaces() {
      @Override
      public int ifIndex(String name) {
        return 2;
      }

      @Override
      public byte[] mac(String name) {
        return new byte[] {2, 0, 0, 0, 0, 2};
      }

      @Override
      public InetAddress primaryAddress(String name, boolean ipv6) {
        return ipv6 ? null : addr("198.18.2.1");
      }
    };
  }

  static InetAddress addr(String a) {
    try {
      return InetAddress.getByName(a);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
