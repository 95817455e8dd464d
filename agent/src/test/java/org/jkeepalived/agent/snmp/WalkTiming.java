package org.jkeepalived.agent.snmp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.mibs.store.ObjectStore;
import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/**
 * A plain timing main (not a test): an in-process agent over the real MIB bindings with N
 * instances, walked with GETBULK (max-repetitions 10, as snmpbulkwalk) from an SNMP4J manager on
 * loopback. Prints the median and best walk time.
 *
 * <p>Run: {@code java -cp <agent test classpath> org.jkeepalived.agent.snmp.WalkTiming [N] [runs]}
 */
public final class WalkTiming {
  static final String KEEPALIVED_MIB = "1.3.6.1.4.1.9586.100.5";
  static final int PORT = 16410;

  private WalkTiming() {}

  public static void main(String[] args) throws Exception {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Path dir = Files.createTempDirectory("jkbs-walk");
    try (ObjectStore store = ScaleMib.store(instances)) {
      AgentSettings settings =
          TestAgents.settings(PORT, List.of(new CommunitySettings("public", AgentSettings.ALL_VIEW, null)), dir.resolve("engine"));
      SnmpAgent agent = SnmpAgent.start(settings, ScaleMib.binding(store));
      try (agent; TestClient client = new TestClient(PORT)) {
        agent.started().get(20, TimeUnit.SECONDS);
        Target<UdpAddress> target = client.community(SnmpConstants.version2c, "public");
        target.setTimeout(5000);
        int varbinds = walk(client, target);
        for (int i = 0; i < 20; i++) {
          walk(client, target); // warm-up: JIT
        }
        var os =
            (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] nanos = new long[runs];
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
          long t0 = System.nanoTime();
          walk(client, target);
          nanos[i] = System.nanoTime() - t0;
        }
        // CPU time (agent and manager together) is steadier than wall time on a shared machine.
        double cpuPerWalk = (os.getProcessCpuTime() - cpu0) / 1e6 / runs;
        Arrays.sort(nanos);
        System.out.printf(
            "instances=%d varbinds=%d walk median=%.2f ms best=%.2f ms, process CPU %.2f ms"
                + " per walk (%d runs)%n",
            instances, varbinds, nanos[runs / 2] / 1e6, nanos[0] / 1e6, cpuPerWalk, runs);
      }
    }
  }

  /** One whole-subtree GETBULK walk; returns the number of varbinds inside the subtree. */
  static int walk(TestClient client, Target<UdpAddress> target) throws Exception {
    OID root = new OID(KEEPALIVED_MIB);
    OID next = root;
    int count = 0;
    while (true) {
      PDU r = client.bulk(target, next.toDottedString(), 10);
      if (r == null || r.getErrorStatus() != 0) {
        throw new IllegalStateException("walk failed at " + next + ": " + r);
      }
      for (VariableBinding vb : r.getVariableBindings()) {
        if (!vb.getOid().startsWith(root) || vb.getVariable().isException()) {
          return count;
        }
        count++;
        next = vb.getOid();
      }
    }
  }
}
