package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VrrpConfigIT {
  static Stream<GoldenScenarios.Golden> goldens() {
    return GoldenScenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void templateRendersTheCheckedInScenarioConfigs(GoldenScenarios.Golden g) throws IOException {
    assertThat(g.node1().render()).isEqualTo(resource(g.name(), "node1.conf"));
    assertThat(g.node2().render()).isEqualTo(resource(g.name(), "node2.conf"));
  }

  /** keepalived -t is the oracle for syntax; it also wants the interface to exist. */
  @Test
  void keepalivedAcceptsEveryScenarioConfig(@TempDir Path dir) throws IOException {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    assumeTrue(Impl.KEEPALIVED.unavailable().isEmpty(), "keepalived is not installed");
    try (Netns ns = Netns.create("jklbt")) {
      ns.addVeths(VrrpLab.IFACE);
      for (GoldenScenarios.Golden g : GoldenScenarios.all()) {
        for (VrrpConfig c : List.of(g.node1(), g.node2())) {
          Path f = dir.resolve(g.name() + "-" + c.routerId() + ".conf");
          Files.writeString(f, c.render());
          Proc.Result r = ns.exec(Duration.ofSeconds(20), "keepalived", "-t", "-f", f.toString());
          assertThat(r.exitCode()).as("%s: %s%s", f, r.stdout(), r.stderr()).isZero();
        }
      }
    }
  }

  @Test
  void unicastListsEveryOtherNodeAsPeer() throws Exception {
    VrrpTemplate t =
        VrrpTemplate.of(new Variant(3, Family.IPV6, Transport.UNICAST), new LabSubnet(7), 3);
    VrrpConfig c = t.node(2, 100).build();
    assertThat(c.unicastSrc()).contains(InetAddress.getByName("fd00:7::12"));
    assertThat(c.unicastPeers())
        .containsExactly(InetAddress.getByName("fd00:7::11"), InetAddress.getByName("fd00:7::13"));
    assertThat(c.render()).contains("  unicast_peer {\n    fd00:7::11\n    fd00:7::13\n  }\n");
  }

  @Test
  void multicastHasNoUnicastKeywords() {
    VrrpConfig c = VrrpTemplate.of(ScenarioMatrix.V2_IPV4_MCAST, new LabSubnet(7), 3).node(1, 9).build();
    assertThat(c.render()).doesNotContain("unicast").contains("    198.18.7.100/24 dev eth0\n");
  }

  @Test
  void advertIntervalIsWrittenInSeconds() {
    assertThat(VrrpConfig.seconds(Duration.ofSeconds(1))).isEqualTo("1");
    assertThat(VrrpConfig.seconds(Duration.ofMillis(200))).isEqualTo("0.2");
    assertThat(VrrpConfig.seconds(Duration.ofMillis(50))).isEqualTo("0.05");
    assertThat(VrrpConfig.seconds(Duration.ofMillis(2500))).isEqualTo("2.5");
  }

  @Test
  void refusesWhatKeepalivedWouldRefuse() throws Exception {
    VrrpConfig.Builder v3 = VrrpTemplate.of(ScenarioMatrix.V3_IPV6_UNICAST, new LabSubnet(7), 2)
        .node(1, 100);
    assertThatThrownBy(() -> v3.authPass("x").build()).hasMessageContaining("VRRPv2");
    assertThatThrownBy(() -> v3.authPass(null).priority(0).build()).hasMessageContaining("1..255");
    assertThatThrownBy(() -> new Variant(2, Family.IPV6, Transport.MULTICAST))
        .hasMessageContaining("IPv6");
    assertThat(Variant.all()).hasSize(6);
  }

  /** keepalived resolves track_script while parsing the instance: the script must come first. */
  @Test
  void extraBeforeGoesBetweenGlobalDefsAndTheInstance() {
    String text = VrrpTemplate.of(ScenarioMatrix.V2_IPV4_MCAST, new LabSubnet(7), 2).node(1, 100)
        .extraBefore("vrrp_script chk {\n  script \"/bin/true\"\n}")
        .extraTop("vrrp_sync_group G {\n  group {\n    VI_1\n  }\n}")
        .build()
        .render();
    int globalEnd = text.indexOf("}\n\n");
    int script = text.indexOf("vrrp_script chk {\n  script \"/bin/true\"\n}\n");
    int instance = text.indexOf("vrrp_instance VI_1 {");
    assertThat(globalEnd).isPositive();
    assertThat(script).isGreaterThan(globalEnd).isLessThan(instance);
    assertThat(text.indexOf("vrrp_sync_group G")).isGreaterThan(instance);
  }

  private static String resource(String scenario, String file) throws IOException {
    String path = "/scenarios/vrrp/" + scenario + "/" + file;
    try (InputStream in = VrrpConfigIT.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
