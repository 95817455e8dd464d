package org.jkeepalived.agent.lvs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.script.ScriptExecutor;
import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.engine.script.ScriptRunnerExecutor;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ipvs.NetlinkIpvsControl;
import org.jkeepalived.linux.netns.NetNamespace;
import org.jkeepalived.linux.proc.Accounts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.linux.watch.FileWatcher;
import org.jkeepalived.linux.watch.InotifyFileWatcher;
import org.jkeepalived.lvs.check.CheckListener;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.HealthChecks;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.script.MiscScriptCheck;
import org.jkeepalived.lvs.forward.DataplaneMode;
import org.jkeepalived.lvs.forward.DataplaneSelector;
import org.jkeepalived.lvs.forward.ForwarderSettings;
import org.jkeepalived.lvs.forward.UserspaceIpvs;
import org.jkeepalived.lvs.service.IpvsControlFactory;
import org.jkeepalived.lvs.service.LvsEngine;
import org.jkeepalived.lvs.service.LvsEngineFactory;
import org.jkeepalived.lvs.service.LvsPorts;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.TrackFileConfig;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.SslConfig;
import org.jkeepalived.mibs.store.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the daemon gets the LVS engine's two outside ports: the dataplane ({@code
 * --lvs-dataplane}: kernel IPVS over generic netlink, or the userspace forwarder where the kernel
 * has no IPVS) and the health checkers on Netty.
 */
public final class LvsSeams {
  private static final Logger LOG = LoggerFactory.getLogger(LvsSeams.class);

  private LvsSeams() {}

  /**
   * The checker subsystem's factory for the daemon's options.
   *
   * @param dataplane {@code --lvs-dataplane}
   * @param dontReleaseIpvs {@code -I, --dont-release-ipvs}
   */
  public static EngineFactory factory(DataplaneMode dataplane, boolean dontReleaseIpvs) {
    return factory(dataplane, dontReleaseIpvs, new ForwarderGauge());
  }

  /**
   * The factory for the daemon's options, telling {@code gauge} which dataplane each engine
   * start opened (the metrics endpoint reads the userspace forwarder's bounds through it).
   */
  public static EngineFactory factory(DataplaneMode dataplane, boolean dontReleaseIpvs,
      ForwarderGauge gauge) {
    return factory(config -> dataplane(dataplane, ipvsNamespace(config), gauge), dontReleaseIpvs);
  }

  /** The factory on the given dataplane (tests give a failing one), with the real checkers. */
  public static EngineFactory factory(IpvsControlFactory ipvs, boolean dontReleaseIpvs) {
    return factory(config -> ipvs, dontReleaseIpvs);
  }

  /**
   * The factory on the dataplane each configuration gives (its {@code net_namespace_ipvs}), with
   * the real checkers.
   */
  static EngineFactory factory(Function<KeepalivedConfig, IpvsControlFactory> dataplane,
      boolean dontReleaseIpvs) {
    SharedRunner runner = new SharedRunner(ScriptRunner::new);
    return new LvsEngineFactory((store, config) -> {
      IpvsControlFactory ipvs = dataplane.apply(config);
      LazyScripts scripts =
          new LazyScripts(config.global() == null ? null : config.global().scripts(), runner);
      return new LvsPorts(ipvs, listener -> checks(listener, store, config, scripts), scripts,
          dontReleaseIpvs);
    });
  }

  /**
   * keepalived's {@code net_namespace_ipvs}: the network namespace whose IPVS the checker
   * programs (a name, or process 1's without one); null when not set (the daemon's own).
   */
  static NetNamespace ipvsNamespace(KeepalivedConfig config) {
    String name = config.daemon() == null ? null : config.daemon().netNamespaceIpvs();
    return name == null ? null : NetNamespace.ofIpvsKeyword(name);
  }

  /**
   * Opens the dataplane {@code mode} asks for and logs which one and why: kernel IPVS when the
   * kernel has it (in {@code namespace} when not null: net_namespace_ipvs), the userspace
   * forwarder otherwise ({@code auto}).
   */
  static IpvsControlFactory dataplane(DataplaneMode mode, NetNamespace namespace,
      ForwarderGauge gauge) {
    return () -> {
      DataplaneSelector.KernelIpvs kernel = namespace == null ? NetlinkIpvsControl::open
          : () -> NetlinkIpvsControl.open(namespace);
      if (namespace != null) {
        LOG.info("IPVS in network namespace {}", namespace.name());
      }
      DataplaneSelector.Choice choice = DataplaneSelector.select(
          mode, kernel, () -> new UserspaceIpvs(ForwarderSettings.DEFAULT));
      LOG.info(choice.reason());
      gauge.opened(choice.control());
      return choice.control();
    };
  }

