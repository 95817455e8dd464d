package org.jkeepalived.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.jkeepalived.agent.lvs.LvsSeams;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.SystemHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.engine.EngineFactory;
import org.jkeepalived.engine.EngineStartException;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.engine.EngineFactory.Subsystem;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.ObjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The LVS checker subsystem in the daemon's engine host: selected by {@code -C}, and when the
 * dataplane cannot be opened (kernel IPVS asked for with {@code --lvs-dataplane=ipvs} and
 * missing) the daemon stops with keepalived's message, as keepalived's parent stops when its
 * checker process exits with a fatal status.
 */
class LvsCheckerHostingTest {
  private static final KeepalivedConfig BOTH = parse("""
      vrrp_instance VI_1 {
        interface lo
        virtual_router_id 7
        priority 100
        virtual_ipaddress {
          198.18.0.7/32
        }
      }
      virtual_server 198.18.0.7 80 {
        protocol TCP
        real_server 198.18.0.21 80 {
        }
      }
      """);

  private final FakeEngines fakes = new FakeEngines();
  private final FakeEngines.Factory vrrp =
      fakes.new Factory(Subsystem.VRRP, c -> !c.vrrpInstances().isEmpty());
  private final EngineFactory checker = LvsSeams.factory(() -> {
    throw IpvsException.unavailable("the kernel has no generic netlink family IPVS");
  }, false);
  private final ObjectStore store = new DefaultObjectStore();
  private EngineHost host;

  private static KeepalivedConfig parse(String text) {
    Diagnostics d = new Diagnostics();
    var nodes = new ConfigReader()
        .readText(text, Path.of("/nonexistent/test.conf"), PreprocessOptions.defaults(), d);
    return new KeepalivedConfigParser().parse(nodes, new SystemHostInfo(), d).config();
  }

  @AfterEach
  void tearDown() {
    if (host != null) {
      host.close();
    }
    store.close();
  }

  @Test
  void checkerIsTheCheckSubsystemAndHasWorkWithAVirtualServer() {
    assertThat(checker.subsystem()).isEqualTo(Subsystem.CHECKER);
    assertThat(checker.configured(BOTH)).isTrue();
    assertThat(EngineSelection.select(false, true, false, false)).contains(Subsystem.CHECKER)
        .doesNotContain(Subsystem.VRRP);
  }

  @Test
  void withoutIpvsTheDaemonStopsWithKeepalivedsMessage() {
    host = new EngineHost(List.of(vrrp, checker), EnumSet.allOf(Subsystem.class), store,
        new ManualHostTimer(), RestartPolicy.NEVER);
    assertThatThrownBy(() -> host.start(BOTH))
        .isInstanceOf(EngineStartException.class)
        .hasMessageContaining("IPVS: Can't initialize ipvs: IPVS is not available")
        .satisfies(e -> assertThat(((EngineStartException) e).fatal()).isTrue());
    // VRRP started first and stays until the daemon closes the host
    assertThat(vrrp.last().running).isTrue();
  }
}
