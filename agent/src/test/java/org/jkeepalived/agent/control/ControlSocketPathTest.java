package org.jkeepalived.agent.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jkeepalived.mibs.config.DaemonOptions;
import org.junit.jupiter.api.Test;

/** Each daemon's own control socket, named as keepalived names its per-instance pid files. */
class ControlSocketPathTest {
  private static DaemonOptions daemon(String netNamespace, String instance) {
    return new DaemonOptions(netNamespace, null, false, instance, false, false,
        DaemonOptions.DEFAULTS.childWaitTime());
  }

  @Test
  void noOptionIsTheOneDefaultSocket() {
    assertThat(ControlSocketPath.of(null, null, DaemonOptions.DEFAULTS, null))
        .isEqualTo(Path.of("/run/jkeepalived/control.sock"));
  }

  @Test
  void anExplicitPathWinsAndNoneIsNoSocket() {
    assertThat(ControlSocketPath.of("/tmp/x.sock", "ns1", daemon("ns2", "i"), Path.of("/a.pid")))
        .isEqualTo(Path.of("/tmp/x.sock"));
    assertThat(ControlSocketPath.of("none", null, DaemonOptions.DEFAULTS, null)).isNull();
  }

  @Test
  void theNamespaceIsADirectoryAndTheInstanceAFileName() {
    assertThat(ControlSocketPath.of(null, null, daemon("blue", null), null))
        .isEqualTo(Path.of("/run/jkeepalived/blue/control.sock"));
    assertThat(ControlSocketPath.of(null, "red", daemon("blue", null), null))
        .as("-s overrides net_namespace, as keepalived's").isEqualTo(
            Path.of("/run/jkeepalived/red/control.sock"));
    assertThat(ControlSocketPath.of(null, null, daemon(null, "lb2"), Path.of("/tmp/jk.pid")))
        .isEqualTo(Path.of("/run/jkeepalived/control_lb2.sock"));
    assertThat(ControlSocketPath.of(null, null, daemon("blue", "lb2"), null))
        .isEqualTo(Path.of("/run/jkeepalived/blue/control_lb2.sock"));
  }

  @Test
  void aPidFileAloneNamesTheSocketBesideIt() {
    assertThat(ControlSocketPath.of(null, null, DaemonOptions.DEFAULTS, Path.of("/tmp/n1/jk.pid")))
        .isEqualTo(Path.of("/tmp/n1/jk.sock"));
    assertThat(ControlSocketPath.of(null, null, DaemonOptions.DEFAULTS, Path.of("/tmp/n2/node")))
        .isEqualTo(Path.of("/tmp/n2/node.sock"));
    assertThat(ControlSocketPath.of(null, "ns1", DaemonOptions.DEFAULTS, Path.of("/tmp/jk.pid")))
        .as("a namespace has a directory of its own").isEqualTo(
            Path.of("/run/jkeepalived/ns1/control.sock"));
  }

  @Test
  void aNameCannotLeaveTheSocketDirectory() {
    assertThat(ControlSocketPath.of(null, "..", daemon(null, "a/../../etc"), null))
        .isEqualTo(Path.of("/run/jkeepalived/_/control_a_.._.._etc.sock"));
  }
}
