package org.jkeepalived.lvs.service;

import java.time.Duration;
import java.util.Objects;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineContext;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.engine.loop.LoopScheduler;
import org.jkeepalived.engine.loop.ThreadTuning;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckListener;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.lvs.check.HealthChecks;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's checker subsystem (keepalived's healthcheck child process, {@code -C}): opens
 * kernel IPVS, starts the health checkers and runs {@link LvsCore} on its own loop. When IPVS is
 * missing it does not start ("IPVS: Can't initialize ipvs", keepalived's checker exits) and the
 * daemon runs on without it, VRRP included. {@link #close()} is the SIGTERM path: the checkers
 * stop and the IPVS rules the engine added go, unless {@code -I}.
 *
 * <p>Which loop failures restart the engine: an {@link Error} escaping a loop task is reported
 * to the host, which closes this engine and starts a new one from the store; a {@link
 * RuntimeException} is logged and the loop goes on, as for VRRP. A failed engine's close leaves
 * the kernel table as it is and the next engine takes it over, reconciling as a reload does
 * ({@link LvsCore#start(boolean)}).
 */
public final class LvsEngine implements Engine {
  private static final Logger LOG = LoggerFactory.getLogger("org.jkeepalived.lvs");
  /**
   * Bounds a stop that hangs. Releasing the table is one DEL_DEST per real server: 10,000 of them
   * took over 5 s in the emulated IPVS guest (bench/lvs), and closing the IPVS socket under the
   * loop then left the rest in the kernel ("IPVS control is closed"), where keepalived removes
   * them all: the loop gets as long to release as it gets to program.
   */
  private static final Duration WAIT = Duration.ofMinutes(5);
  /** Bounds a start that hangs (thousands of virtual servers take a while to program). */
  static final Duration START_WAIT = WAIT;

  private final ObjectStore store;
  private final KeepalivedConfig config;
  private final LvsPorts ports;
  private final KernelHandover handover;
  private final ProbeTimes probeTimes = new ProbeTimes();
  private LoopScheduler loop;
  private IpvsControl ipvs;
  private HealthChecks checks;
  private LvsCore core;
  private ObjectStore.Registration validator;
  private volatile EngineHealth health =
      new EngineHealth(EngineHealth.Status.STARTING, "not started");
  private boolean closed;

  public LvsEngine(ObjectStore store, KeepalivedConfig config, LvsPorts ports) {
    this(store, config, ports, new KernelHandover());
  }

  /**
   * @param handover shared by the engines one factory makes: an engine whose loop failed leaves
   *     its kernel table there for the next one to take over
   */
  LvsEngine(ObjectStore store, KeepalivedConfig config, LvsPorts ports,
      KernelHandover handover) {
    this.store = Objects.requireNonNull(store);
    this.config = Objects.requireNonNull(config);
    this.ports = Objects.requireNonNull(ports);
    this.handover = Objects.requireNonNull(handover);
  }

  @Override
  public String name() {
    return "checker";
  }

  /**
   * keepalived's checker_rt_priority / checker_priority, which keepalived gives its checker
   * process: here the engine's loop and the checkers' threads ({@code NettyHealthChecks}).
   */
  public static ThreadTuning tuning(KeepalivedConfig config) {
    return new ThreadTuning("checker", config.global() == null ? null
        : config.global().checkerProcess());
  }

  /**
   * @throws EngineStartException fatal when the dataplane cannot be opened (kernel IPVS asked
   *     for and missing: keepalived's checker process exits with a fatal status and its parent
   *     stops the daemon; {@code --lvs-dataplane=auto} falls back to the forwarder before this);
   *     not fatal when the start hung
   */
  @Override
  public void start(EngineContext context) throws EngineStartException {
    try {
      ipvs = ports.ipvs().open();
    } catch (IpvsException e) {
      LOG.info("IPVS: Can't initialize ipvs: {}", e.getMessage());
      close();
      throw new EngineStartException("IPVS: Can't initialize ipvs: " + e.getMessage(), true, e);
    }
    loop = new LoopScheduler("checker", failure -> {
      if (failure instanceof Error) {
        health = new EngineHealth(EngineHealth.Status.FAILED, "loop task: " + failure);
        context.loopFailed(failure);
      }
    });
    loop.execute(tuning(config)); // the loop's first task, on its thread
    checks = ports.checks().create(new CheckListener() {
      @Override
      public void verdict(CheckId id, CheckVerdict verdict) {
        loop.execute(() -> core.verdict(id, verdict));
      }

      @Override
      public void probed(CheckId id, Duration took) {
        probeTimes.record(id, took); // on the checker's loop; the engine takes them in batches
      }
    });
    core = new LvsCore(store, loop, ipvs, checks, ports, LvsSettings.of(config), probeTimes);
    validator = store.addValidator(Tables.REAL_SERVER, new RealServerValidator());
    LOG.info("Initializing ipvs");
    LvsCore c = core;
    boolean takeOver = handover.take();
    if (!loop.runAndWait(() -> {
      c.subscribeToStore();
      c.start(takeOver);
    }, START_WAIT)) {
      close();
      throw new EngineStartException("LVS engine did not start within "
          + START_WAIT.toSeconds() + " s", false, null);
    }
    health = EngineHealth.running("loop running");
  }

  @Override
  public void reloaded(KeepalivedConfig next) {
    if (core != null && !closed) {
      LvsCore c = core;
      LvsSettings s = LvsSettings.of(next);
      loop.execute(() -> c.reloaded(s));
    }
  }

  @Override
  public EngineHealth health() {
    return health;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    boolean failed = health.status() == EngineHealth.Status.FAILED;
    health = EngineHealth.stopped();
    if (core != null && failed) {
      // a restart follows: the next engine takes the table over instead of adding it back
      LvsCore c = core;
      if (!loop.runAndWait(c::abandon, WAIT)) {
        LOG.warn("LVS engine did not stop within {} s", WAIT.toSeconds());
      }
      handover.leave();
    } else if (core != null) {
      LvsCore c = core;
      if (!loop.runAndWait(c::shutdown, WAIT)) {
        LOG.warn("LVS engine did not stop within {} s", WAIT.toSeconds());
      }
    } else if (checks != null) {
      checks.close();
    }
    if (validator != null) {
      validator.close();
    }
    if (loop != null) {
      loop.close();
    }
    if (ipvs != null) {
      ipvs.close();
    }
  }
}
