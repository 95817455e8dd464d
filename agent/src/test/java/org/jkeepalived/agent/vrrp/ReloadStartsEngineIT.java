package org.jkeepalived.agent.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.testkit.Netns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A daemon started without any vrrp_instance starts its VRRP engine on the SIGHUP that adds the
 * first one, and a later reload changing that instance keeps it running (same index, no restart).
 * A daemon whose instance names a missing interface stops, as keepalived does, unless
 * dynamic_interfaces lets the instance wait for it.
 */
class ReloadStartsEngineIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String IFACE = "eth0";
  private Netns netns;
  private String ns;
  private Path dir;
  private Process daemon;

  @BeforeEach
  void setUp() throws Exception {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "needs root for network namespaces and raw sockets");
    dir = Files.createTempDirectory("jkwi");
    netns = Netns.create("rse");
    ns = netns.name();
    netns.ip("link", "add", IFACE, "type", "veth", "peer", "name", IFACE + "p");
    netns.ip("addr", "add", "198.18.77.1/24", "dev", IFACE);
    netns.ip("link", "set", IFACE, "up");
    netns.ip("link", "set", IFACE + "p", "up");
  }

  @AfterEach
  void tearDown() {
    if (daemon != null) {
      NsPair.stop(daemon);
    }
    if (netns != null) {
      netns.close();
    }
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("n1.log"));
    } catch (IOException e) {
      return "";
    }
  }

  private static String instance(int priority) {
    return "vrrp_instance VI_1 {\n  state BACKUP\n  interface " + IFACE + "\n"
        + "  virtual_router_id 71\n  priority " + priority + "\n  advert_int 1\n"
        + "  virtual_ipaddress {\n    198.18.77.100/24\n  }\n}\n";
  }

  private Process startDaemon(Path conf) throws IOException {
    return new ProcessBuilder(List.of("ip", "netns", "exec", ns,
        ProcessHandle.current().info().command().orElse("java"), "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "org.jkeepalived.agent.Main", "-n", "-l", "-D", "-G", "-f", conf.toString(),
        "-p", dir.resolve("n1.pid").toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("n1.log").toFile()).start();
  }

  @Test
  void missingInterfaceStopsTheDaemonUnlessDynamicInterfaces() throws Exception {
    String missing = instance(120).replace("interface " + IFACE, "interface nosuch0");
    Path conf = dir.resolve("n1.conf");
    Files.writeString(conf, "global_defs {\n  router_id r1\n}\n" + missing);
    daemon = startDaemon(conf);
    assertThat(daemon.waitFor(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
        .as("daemon exits\n%s", log()).isTrue();
    assertThat(daemon.exitValue()).isEqualTo(1);
    assertThat(log()).contains("Non-existent interface specified in configuration")
        .contains("Stopping: VRRP cannot start: interface nosuch0");

    Files.writeString(conf, "global_defs {\n  router_id r1\n  dynamic_interfaces\n}\n" + missing);
    daemon = startDaemon(conf);
    assertThat(NsPair.await(WAIT, () -> log().contains("which doesn't currently exist")))
        .as(log()).isTrue();
    assertThat(daemon.isAlive()).as("waits for the interface\n%s", log()).isTrue();
  }

  @Test
  void reloadAddingTheFirstInstanceStartsTheEngine() throws Exception {
    String global = "global_defs {\n  router_id r1\n}\n";
    Path conf = dir.resolve("n1.conf");
    Files.writeString(conf, global);
    daemon = startDaemon(conf);
    Process p = daemon;
    assertThat(NsPair.await(WAIT, () -> log().contains("Starting"))).isTrue();
    Thread.sleep(1000); // signal handlers are installed right after the configuration is read
    assertThat(addresses()).doesNotContain("198.18.77.100");

    Files.writeString(conf, global + instance(120));
    NsPair.sh("kill", "-HUP", Long.toString(p.pid()));
    assertThat(NsPair.await(WAIT, () -> addresses().contains(" 198.18.77.100/")))
        .as("VIP after the reload adding VI_1\n%s", log()).isTrue();
    assertThat(log()).contains("(VI_1) Entering MASTER STATE");

    Files.writeString(conf, global + instance(130));
    NsPair.sh("kill", "-HUP", Long.toString(p.pid()));
    assertThat(NsPair.await(WAIT, () -> count(log(), "Configuration reloaded") == 2))
        .as(log()).isTrue();
    Thread.sleep(1500);
    assertThat(addresses()).contains(" 198.18.77.100/");
    assertThat(count(log(), "(VI_1) Entering MASTER STATE")).as(log())
        .isEqualTo(1);
  }

  private String addresses() {
    try {
      return NsPair.sh("ip", "-n", ns, "addr", "show", "dev", IFACE);
    } catch (IOException e) {
      return "";
    }
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
