package org.jkeepalived.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jkeepalived.agent.cli.Options;
import org.jkeepalived.agent.daemon.PidFile;
import org.jkeepalived.agent.daemon.Signals;
import org.jkeepalived.agent.daemon.StartPreload;
import org.jkeepalived.agent.log.LoggingSetup;
import org.jkeepalived.agent.lvs.ForwarderGauge;
import org.jkeepalived.agent.snmp.AgentSettings;
import org.jkeepalived.agent.snmp.SettingsException;
import org.jkeepalived.agent.snmp.service.SnmpArgs;
import org.jkeepalived.agent.systemd.SdNotify;
import org.jkeepalived.conf.diag.Diagnostic;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.diag.Severity;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running daemon: logging, pid files, the configuration, and the signal loop (SIGTERM stops,
 * SIGHUP reloads, keeping the old configuration when the new one is invalid; SIGUSR1 dumps data
 * and JSON, SIGUSR2 stats). Everything the
 * daemon does between signals happens in the engines it starts.
 */
final class Daemon {
  private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

  private final Options options;
  private final List<EngineFactory> engines;
  private final ForwarderGauge forwarder;
  private final BlockingQueue<Signals.Request> requests = new LinkedBlockingQueue<>();
  /**
   * What a stop signal starts at once, on the JVM's signal thread, before the request reaches
   * the loop below: the engines' early stop (VRRP's priority-0 adverts). Set once the engines
   * run; until then a stop takes the ordinary path.
   */
  private volatile Runnable onStop = () -> {};

  /**
   * @param engines the protocol engines the daemon hosts, in start order
   * @param forwarder the userspace forwarder's gauges, when the LVS engine runs on it (metrics)
   */
  Daemon(Options options, List<EngineFactory> engines, ForwarderGauge forwarder) {
    this.options = options;
    this.engines = List.copyOf(engines);
    this.forwarder = forwarder;
  }

  int run() {
    // The first read of the configuration runs beside the logging set-up (logback, and jnr for
    // the syslog socket): the two biggest start-up costs before the engines, each ~0.2 s of CPU
    // on a cold JVM, on the machine's two cores. Its problems are logged once logging is set.
    ConfigSource source = new ConfigSource(options);
    CompletableFuture<Read> first = CompletableFuture.supplyAsync(() -> read(source),
        task -> new Thread(task, "config-read").start());
    StartPreload.awaitLogging(); // slf4j's own start may still run on the preload thread
    LoggingSetup.apply(
        new LoggingSetup.Settings(
            options.logConsole,
            options.logFile,
            !options.noSyslog,
            options.logFacility.code(),
            options.logDetail));
    LOG.info("Starting {}", Main.VERSION);
    KeepalivedConfig config = report(await(first));
    if (config == null) {
      LOG.error("Stopping: configuration {} cannot be used", options.configFile);
      return 1;
    }
    AgentSettings snmpSettings;
    try {
      snmpSettings = SnmpArgs.load(options);
    } catch (SettingsException e) {
      LOG.error("Stopping: SNMP agent settings: {}", e.getMessage());
      return 1;
    }
    List<PidFile> pidFiles = new ArrayList<>();
    try {
      writePidFiles(pidFiles);
      Signals.install(this::signalled);
      Signals.warmUp();
      try (NodeRuntime runtime = new NodeRuntime(options, snmpSettings, engines, forwarder);
          SdNotify systemd = SdNotify.fromEnvironment(System.getenv(),
              ProcessHandle.current().pid(), runtime::enginesHealthy)) {
        runtime.start(config);
        onStop = runtime::stopping;
        systemd.ready();
        ReloadRehearsal.start(() -> new ConfigSource(options).load(new Diagnostics()).config(),
            runtime::rehearseReload);
        loop(source, runtime, systemd);
        systemd.stopping();
      }
      LOG.info("Stopped {}", Main.VERSION);
      return 0;
    } catch (IOException e) {
      LOG.error("Stopping: {}", e.getMessage());
      return 1;
    } finally {
      pidFiles.forEach(PidFile::close);
    }
  }

  /**
   * A signal's request, on the JVM's signal thread. A stop first lets the engines start theirs:
   * the hop to the daemon's thread, its log line and the closing of the control socket and
   * metrics cost 3-7 ms before the priority-0 advert (bench/failover, sig_p0_ms).
   */
  private void signalled(Signals.Request request) {
    if (request == Signals.Request.STOP) {
      onStop.run();
    }
    requests.offer(request);
  }

  private void loop(ConfigSource source, NodeRuntime runtime, SdNotify systemd) {
    while (true) {
      Signals.Request request;
      try {
        request = requests.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      switch (request) {
        case STOP:
          LOG.info("Stopping on signal");
          return;
        case RELOAD:
          LOG.info("Reloading configuration file {}", options.configFile);
          systemd.reloading();
          KeepalivedConfig next = load(source);
          if (next == null) {
            LOG.error("Reload failed: keeping the running configuration");
          } else {
            runtime.reload(next);
          }
          systemd.ready(); // also after a failed reload: the old configuration runs on
          break;
        case DATA:
          runtime.dumpData();
          break;
        case STATS:
          runtime.dumpStats();
          break;
        default:
          break;
      }
    }
  }

  /** Reads the configuration, logging every problem; null when it is unusable. */
  private KeepalivedConfig load(ConfigSource source) {
    return report(read(source));
  }

  /** One read of the configuration file, and what it found wrong. */
  private record Read(ConfigSource.Loaded loaded, Diagnostics diagnostics) {}

  private static Read read(ConfigSource source) {
    Diagnostics diagnostics = new Diagnostics();
    return new Read(source.load(diagnostics), diagnostics);
  }

  /** The reader thread's result; what it threw is thrown here, as if read on this thread. */
  private static Read await(CompletableFuture<Read> read) {
    try {
      return read.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Logs every problem of a read; its configuration, or null when it is unusable. */
  private KeepalivedConfig report(Read read) {
    Diagnostics diagnostics = read.diagnostics();
    ConfigSource.Loaded loaded = read.loaded();
    for (Diagnostic d : diagnostics.all()) {
      if (d.severity() == Severity.FATAL) {
        LOG.error(d.render());
      } else if (d.severity() == Severity.EXTENSION || d.severity() == Severity.NOTE) {
        LOG.info(d.render()); // a jkeepalived keyword in use, or what the dataplane provides
      } else {
        LOG.warn(d.render());
      }
    }
    if (options.dumpConf && loaded.config() != null) {
      LOG.info("Configuration:\n{}", loaded.dump());
    }
    return loaded.config();
  }

  private void writePidFiles(List<PidFile> pidFiles) throws IOException {
    long pid = ProcessHandle.current().pid();
    // One process runs every subsystem, so each subsystem's pid file names the daemon.
    for (Path p : new Path[] {options.pidFile, options.vrrpPidFile, options.checkersPidFile,
        options.bfdPidFile}) {
      if (p != null) {
        pidFiles.add(PidFile.create(p, pid));
      }
    }
  }
}
