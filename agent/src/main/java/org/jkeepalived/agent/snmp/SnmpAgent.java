package org.jkeepalived.agent.snmp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.agent.AgentConfigManager;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.MOServer;
import org.snmp4j.agent.NotificationOriginator;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.util.ThreadPool;

/**
 * The built-in SNMP agent (SNMP4J-Agent, no snmpd, no AgentX): serves the store binding plus
 * SNMPv2-MIB (system and snmp groups, whose counters SNMP4J keeps) and the standard framework
 * MIBs, over UDP with v1, v2c and v3 (USM, VACM). It starts on a thread of its own, off the VRRP
 * critical path (class loading alone takes 0.3-0.6 s); {@link #started()} says when it listens.
 */
public final class SnmpAgent implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SnmpAgent.class);
  /** sysObjectID: the KEEPALIVED-MIB module (keepalived's own OID subtree). */
  public static final OID SYS_OBJECT_ID = new OID("1.3.6.1.4.1.9586.100.5");
  /** sysServices: applications (layer 7) plus end-to-end (layer 4), as net-snmp reports. */
  private static final int SYS_SERVICES = 72;
  private static final int WORKER_THREADS = 2;
  /** snmpEnableAuthenTraps disabled(2): as net-snmp's default, no trap per bad community. */
  private static final int AUTHEN_TRAPS_DISABLED = 2;

  private final AgentSettings settings;
  private final StoreBinding binding;
  private final String sysName;
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private final CompletableFuture<NotificationOriginator> originator = new CompletableFuture<>();
  private final TrapSender trapSender = new TrapSender(originator);
  private final Thread starter;
  private volatile AgentConfigManager acm;
  private volatile ThreadPool pool;
  private volatile DefaultUdpTransportMapping transport;
  private volatile DefaultUdpTransportMapping notifyTransport;
  private volatile SnmpCounters counters;

  private SnmpAgent(AgentSettings settings, StoreBinding binding, String sysName) {
    this.settings = settings;
    this.binding = binding;
    this.sysName = sysName;
    this.starter = new Thread(this::startUp, "jk-snmp-start");
    starter.setDaemon(true);
  }

  /** Starts the agent in the background and returns at once; sysName is the host name. */
  public static SnmpAgent start(AgentSettings settings, StoreBinding binding) {
    return start(settings, binding, hostName());
  }

  /**
   * Starts the agent in the background and returns at once.
   *
   * @param sysName SNMPv2-MIB sysName.0: the daemon passes keepalived's router_id (which defaults
   *     to the host name), as keepalived's snmpd showed it
   */
  public static SnmpAgent start(AgentSettings settings, StoreBinding binding, String sysName) {
    SnmpAgent agent = new SnmpAgent(settings, binding, sysName);
    agent.starter.start();
    return agent;
  }

  /** Completes when the agent listens; completes exceptionally if it could not start. */
  public CompletableFuture<Void> started() {
    return started;
  }

  /**
   * The agent's SNMP4J counters by MIB object name (a read-only view for the metrics endpoint);
   * empty until the agent has registered its MIBs.
   */
  public Map<String, Long> counters() {
    SnmpCounters c = counters;
    return c == null ? Map.of() : c.read();
  }

  public TrapSender trapSender() {
    return trapSender;
  }

  private void startUp() {
    try {
      Slf4jLogFactory.install();
      // RFC 3414 section 3.2 reports (usmStatsWrongDigests, usmStatsUnsupportedSecLevels, ...)
      // go out at noAuthNoPriv, as net-snmp's snmpd sends them: SNMP4J's default answers at the
      // request's level, which it cannot do for a wrong key or a level the user has no key for,
      // so it sent nothing and the manager timed out (issue 19 item 4).
      SNMP4JSettings.setReportSecurityLevelStrategy(
          SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
      EngineState engine = EngineState.load(settings.stateFile(), settings.engineId());
      MessageDispatcherImpl dispatcher = new CountingDispatcher();
      // Notifications leave from their own unbound socket, registered first so the dispatcher
      // picks it for traps and informs: a socket bound to 127.0.0.1 (the default listen address)
      // cannot reach a remote trap sink. Responses still go out on the socket a request came in.
      notifyTransport = new DefaultUdpTransportMapping(new UdpAddress(anyAddress(), 0));
      dispatcher.addTransportMapping(notifyTransport);
      transport =
          new DefaultUdpTransportMapping(
              new UdpAddress(settings.listen().getAddress(), settings.listen().getPort()));
      dispatcher.addTransportMapping(transport);
      MOServer server = new DefaultMOServer();
      pool = ThreadPool.create("jk-snmp-worker", WORKER_THREADS);
      AgentConfigManager manager =
          new Manager(
              new OctetString(engine.engineId()), dispatcher, new MOServer[] {server}, pool,
              engine);
      acm = manager;
      manager.initialize();
      // Answer each request on the UDP listener thread, as snmpd does: a read takes tens of
      // microseconds, while handing it to a worker costs two thread wake-ups per request, which
      // on a busy machine dominated GET latency (bench/snmp/README.md). Requests are then
      // served one at a time, in arrival order.
      manager.getCommandProcessor().setThreadPool(null);
      manager.getSNMPv2MIB().setName(new OctetString(sysName));
      for (SysOrEntries.Entry e : SysOrEntries.of(binding.servedSubtrees())) {
        manager.getSNMPv2MIB().addSysOREntry(e.id(), new OctetString(e.descr()));
      }
      manager.getSNMPv2MIB().getSnmpEnableAuthenTraps()
          .setValue(new Integer32(AUTHEN_TRAPS_DISABLED));
      AgentSecurity.apply(
          manager, settings, engine.engineId(), AgentSecurity.CommunityReach.of(binding));
      binding.register(server, manager.getDefaultContext());
      counters = new SnmpCounters(server, manager.getDefaultContext());
      manager.run();
      if (!transport.isListening()) {
        throw new IOException("cannot listen on " + settings.listen());
      }
      originator.complete(manager.getNotificationOriginator());
      LOG.info(
          "SNMP agent listening on udp:{} (engine boots {})",
          settings.listen(), engine.getEngineBoots());
      started.complete(null);
    } catch (Exception | LinkageError e) {
      LOG.error("SNMP agent failed to start on {}: {}", settings.listen(), e.toString());
      originator.completeExceptionally(e);
      started.completeExceptionally(e);
      stopQuietly();
    }
  }

  /** The wildcard address of the listen address's family. */
  private InetAddress anyAddress() throws UnknownHostException {
    return InetAddress.getByName(
        settings.listen().getAddress() instanceof java.net.Inet6Address ? "::" : "0.0.0.0");
  }

  /** The kernel's host name, as gethostname(2) gives it: no resolver call. */
  private static String hostName() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
    } catch (IOException e) {
      return "localhost";
    }
  }

  /** Stops serving and releases the socket and every thread the agent started. */
  @Override
  public void close() {
    try {
      starter.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    trapSender.close();
    stopQuietly();
  }

  private void stopQuietly() {
    AgentConfigManager m = acm;
    if (m != null) {
      try {
        m.shutdown();
      } catch (RuntimeException e) {
        LOG.debug("SNMP agent shutdown: {}", e.toString());
      }
    }
    for (DefaultUdpTransportMapping t : new DefaultUdpTransportMapping[] {transport, notifyTransport}) {
      if (t != null) {
        try {
          t.close();
        } catch (IOException e) {
          LOG.debug("SNMP transport close: {}", e.toString());
        }
      }
    }
    ThreadPool p = pool;
    if (p != null) {
      // acm.shutdown() leaves the worker pool running (STACK.md): stop it or the JVM stays up.
      p.stop();
    }
  }

  /** The manager with our system group identity; no config factory, no persistence. */
  private static final class Manager extends AgentConfigManager {
    Manager(
        OctetString engineId,
        MessageDispatcherImpl dispatcher,
        MOServer[] servers,
        ThreadPool pool,
        EngineState engine) {
      super(engineId, dispatcher, null, servers, pool, null, null, engine);
    }

    @Override
    public OctetString getSysDescr() {
      String version =
          Optional.ofNullable(SnmpAgent.class.getPackage().getImplementationVersion())
              .orElse("dev");
      return new OctetString("jkeepalived " + version + " (keepalived 2.2.7 compatible)");
    }

    @Override
    public OID getSysOID() {
      return SYS_OBJECT_ID;
    }

    @Override
    public Integer32 getSysServices() {
      return new Integer32(SYS_SERVICES);
    }
  }
}
