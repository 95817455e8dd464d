package org.jkeepalived.agent.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * jkeepalived's command line: keepalived 2.2.7's options with the same letters and meanings, plus
 * the settings of the built-in SNMP agent that keepalived.conf has no words for.
 */
@Command(
    name = "jkeepalived",
    sortOptions = false,
    usageHelpWidth = 100,
    description = "VRRP, LVS and BFD high availability, managed over SNMP (keepalived compatible).")
public final class Options {
  public static final Path DEFAULT_CONFIG = Path.of("/etc/keepalived/keepalived.conf");

  @Option(
      names = {"-f", "--use-file"},
      paramLabel = "FILE",
      description = "Use the specified configuration file (default ${DEFAULT-VALUE})")
  public Path configFile = DEFAULT_CONFIG;

  @Option(
      names = {"-P", "--vrrp"},
      description = "Only run the VRRP subsystem")
  public boolean vrrpOnly;

  @Option(
      names = {"-C", "--check"},
      description = "Only run the health-checker subsystem")
  public boolean checkOnly;

  @Option(
      names = {"-B", "--no_bfd"},
      description = "Don't run the BFD subsystem")
  public boolean noBfd;

  @Option(
      names = {"--all"},
      description = "Run every subsystem, even those with no configuration")
  public boolean all;

  @Option(
      names = {"-l", "--log-console"},
      description = "Log messages to the local console")
  public boolean logConsole;

  @Option(
      names = {"-D", "--log-detail"},
      description = "Detailed log messages")
  public boolean logDetail;

  @Option(
      names = {"-S", "--log-facility"},
      paramLabel = "FACILITY",
      converter = LogFacilityConverter.class,
      description = "Syslog facility: 0-7 (local0-local7), local0-local7, user or daemon (default)")
  public LogFacility logFacility = LogFacility.DAEMON;

  @Option(
      names = {"-G", "--no-syslog"},
      description = "Don't log via syslog")
  public boolean noSyslog;

  @Option(
      names = {"-g", "--log-file"},
      paramLabel = "FILE",
      description = "Also log to FILE")
  public Path logFile;

  @Option(
      names = {"-u", "--umask"},
      paramLabel = "MASK",
      description = "umask for file creation (numeric)")
  public String umask;

  @Option(
      names = {"-X", "--release-vips"},
      description = "Drop VIPs on a transition caused by a signal")
  public boolean releaseVips;

  @Option(
      names = {"-V", "--dont-release-vrrp"},
      description = "Don't remove VRRP VIPs and routes when the daemon stops")
  public boolean dontReleaseVrrp;

  @Option(
      names = {"-I", "--dont-release-ipvs"},
      description = "Don't remove the IPVS topology when the daemon stops")
  public boolean dontReleaseIpvs;

  @Option(
      names = "--lvs-dataplane",
      paramLabel = "auto|ipvs|userspace",
      converter = DataplaneModeConverter.class,
      description = "Where virtual servers run: kernel IPVS, the userspace forwarder, or auto"
          + " (IPVS when the kernel has it, else the forwarder; default)")
  public org.jkeepalived.lvs.forward.DataplaneMode lvsDataplane =
      org.jkeepalived.lvs.forward.DataplaneMode.AUTO;

  /** keepalived has no such option: the words are jkeepalived's. */
  static final class DataplaneModeConverter
      implements picocli.CommandLine.ITypeConverter<org.jkeepalived.lvs.forward.DataplaneMode> {
    @Override
    public org.jkeepalived.lvs.forward.DataplaneMode convert(String value) {
      return org.jkeepalived.lvs.forward.DataplaneMode.parse(value);
    }
  }

  @Option(
      names = {"-R", "--dont-respawn"},
      description = "Don't restart a subsystem whose engine failed (jkeepalived runs one process and restarts the engine where keepalived respawns a child)")
  public boolean dontRespawn;

  @Option(
      names = {"-n", "--dont-fork"},
      description = "Don't fork the daemon process (jkeepalived always stays in the foreground)")
  public boolean dontFork;

  @Option(
      names = {"-d", "--dump-conf"},
      description = "Dump the configuration data, every default made explicit")
  public boolean dumpConf;

  @Option(
      names = {"-p", "--pid"},
      paramLabel = "FILE",
      description = "Use the specified pid file for the daemon")
  public Path pidFile;

