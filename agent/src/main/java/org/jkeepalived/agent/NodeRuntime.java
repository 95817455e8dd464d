package org.jkeepalived.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.agent.control.ControlServer;
import org.jkeepalived.agent.control.ControlSocketPath;
import org.jkeepalived.agent.control.StatusBuilder;
import org.jkeepalived.agent.control.StatusJson;
import org.jkeepalived.agent.dump.Dumps;
import org.jkeepalived.agent.engine.EngineHost;
import org.jkeepalived.agent.engine.EngineSelection;
import org.jkeepalived.agent.engine.HostTimer;
import org.jkeepalived.agent.engine.RestartPolicy;
import org.jkeepalived.agent.mail.SmtpAlerts;
import org.jkeepalived.agent.lvs.ForwarderGauge;
import org.jkeepalived.agent.metrics.MetricsServer;
import org.jkeepalived.agent.notify.NotifySettings;
import org.jkeepalived.agent.notify.Notifiers;
import org.jkeepalived.agent.snmp.AgentSettings;
import org.jkeepalived.agent.snmp.service.SnmpService;
import org.jkeepalived.agent.snmp.service.SnmpSwitches;
import org.jkeepalived.conf.load.HostInterfaces;
import org.jkeepalived.conf.load.StoreLoader;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs between start and stop: the object store, filled by the configuration loader, and the
 * subsystems wired to it (notify scripts and FIFOs, the protocol engines through
 * their {@link EngineHost}, SNMP agent). A reload hands the new configuration to the store as one
 * diff; the engines follow its events. No protocol is named here: the engines come as factories.
 */
