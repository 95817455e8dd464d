package org.jkeepalived.agent.snmp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.jkeepalived.mibs.store.ObjectStore;

/** Agent settings the in-JVM agent tests share: loopback, the given communities, view "all". */
final class TestAgents {
  private TestAgents() {}

  /**
   * @param port the UDP port on 127.0.0.1
   * @param communities the v2c communities
   * @param stateFile where engine boots and ID persist (a test's temporary folder)
   */
  static AgentSettings settings(int port, List<CommunitySettings> communities, Path stateFile) {
    return new AgentSettings(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
        communities,
        List.of(),
        List.of(new ViewSettings(AgentSettings.ALL_VIEW, List.of("1.3.6.1"), List.of())),
        List.of(),
        stateFile,
        null);
  }

  /**
   * Starts an agent from a settings file with {@code properties} written into {@code dir}, its
   * state file beside it, and waits until it listens.
   */
  static SnmpAgent startFromFile(Path dir, String properties, StoreBinding binding)
      throws Exception {
    Path settings = dir.resolve("snmp.properties");
    java.nio.file.Files.writeString(settings, properties);
    SnmpAgent agent =
        SnmpAgent.start(
            AgentSettingsLoader.load(
                List.of("--snmp-config=" + settings, "--snmp-state-file=" + dir.resolve("engine"))),
            binding);
    agent.started().get(20, java.util.concurrent.TimeUnit.SECONDS);
    return agent;
  }

  /** Closes what a test class started, each even if the one before failed to close. */
  static void close(TestClient client, SnmpAgent agent, ObjectStore store) throws Exception {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      try {
        if (agent != null) {
          agent.close();
        }
      } finally {
        store.close();
      }
    }
  }
}
