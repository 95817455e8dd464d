package org.jkeepalived.agent.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.SystemHostInfo;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.engine.Engine;
import org.jkeepalived.engine.EngineFactory.Subsystem;
import org.jkeepalived.engine.EngineHealth.Status;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.ObjectStore;
import org.junit.jupiter.api.Test;

class VrrpEngineFactoryTest {
  private static KeepalivedConfig parse(String text) {
    Diagnostics d = new Diagnostics();
    var nodes = new ConfigReader()
        .readText(text, Path.of("/nonexistent/test.conf"), PreprocessOptions.defaults(), d);
    return new KeepalivedConfigParser().parse(nodes, new SystemHostInfo(), d).config();
  }

  @Test
  void vrrpHasWorkOnceThereIsAVrrpInstance() {
    VrrpEngineFactory factory = new VrrpEngineFactory();
    assertThat(factory.subsystem()).isEqualTo(Subsystem.VRRP);
    assertThat(factory.configured(parse("global_defs {\n  router_id r1\n}\n"))).isFalse();
    assertThat(factory.configured(parse("vrrp_instance VI_1 {\n  interface lo\n"
        + "  virtual_router_id 7\n  priority 100\n}\n"))).isTrue();
  }

  @Test
  void anEngineNeverStartedClosesWithoutPortsAndSaysStopped() {
    try (ObjectStore store = new DefaultObjectStore()) {
      Engine engine = new VrrpEngineFactory().create(store, parse("global_defs {\n}\n"));
      assertThat(engine.name()).isEqualTo("vrrp");
      assertThat(engine.health().status()).isEqualTo(Status.STARTING);
      engine.close();
      engine.close();
      assertThat(engine.health().status()).isEqualTo(Status.STOPPED);
    }
  }

  @Test
  void onlyAnErrorEscapingALoopTaskRestartsTheEngine() {
    assertThat(VrrpService.restartsEngine(new OutOfMemoryError())).isTrue();
    assertThat(VrrpService.restartsEngine(new AssertionError("bug"))).isTrue();
    assertThat(VrrpService.restartsEngine(new IllegalStateException("one bad event"))).isFalse();
    assertThat(VrrpService.restartsEngine(new NullPointerException())).isFalse();
  }
}