  /**
   * The Netty checkers with the daemon's ports: the store for BFD_CHECK, the script runner for
   * MISC_CHECK, inotify for FILE_CHECK (opened on the first such check's need), the global SSL
   * block for SSL_GET.
   */
  private static HealthChecks checks(CheckListener listener, ObjectStore store,
      KeepalivedConfig config, LazyScripts scripts) {
    Map<String, TrackFileConfig> files = config.trackFiles();
    FileWatcher watcher = null;
    if (usesFileCheck(config)) {
      try {
        watcher = InotifyFileWatcher.open();
      } catch (ErrnoException e) {
        LOG.error("FILE_CHECK: cannot watch files: {}", e.getMessage());
      }
    }
    SslConfig ssl = config.lvs() == null ? null : config.lvs().ssl();
    GlobalDefs.Scripts settings = config.global() == null ? null : config.global().scripts();
    CheckerPorts ports = new CheckerPorts(store, scripts, watcher, name -> {
      TrackFileConfig f = files.get(name);
      return f == null ? null : Path.of(f.file());
    }, ssl).withScriptCheck(new MiscScriptCheck(scripts::runAs,
        settings != null && settings.enableScriptSecurity()));
    return new NettyHealthChecks(listener, ports, LvsEngine.tuning(config));
  }

  private static boolean usesFileCheck(KeepalivedConfig config) {
    return config.lvs() != null && config.lvs().virtualServers().stream()
        .flatMap(vs -> vs.realServers().stream())
        .flatMap(rs -> rs.checkers().stream())
        .anyMatch(c -> c instanceof CheckerConfig.FileCheck);
  }

  /**
   * The one script runner (and its thread) of a factory's engines, made on the first script:
   * every engine a restart or reload makes runs its scripts on it, so none is left behind by an
   * engine that is gone (a runner per engine was never closed), and a script still running when
   * its engine failed is still reaped and timed out.
   */
  static final class SharedRunner {
    private final Supplier<ScriptRunner> make;
    private ScriptRunner runner;

    SharedRunner(Supplier<ScriptRunner> make) {
      this.make = make;
    }

    synchronized ScriptRunner get() {
      if (runner == null) {
        runner = make.get();
      }
      return runner;
    }
  }

  /**
   * Runs notify and quorum scripts as keepalived does (their own user, else the global
   * script_user, else keepalived_script, else root), on the factory's shared runner, made on the
   * first script: a checker with no scripts starts none.
   */
  static final class LazyScripts implements ScriptExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(LazyScripts.class);
    private final GlobalDefs.Scripts settings;
    private final SharedRunner runners;
    private ScriptExecutor executor;
    private Accounts accounts;
    private RunAs fallback;

    LazyScripts(GlobalDefs.Scripts settings, SharedRunner runners) {
      this.settings = settings;
      this.runners = runners;
    }

    @Override
    public void execute(ScriptSpec script, Duration timeout, Consumer<ScriptOutcome> done) {
      executor().execute(script, timeout, done);
    }

    /**
     * Who {@code script} runs as: its own user and group, else the default script user.
     *
     * @throws IllegalArgumentException for an unknown user or group
     */
    synchronized RunAs runAs(ScriptSpec script) {
      executor();
      return accounts.runAs(script.user(), script.group(), fallback);
    }

    private synchronized ScriptExecutor executor() {
      if (executor == null) {
        ScriptRunner runner = runners.get();
        accounts = Accounts.system();
        RunAs defaultRunAs;
        try {
          defaultRunAs = accounts.defaultRunAs(settings == null ? null : settings.scriptUser(),
              settings == null ? null : settings.scriptGroup(), runner.self());
        } catch (IllegalArgumentException e) {
          LOG.error("Unable to set default user for notify scripts: {}", e.getMessage());
          defaultRunAs = runner.self();
        }
        fallback = defaultRunAs;
        executor = new ScriptRunnerExecutor(runner, this::runAs);
      }
      return executor;
    }
  }
}