final class NodeRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeRuntime.class);

  private final Options options;
  private final AgentSettings snmpSettings;
  private final ObjectStore store = new DefaultObjectStore();
  private final StoreLoader loader =
      new StoreLoader(HostInterfaces.system(), Main.VERSION, Instant.now());
  private final List<ObjectStore.Subscription> subscriptions = new ArrayList<>();
  private volatile KeepalivedConfig config; // volatile: read by the reload rehearsal
  private volatile NotifySettings notifySettings;
  private Notifiers notifiers;
  private final EngineHost engines;
  /** The LVS dataplane, and the forwarder's bounds, for the metrics endpoint and the status. */
  private final ForwarderGauge forwarder;
  private volatile SnmpService snmp;
  private MetricsServer metrics;
  private ControlServer control;
  private SmtpAlerts mail;
  private volatile org.jkeepalived.mibs.config.GlobalDefs.Notification mailSettings;

  /**
   * @param snmpSettings the agent's settings (already checked), used when SNMP is enabled
   * @param factories the protocol engines, in start order
   */
  NodeRuntime(Options options, AgentSettings snmpSettings, List<EngineFactory> factories,
      ForwarderGauge forwarder) {
    this.options = options;
    this.forwarder = forwarder;
    this.snmpSettings = snmpSettings;
    this.engines = new EngineHost(factories, EngineSelection.of(options), store,
        HostTimer.system(), options.dontRespawn ? RestartPolicy.NEVER : RestartPolicy.DEFAULT);
  }

  /**
   * Loads the configuration and starts the subsystems, the SNMP agent before the engines.
   *
   * @throws IOException when the daemon must stop, as keepalived does: an engine cannot start
   *     (for VRRP, an instance's interface is missing and dynamic_interfaces is off)
   */
  void start(KeepalivedConfig initial) throws IOException {
    config = SnmpSwitches.applyOption(initial, options.snmp);
    startNotifiers();
    loader.apply(store, config, Origin.CONFIG_LOAD);
    // The trap forwarders follow the store before the engines start, so that each instance's
    // init -> BACKUP is a vrrpInstanceStateChange as in keepalived (issue 19 item 9); the
    // loader's rows are not a state change. Still off the engines' critical path: the agent
    // starts on its own thread and notifications wait for it in the TrapSender's queue.
    if (SnmpSwitches.agentWanted(config)) {
      snmp = SnmpService.start(store, snmpSettings, config.global().snmp());
    }
    try {
      engines.start(config);
    } catch (EngineStartException e) {
      throw new IOException(e.getMessage(), e); // "VRRP cannot start: ..."
    }
    startControlSocket();
    if (options.metricsListen != null) {
      metrics = MetricsServer.start(options.metricsListen, store, engines::health,
          this::snmpCounters, forwarder);
    }
  }

  /** SIGTERM has arrived: the engines start their stop now, ahead of {@link #close()}. */
  void stopping() {
    engines.stopping();
  }

  /** SIGHUP: the new configuration becomes the store's (a diff); new subsystems start. */
  void reload(KeepalivedConfig next) {
    KeepalivedConfig running = SnmpSwitches.applyOption(next, options.snmp);
    if (!Objects.equals(NotifySettings.from(running), notifySettings)
        || !Objects.equals(running.global().notification(), mailSettings)) {
      LOG.info("Notify settings changed: restarting the notifiers");
      notifiers.close();
      closeMail();
      config = running;
      startNotifiers();
    }
    config = running;
    loader.apply(store, running, Origin.RELOAD);
    // running engines take it (VRRP masters advertise at once, as keepalived's do after a
    // reload); engines it newly configures start
    engines.reloaded(running);
    if (snmp == null && SnmpSwitches.agentWanted(running)) {
      snmp = SnmpService.start(store, snmpSettings, running.global().snmp());
    }
    LOG.info("Configuration reloaded");
  }

  /**
   * What {@link #reload} compares, without applying anything ({@link ReloadRehearsal}): the
   * notify and mail settings, and the configuration records the store diff compares row by row.
   * Any thread; reads only immutable records.
   *
   * @return whether {@code next} equals the running configuration (an unchanged file: a reload
   *     of it would change nothing)
   */
  boolean rehearseReload(KeepalivedConfig next) {
    KeepalivedConfig running = SnmpSwitches.applyOption(next, options.snmp);
    boolean same = Objects.equals(NotifySettings.from(running), notifySettings)
        & Objects.equals(running.global().notification(), mailSettings)
        & running.equals(config);
    return same & running.hashCode() == config.hashCode();
  }

  /**
   * The control socket is a convenience: when it cannot be had (another daemon answers there, no
   * /run), the daemon runs on without it and says so.
   */
  private void startControlSocket() {
    Path path = ControlSocketPath.of(options.controlSocket, options.namespace, config.daemon(),
        options.pidFile);
    if (path == null) {
      return;
    }
    long pid = ProcessHandle.current().pid();
    try {
      control = ControlServer.start(path, () -> StatusJson.write(
          StatusBuilder.build(store.snapshot(), engines.health(), forwarder.dataplane(),
              Main.VERSION, pid)));
    } catch (IOException | RuntimeException e) {
      LOG.warn("No control socket, `jkeepalived status` cannot reach this daemon: {}",
          e.getMessage());
    }
  }

  /** The SNMP agent's counters for a scrape (on the metrics thread); none without an agent. */
  private Map<String, Long> snmpCounters() {
    SnmpService s = snmp;
    return s == null ? Map.of() : s.agent().counters();
  }

  private void startNotifiers() {
    notifySettings = NotifySettings.from(config);
    notifiers = Notifiers.start(store, config);
    mailSettings = config.global().notification();
    mail = SmtpAlerts.start(store, config).orElse(null);
  }

  /**
   * SIGUSR1: the data dump, and the JSON dump next to it. keepalived writes its JSON on a
   * real-time signal (SIGRTMIN+2), which the JVM can neither catch nor ignore, so SIGUSR1 is
   * the way to get /tmp/keepalived.json from jkeepalived.
   */
  void dumpData() {
    write(Dumps.DATA_FILE, Dumps::writeData);
    write(Dumps.JSON_FILE, Dumps::writeJson);
  }

  /** SIGUSR2: the statistics dump. */
  void dumpStats() {
    write(Dumps.STATS_FILE, Dumps::writeStats);
  }

  /** One of the {@link Dumps} writers. */
  private interface DumpWriter {
    void write(StoreSnapshot snapshot, Path file) throws IOException;
  }

  private void write(Path file, DumpWriter writer) {
    try {
      writer.write(store.snapshot(), file);
      LOG.info("Wrote {}", file);
    } catch (IOException | RuntimeException e) {
      LOG.error("Cannot write {}: {}", file, e.getMessage());
    }
  }

  private void closeMail() {
    if (mail != null) {
      mail.close();
      mail = null;
    }
  }

  ObjectStore store() {
    return store;
  }

  /** False once an engine has failed for good (its restarts used up): the watchdog stops. */
  boolean enginesHealthy() {
    return engines.health().stream()
        .noneMatch(r -> r.health().status() == org.jkeepalived.engine.EngineHealth.Status.FAILED);
  }

  KeepalivedConfig config() {
    return config;
  }

  Options options() {
    return options;
  }

  @Override
  public void close() {
    if (control != null) {
      control.close();
    }
    if (metrics != null) {
      metrics.close();
    }
    engines.close(); // engines stop cleanly (VRRP masters send priority 0) before the store goes
    if (notifiers != null) {
      notifiers.close();
    }
    subscriptions.forEach(ObjectStore.Subscription::close);
    // delivers what the engines committed last, their shutdown(5) states included, to the trap
    // forwarders (one vrrpInstanceStateChange per instance, as keepalived's notify_shutdown) and
    // to the mail listeners (the omega "Shutting down" mails), which then send what they queued
    store.close();
    closeMail();
    if (snmp != null) {
      snmp.close(); // sends what is queued (bounded wait), then stops the agent
    }
  }
}