  @Option(
      names = {"-r", "--vrrp_pid"},
      paramLabel = "FILE",
      description = "Use the specified pid file for the VRRP subsystem")
  public Path vrrpPidFile;

  @Option(
      names = {"-c", "--checkers_pid"},
      paramLabel = "FILE",
      description = "Use the specified pid file for the checkers subsystem")
  public Path checkersPidFile;

  @Option(
      names = {"-b", "--bfd_pid"},
      paramLabel = "FILE",
      description = "Use the specified pid file for the BFD subsystem")
  public Path bfdPidFile;

  @Option(
      names = {"-a", "--address-monitoring"},
      description = "Report all address additions and deletions notified via netlink")
  public boolean addressMonitoring;

  @Option(
      names = {"-x", "--snmp"},
      description = "Enable the SNMP agent (all of its subtrees)")
  public boolean snmp;

  @Option(
      names = {"-s", "--namespace"},
      paramLabel = "NAME",
      description = "Run in network namespace NAME (overrides the configuration)")
  public String namespace;

  @Option(
      names = {"-e", "--all-config"},
      description = "Error if any configuration file is missing (as includet)")
  public boolean allConfig;

  @Option(
      names = {"-i", "--config-id"},
      paramLabel = "ID",
      description =
          "Skip configuration lines beginning '@' that don't match ID and lines beginning '@^'"
              + " that do (default: the host name up to the first dot)")
  public String configId;

  /**
   * Only for the help text: {@code Main} hands every argument after {@code -T} to genhash before
   * picocli parses, since genhash has its own options (-s is its server, not --namespace).
   */
  @Option(
      names = {"-T", "--genhash"},
      description = "Compute the MD5 digest of a URL for HTTP_GET/SSL_GET's digest, as keepalived's"
          + " genhash (-T -h lists its options)")
  public boolean genhash;

  @Option(
      names = {"--signum"},
      paramLabel = "SIGFUNC",
      description =
          "Print the signal number for STOP, RELOAD, DATA, STATS, STATS_CLEAR or JSON")
  public String signum;

  @Option(
      names = {"-t", "--config-test"},
      arity = "0..1",
      paramLabel = "LOG_FILE",
      fallbackValue = "",
      description = "Check the configuration and report every problem (to stderr, or LOG_FILE)")
  public String configTest;

  @Option(
      names = {"--snmp-listen"},
      paramLabel = "udp:IP:PORT",
      description = "Where the SNMP agent listens (default udp:127.0.0.1:161)")
  public String snmpListen;

  @Option(
      names = {"--snmp-community"},
      paramLabel = "NAME",
      description = "Read-only community (default public)")
  public String snmpCommunity;

  @Option(
      names = {"--snmp-write-community"},
      paramLabel = "NAME",
      description = "Read-write community (no write access unless given)")
  public String snmpWriteCommunity;

  @Option(
      names = {"--snmp-trap-sink"},
      paramLabel = "udp:IP:PORT[/COMMUNITY]",
      description = "Send notifications there (repeatable)")
  public List<String> snmpTrapSinks = new ArrayList<>();

  @Option(
      names = {"--snmp-config"},
      paramLabel = "FILE",
      description = "Agent settings file (SNMPv3 users, views, informs); flags win over it")
  public Path snmpConfig;

  @Option(
      names = {"--metrics-listen"},
      paramLabel = "IP:PORT",
      converter = org.jkeepalived.agent.metrics.MetricsAddress.class,
      description = "Serve Prometheus metrics on http://IP:PORT/metrics (off unless given;"
          + " e.g. 127.0.0.1:9650)")
  public java.net.InetSocketAddress metricsListen;

  @Option(
      names = {"--control-socket"},
      paramLabel = "PATH",
      description = "Answer `jkeepalived status` on this root-only socket (default: from -s or"
          + " net_namespace, instance, or -p: see jkeepalived(8); /run/jkeepalived/control.sock"
          + " without them; 'none': no socket)")
  public String controlSocket;

  @Option(
      names = {"-v", "--version"},
      versionHelp = true,
      description = "Display the version number")
  public boolean version;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Display this help message")
  public boolean help;

  /** Whether {@code -t} was given. */
  public boolean isConfigTest() {
    return configTest != null;
  }

  /** picocli adapter for {@link LogFacility#parse}. */
  public static final class LogFacilityConverter
      implements picocli.CommandLine.ITypeConverter<LogFacility> {
    @Override
    public LogFacility convert(String value) {
      return LogFacility.parse(value);
    }
  }
}
