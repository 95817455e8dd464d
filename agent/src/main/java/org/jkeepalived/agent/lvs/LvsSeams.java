package org.jkeepalived.agent.lvs;

import java.time.Duration;
import java.util.function.Consumer;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.script.ScriptExecutor;
import org.jkeepalived.engine.script.ScriptOutcome;
import org.jkeepalived.engine.script.ScriptRunnerExecutor;
import org.jkeepalived.linux.ipvs.NetlinkIpvsControl;
import org.jkeepalived.linux.proc.Accounts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.lvs.check.HealthChecks;
import org.jkeepalived.lvs.service.HealthChecksFactory;
import org.jkeepalived.lvs.service.IpvsControlFactory;
import org.jkeepalived.lvs.service.LvsEngineFactory;
import org.jkeepalived.lvs.service.LvsPorts;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the daemon gets the LVS engine's two outside ports. Both real implementations are
 * written on other branches: when they are merged, {@link #IPVS} becomes {@code
 * NetlinkIpvsControl::open} and {@link #CHECKS} the Netty {@link HealthChecks}. Until then the
 * kernel port answers as a kernel without IPVS does, so that the checker subsystem refuses to
 * start with keepalived's "IPVS: Can't initialize ipvs" and VRRP runs on.
 */
public final class LvsSeams {
  /** The kernel IPVS port: generic netlink in the daemon's network namespace. */
  public static final IpvsControlFactory IPVS = NetlinkIpvsControl::open;

  /** The health checkers. MERGE: the Netty checkers' HealthChecks. */
  public static final HealthChecksFactory CHECKS = listener -> {
    throw new IllegalStateException("this build has no health checkers");
  };

  private LvsSeams() {}

  /**
   * The checker subsystem's factory.
   *
   * @param dontReleaseIpvs {@code -I, --dont-release-ipvs}
   */
  public static EngineFactory factory(boolean dontReleaseIpvs) {
    return factory(IPVS, CHECKS, dontReleaseIpvs);
  }

  /** The factory on the given ports (tests give fakes). */
  public static EngineFactory factory(IpvsControlFactory ipvs, HealthChecksFactory checks,
      boolean dontReleaseIpvs) {
    return new LvsEngineFactory(config -> new LvsPorts(ipvs, checks,
        new LazyScripts(config.global() == null ? null : config.global().scripts()),
        dontReleaseIpvs));
  }

  /**
   * Runs notify and quorum scripts as keepalived does (their own user, else the global
   * script_user, else keepalived_script, else root), with the runner and its thread made on the
   * first script: a checker with no scripts starts none.
   */
  static final class LazyScripts implements ScriptExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(LazyScripts.class);
    private final GlobalDefs.Scripts settings;
    private ScriptExecutor executor;

    LazyScripts(GlobalDefs.Scripts settings) {
      this.settings = settings;
    }

    @Override
    public void execute(ScriptSpec script, Duration timeout, Consumer<ScriptOutcome> done) {
      executor().execute(script, timeout, done);
    }

    private synchronized ScriptExecutor executor() {
      if (executor == null) {
        ScriptRunner runner = new ScriptRunner();
        Accounts accounts = Accounts.system();
        RunAs defaultRunAs;
        try {
          defaultRunAs = accounts.defaultRunAs(settings == null ? null : settings.scriptUser(),
              settings == null ? null : settings.scriptGroup(), runner.self());
        } catch (IllegalArgumentException e) {
          LOG.error("Unable to set default user for notify scripts: {}", e.getMessage());
          defaultRunAs = runner.self();
        }
        RunAs fallback = defaultRunAs;
        executor = new ScriptRunnerExecutor(runner,
            spec -> accounts.runAs(spec.user(), spec.group(), fallback));
      }
      return executor;
    }
  }
}
