package org.jkeepalived.agent.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
class ReloadStartsEngineTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String NS = "jkwi5";
  private Path dir;
  private Process daemon;

  @BeforeEach
  void setUp() throws Exception {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "needs root for network namespaces and raw sockets");
    dir = Files.createTempDirectory("jkwi");
    deleteNamespace();
    NsPair.sh("ip", "netns", "add", NS);
    NsPair.sh("ip", "-n", NS, "link", "set", "lo", "up");
    NsPair.sh("ip", "-n", NS, "link", "add", NS + "v", "type", "veth", "peer", "name", NS + "p");
    NsPair.sh("ip", "-n", NS, "addr", "add", "198.18.77.1/24", "dev", NS + "v");
    NsPair.sh("ip", "-n", NS, "link", "set", NS + "v", "up");
    NsPair.sh("ip", "-n", NS, "link", "set", NS + "p", "up");
  }

  @AfterEach
  void tearDown() {
    if (daemon != null) {
      NsPair.stop(daemon);
    }
    deleteNamespace();
  }

  private static void deleteNamespace() {
    try {
      NsPair.sh("ip", "netns", "del", NS);
    } catch (IOException e) {
      // not there
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
    return "vrrp_instance VI_1 {\n  state BACKUP\n  interface " + NS + "v\n"
        + "  virtual_router_id 71\n  priority " + priority + "\n  advert_int 1\n"
        + "  virtual_ipaddress {\n    198.18.77.100/24\n  }\n}\n";
  }

  private Process startDaemon(Path conf) throws IOException {
    return new ProcessBuilder(List.of("ip", "netns", "exec", NS,
        ProcessHandle.current().info().command().orElse("java"), "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "org.jkeepalived.agent.Main", "-n", "-l", "-D", "-G", "-f", conf.toString(),
        "-p", dir.resolve("n1.pid").toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("n1.log").toFile()).start();
  }

  @Test
  void missingInterfaceStopsTheDaemonUnlessDynamicInterfaces() throws Exception {
    String missing = instance(120).replace("interface " + NS + "v", "interface nosuch0");
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
    assertThat(NsPair.addresses(NS)).doesNotContain("198.18.77.100");

    Files.writeString(conf, global + instance(120));
    NsPair.sh("kill", "-HUP", Long.toString(p.pid()));
    assertThat(NsPair.await(WAIT, () -> NsPair.addresses(NS).contains(" 198.18.77.100/")))
        .as("VIP after the reload adding VI_1\n%s", log()).isTrue();
    assertThat(log()).contains("(VI_1) Entering MASTER STATE");

    Files.writeString(conf, global + instance(130));
    NsPair.sh("kill", "-HUP", Long.toString(p.pid()));
    assertThat(NsPair.await(WAIT, () -> count(log(), "Configuration reloaded") == 2))
        .as(log()).isTrue();
    Thread.sleep(1500);
    assertThat(NsPair.addresses(NS)).contains(" 198.18.77.100/");
    assertThat(count(log(), "(VI_1) Entering MASTER STATE")).as(log())
        .isEqualTo(1);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
