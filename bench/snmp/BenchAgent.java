import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.agent.snmp.AgentSettings;
import org.jkeepalived.agent.snmp.CommunitySettings;
import org.jkeepalived.agent.snmp.SnmpAgent;
import org.jkeepalived.agent.snmp.StoreBinding;
import org.jkeepalived.agent.snmp.ViewSettings;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.SystemHostInfo;
import org.jkeepalived.conf.load.HostInterfaces;
import org.jkeepalived.conf.load.StoreLoader;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.tables.KeepalivedMibTables;
import org.jkeepalived.mibs.tables.ScalarGroup;
import org.jkeepalived.mibs.tables.VrrpMibTables;
import org.jkeepalived.mibs.tables.Vrrpv3MibTables;

/**
 * The jkeepalived side of the SNMP benchmark while the daemon does not start the agent itself:
 * loads a keepalived.conf into an object store (conf.load.StoreLoader, this host's interfaces),
 * serves KEEPALIVED-MIB, VRRP-MIB and VRRPv3-MIB from it with the built-in agent (community
 * "public", v2c) and runs until killed. No VRRP runs: states are the loader's initial ones.
 *
 * <p>{@code java -cp agent/target/jkeepalived-all.jar bench/snmp/BenchAgent.java CONF IP PORT STATEDIR}
 */
public final class BenchAgent {
  public static void main(String[] args) throws Exception {
    // As the daemon: info level. Without a logback config the root logger is at DEBUG, and
    // SNMP4J then logs several lines per request (that alone made a 500-instance walk 5x slower).
    ((ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.INFO);
    Path conf = Path.of(args[0]);
    InetSocketAddress listen = new InetSocketAddress(InetAddress.getByName(args[1]),
        Integer.parseInt(args[2]));
    Path stateDir = Files.createDirectories(Path.of(args[3]));
    Diagnostics d = new Diagnostics();
    var nodes = new ConfigReader().read(conf, PreprocessOptions.defaults(), d);
    KeepalivedConfig config =
        new KeepalivedConfigParser().parse(nodes, new SystemHostInfo(), d).config();
    ObjectStore store = new DefaultObjectStore();
    new StoreLoader(HostInterfaces.system(), "jkeepalived bench", Instant.now())
        .apply(store, config, Origin.CONFIG_LOAD);
    StoreBinding binding = new StoreBinding(store);
    for (var tables :
        List.of(KeepalivedMibTables.tables(), VrrpMibTables.tables(), Vrrpv3MibTables.tables())) {
      for (TableSchema<?, ?> t : tables) {
        binding.table(t);
      }
    }
    for (var groups :
        List.of(
            KeepalivedMibTables.scalars(), VrrpMibTables.scalars(), Vrrpv3MibTables.scalars())) {
      for (ScalarGroup<?, ?> g : groups) {
        binding.scalars(g);
      }
    }
    AgentSettings settings =
        new AgentSettings(
            listen,
            List.of(new CommunitySettings("public", AgentSettings.ALL_VIEW, null)),
            List.of(),
            List.of(new ViewSettings(AgentSettings.ALL_VIEW, List.of("1.3.6.1"), List.of())),
            List.of(),
            stateDir.resolve("engine"),
            null);
    SnmpAgent agent = SnmpAgent.start(settings, binding);
    agent.started().get(30, TimeUnit.SECONDS);
    System.out.println("bench agent ready on " + listen);
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      agent.close();
      store.close();
    }));
    forever.await();
  }
}
