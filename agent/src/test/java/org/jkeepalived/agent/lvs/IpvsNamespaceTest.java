package org.jkeepalived.agent.lvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jkeepalived.agent.snmp.service.Configs;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.lvs.forward.DataplaneMode;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.ObjectStore;
import org.junit.jupiter.api.Test;

/**
 * keepalived's {@code net_namespace_ipvs} reaches the IPVS port: the checker opens IPVS in the
 * named namespace (here one that does not exist, so the start fails naming it, which needs
 * neither root nor a kernel with IPVS; NetlinkIpvsControlGuestIT programs a real one), in
 * process 1's without a name, and in the daemon's own without the keyword.
 */
class IpvsNamespaceTest {
  private static final String VS = """
      virtual_server 198.18.0.7 80 {
        protocol TCP
        real_server 198.18.0.21 80 {
        }
      }
      """;

  private static KeepalivedConfig parse(String text) {
    return Configs.parse(text);
  }

  @Test
  void theKeywordNamesTheNamespaceOrProcessOnesOrNone() {
    assertThat(LvsSeams.ipvsNamespace(parse("net_namespace_ipvs lb-ns\n" + VS)).path())
        .isEqualTo(Path.of("/var/run/netns/lb-ns"));
    assertThat(LvsSeams.ipvsNamespace(parse("net_namespace_ipvs\n" + VS)).path())
        .isEqualTo(Path.of("/proc/1/ns/net"));
    assertThat(LvsSeams.ipvsNamespace(parse(VS))).isNull();
  }

  @Test
  void theCheckerOpensIpvsInTheNamedNamespace() {
    KeepalivedConfig c = parse("net_namespace_ipvs jk-no-such-ns\n" + VS);
    try (ObjectStore store = new DefaultObjectStore()) {
      Engine engine = LvsSeams.factory(DataplaneMode.IPVS, false).create(store, c);
      assertThatThrownBy(() -> engine.start(cause -> { }))
          .isInstanceOf(EngineStartException.class)
          .hasMessageContaining("network namespace jk-no-such-ns");
      engine.close();
    }
  }
}
