package org.jkeepalived.test.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jkeepalived.agent.control.NodeStatus;
import org.jkeepalived.agent.control.StatusJson;
import org.jkeepalived.test.rig.Jvm;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jkeepalived status} as an operator runs it, a separate process, against each daemon of a
 * live pair: the master says MASTER with its VIP set, the backup BACKUP naming the master's
 * address; after the master stops, asking it says no daemon runs (exit 3).
 */
class StatusScenarioIT {
  @TempDir Path dir;

  @Test
  void statusShowsEachNodesViewAndSaysWhenNoDaemonRuns() throws Exception {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    try (OpsPair pair = new OpsPair("jkst", "198.18.73", dir)) {
      pair.start(2, "--control-socket=" + socket(2));
      pair.start(1, "--control-socket=" + socket(1));
      assertThat(OpsPair.await(OpsPair.ELECTION, () -> pair.hasVip(1)))
          .as("node 1 master; log:\n%s", pair.log(1)).isTrue();
      assertThat(OpsPair.await(OpsPair.ELECTION, () -> "198.18.73.1".equals(
          instance(2).master()))).as("backup learns the master").isTrue();

      NodeStatus.Instance master = instance(1);
      assertThat(master.state()).isEqualTo("MASTER");
      assertThat(master.effectivePriority()).isEqualTo(150);
      assertThat(master.vipsSet()).isTrue();
      assertThat(master.vips()).containsExactly("198.18.73.100/24 dev op1e0 scope global set");
      NodeStatus.Instance backup = instance(2);
      assertThat(backup.state()).isEqualTo("BACKUP");
      assertThat(backup.vipsSet()).isFalse();

      Proc.Result text = status(1);
      assertThat(text.exitCode()).as(text.stderr()).isZero();
      assertThat(text.stdout()).contains("VRRP instance VI_1", "Virtual Router ID            71",
          "Status                       MASTER", "engine vrrp: RUNNING");

      pair.kill(1);
      Proc.Result gone = status(1);
      // SIGKILL leaves the socket file: the command must still tell a dead daemon apart
      assertThat(gone.exitCode()).as(gone.stdout() + gone.stderr()).isEqualTo(3);
      assertThat(gone.stderr()).startsWith("jkeepalived is not running");
    }
  }

  private Path socket(int node) {
    return dir.resolve("node" + node + ".sock");
  }

  private NodeStatus.Instance instance(int node) {
    Proc.Result r = status(node, "--json");
    if (!r.ok()) {
      return new NodeStatus.Instance("-", null, 0, 0, "NONE", "NONE", 0, 0, null, false,
          java.util.List.of(), java.util.List.of(), null, 0, 0);
    }
    try {
      return StatusJson.read(r.stdout().getBytes(StandardCharsets.UTF_8)).instances().get(0);
    } catch (java.io.IOException e) {
      throw new AssertionError("status --json: " + r.stdout(), e);
    }
  }

  private Proc.Result status(int node, String... extra) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("status",
        "--control-socket=" + socket(node)));
    args.addAll(java.util.List.of(extra));
    return Proc.run(OpsPair.CMD, dir, Jvm.jkeepalived(args.toArray(String[]::new)));
  }
}
