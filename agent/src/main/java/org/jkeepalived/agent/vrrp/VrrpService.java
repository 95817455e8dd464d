package org.jkeepalived.agent.vrrp;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineContext;
import org.jkeepalived.engine.EngineHealth;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.linux.neigh.IcmpNaSender;
import org.jkeepalived.linux.proc.Accounts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.linux.neigh.PacketArpSender;
import org.jkeepalived.linux.rtnl.NetlinkAddressManager;
import org.jkeepalived.linux.rtnl.NetlinkLinkMonitor;
import org.jkeepalived.linux.rtnl.NetlinkRouteManager;
import org.jkeepalived.linux.rtnl.NetlinkVirtualLinks;
import org.jkeepalived.linux.sysctl.ProcSysctl;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.engine.loop.PollLoop;
import org.jkeepalived.engine.loop.ThreadTuning;
import org.jkeepalived.vrrp.filter.AcceptMode;
import org.jkeepalived.vrrp.io.NativeSocketProvider;
import org.jkeepalived.vrrp.filter.NftCommand;
import org.jkeepalived.vrrp.filter.NftFirewall;
import org.jkeepalived.vrrp.filter.NftSettings;
import org.jkeepalived.vrrp.service.EnginePorts;
import org.jkeepalived.vrrp.service.EngineSettings;
import org.jkeepalived.vrrp.service.MissingInterfaceException;
import org.jkeepalived.vrrp.service.VrrpEngine;
import org.jkeepalived.vrrp.vip.GarpSpacing;
import org.jkeepalived.vrrp.track.TrackerPorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's VRRP subsystem, as the engine host runs it ({@link VrrpEngineFactory}): opens the kernel ports (rtnetlink, packet and ICMPv6 sockets) in the
 * process's namespace and runs the {@link VrrpEngine} on its own loop. The instances are the
 * vrrpInstanceTable config rows the configuration loader wrote to the store: the engine reads them
 * at start and follows their changes (reloads, SNMP SETs) as store events. {@link #close()} is the
 * SIGTERM path: masters send priority 0 and remove their VIPs before the sockets close.
 *
 * <p>Which loop failures restart the engine: an {@link Error} escaping a loop task (a bug that left
 * the engine's state unknown, or the JVM short of memory or stack) is reported to the host, which
 * closes this engine and starts a new one from the store. A {@link RuntimeException} in a task is
 * logged and the loop goes on, as before the host existed: one bad packet or event must not
 * bounce every instance through a restart (masters would send priority 0 and drop their VIPs).
 */
public final class VrrpService implements Engine {
  private static final Logger LOG = LoggerFactory.getLogger(VrrpService.class);
  private static final Duration WAIT = Duration.ofSeconds(5);
  /**
   * How long the daemon waits for the engine's start (sockets, VIP clean-up, first timers of every
   * instance): hundreds of instances on a busy machine take well over {@link #WAIT}, and giving up
   * would leave the daemon running without VRRP. keepalived has no such limit; this one only
   * bounds a start that hangs.
   */
  static final Duration START_WAIT = Duration.ofMinutes(5);

  private final ObjectStore store;
  private final KeepalivedConfig config;
  private final List<AutoCloseable> ports = new ArrayList<>();
  private volatile PollLoop loop;
  /** Volatile: {@link #stopping()} reads it from a signal thread. */
  private volatile VrrpEngine engine;
  private volatile EngineHealth health =
      new EngineHealth(EngineHealth.Status.STARTING, "not started");
  private volatile boolean closed;

  /**
   * @param config the running configuration (engine-wide settings such as vrrp_min_garp)
   */
  VrrpService(ObjectStore store, KeepalivedConfig config) {
    this.store = store;
    this.config = config;
  }

  @Override
  public String name() {
    return "vrrp";
  }

  /**
   * Starts the engine on the instances already in the store.
   *
   * @throws EngineStartException fatal when an instance's interface is missing (and
   *     dynamic_interfaces is off), as keepalived stops then; not fatal for any other I/O failure
   *     (a socket that cannot open, a start that hangs), after which the daemon runs without VRRP
   */
  @Override
  public void start(EngineContext context) throws EngineStartException {
    // The loop reads the VRRP sockets itself (one poll(2) with the timers' deadline), as
    // keepalived's one-thread loop does: no reader thread and no hand-over per advert
    // (bench/scale/measured/2026-12-07-session6-cpu.md).
    loop = new PollLoop("vrrp", failure -> taskFailed(failure, context));
    ThreadTuning tuning = tuning(config);
    loop.execute(tuning); // the loop's first task, on its thread
    try {
      open(config, tuning);
    } catch (IOException e) {
      close();
      throw new EngineStartException(e.getMessage(), e instanceof MissingInterfaceException, e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    health = EngineHealth.running("loop running");
  }

  /** See the class comment for why only an Error restarts the engine. */
  private void taskFailed(Throwable failure, EngineContext context) {
    if (restartsEngine(failure)) {
      health = new EngineHealth(EngineHealth.Status.FAILED, "loop task: " + failure);
      context.loopFailed(failure);
    }
  }

  /** Whether a failure escaping a loop task makes the engine restart. */
  static boolean restartsEngine(Throwable failure) {
    return failure instanceof Error;
  }

  @Override
  public EngineHealth health() {
    return health;
  }

  /** keepalived's vrrp_rt_priority / vrrp_priority, for the loop and the reader threads. */
  public static ThreadTuning tuning(KeepalivedConfig config) {
    return new ThreadTuning("vrrp", config.global() == null ? null
        : config.global().vrrpProcess());
  }

  private void open(KeepalivedConfig config, ThreadTuning tuning) throws IOException {
    NetlinkAddressManager addresses = track(NetlinkAddressManager.open());
    NetlinkLinkMonitor links = track(NetlinkLinkMonitor.open());
    NetlinkRouteManager routes = track(NetlinkRouteManager.open());
    PacketArpSender arp = track(PacketArpSender.open());
    IcmpNaSender na = track(IcmpNaSender.open());
    TrackerPorts trackers = track(trackerPorts(config));
    // no_accept filtering and VMAC report filtering as keepalived does them: nftables, a table
    // created on first use
    logDefaultFirewall(config);
    NftFirewall firewall = new NftFirewall(NftSettings.of(config.global()), new NftCommand(),
        ifindex -> linkName(links, ifindex));
    engine = new VrrpEngine(store,
        new EnginePorts(new NativeSocketProvider(tuning), addresses, links, arp, na, trackers,
            firewall, ProcSysctl.system()),
        loop, EngineSettings.of(config), routes);
    engine.useVirtualLinks(track(NetlinkVirtualLinks.open()),
        config.global() == null || config.global().vrrp() == null ? null
            : config.global().vrrp().vmacPrefix(),
        config.global() == null || config.global().vrrp() == null ? null
            : config.global().vrrp().vmacAddrPrefix());
    IOException[] failure = new IOException[1];
    boolean done = StartWait.await(loop, () -> {
      try {
        engine.start();
        engine.subscribeToStore();
      } catch (IOException e) {
        failure[0] = e;
      }
    }, WAIT, START_WAIT, () -> LOG.warn("VRRP engine still starting after {} s, waiting up to {} s",
        WAIT.toSeconds(), START_WAIT.toSeconds()));
    if (failure[0] != null) {
      throw failure[0];
    }
    if (!done) {
      throw new IOException("VRRP engine did not start within " + START_WAIT.toSeconds() + " s");
    }
  }

  /** keepalived's note when a VMAC or no_accept instance needs a firewall none was named for. */
  private static void logDefaultFirewall(KeepalivedConfig config) {
    GlobalDefs.Firewall f = config.global() == null ? null : config.global().firewall();
    if (f != null && f.nftablesTable() != null) {
      return;
    }
    boolean needed = config.vrrpInstances().stream().anyMatch(i -> (i.vmac() != null
        && i.vmac().useVmac()) || AcceptMode.dropsVipTraffic(i));
    if (needed) {
      LOG.info("use_vmac or no_accept/strict specified, but no firewall configured - using"
          + " nftables");
    }
  }

  /**
   * Real trackers for vrrp_script, track_file and vrrp_track_process. Scripts run as keepalived
   * runs them: their own {@code user [group]}, else global_defs script_user / script_group, else
   * keepalived_script (root when that account is missing), fixed at engine start.
   */
  private TrackerPorts trackerPorts(KeepalivedConfig config) {
    ScriptRunner runner = track(new ScriptRunner());
    Accounts accounts = Accounts.system();
    GlobalDefs.Scripts s = config.global() == null ? null : config.global().scripts();
    RunAs defaultRunAs;
    try {
      defaultRunAs = accounts.defaultRunAs(s == null ? null : s.scriptUser(),
          s == null ? null : s.scriptGroup(), runner.self());
    } catch (IllegalArgumentException e) {
      LOG.error("Unable to set default user for track scripts: {}", e.getMessage());
      defaultRunAs = runner.self();
    }
    return TrackerPorts.system(runner, accounts, defaultRunAs);
  }

  /** The name of an interface index (a netlink dump; rare: IPv6 link-local VIPs by name). */
  private static String linkName(NetlinkLinkMonitor links, int ifindex) {
    try {
      return links.links().stream().filter(l -> l.index() == ifindex).map(l -> l.name())
          .findFirst().orElse(Integer.toString(ifindex));
    } catch (IOException e) {
      return Integer.toString(ifindex);
    }
  }

  private <T extends AutoCloseable> T track(T port) {
    ports.add(port);
    return port;
  }

  /**
   * A reload has been committed to the store: the engine takes the reloaded engine-wide
   * settings, applies the store's changes on its loop and its masters advertise at once ({@link
   * VrrpEngine#reloaded(EngineSettings)}).
   */
  @Override
  public void reloaded(KeepalivedConfig config) {
    if (engine != null && !closed) {
      VrrpEngine e = engine;
      EngineSettings next = EngineSettings.of(config);
      loop.execute(() -> e.reloaded(next));
    }
  }

  /**
   * SIGTERM, before the daemon's thread gets to {@link #close()}: the loop runs the engine's
   * shutdown next (masters send priority 0, then remove their VIPs), so the adverts leave as soon
   * as the signal arrives, as keepalived's do. close() then finds it done ({@link
   * VrrpEngine#shutdown()} is idempotent) and releases the ports.
   */
  @Override
  public void stopping() {
    VrrpEngine e = engine;
    PollLoop l = loop;
    if (e != null && l != null && !closed) {
      l.execute(e::shutdown);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    health = EngineHealth.stopped();
    if (engine != null) {
      VrrpEngine e = engine;
      if (!loop.runAndWait(() -> {
        e.shutdown();
        e.close();
      }, WAIT)) {
        LOG.warn("VRRP engine did not stop within {} s", WAIT.toSeconds());
      }
    }
    if (loop != null) {
      loop.close();
    }
    for (AutoCloseable p : ports) {
      try {
        p.close();
      } catch (Exception ex) {
        LOG.debug("closing port", ex);
      }
    }
  }
}
