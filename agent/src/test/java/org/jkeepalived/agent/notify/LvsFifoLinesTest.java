package org.jkeepalived.agent.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.conf.KeepalivedConfigParser;
import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.conf.host.FakeHostInfo;
import org.jkeepalived.conf.load.HostInterfaces;
import org.jkeepalived.conf.load.StoreLoader;
import org.jkeepalived.conf.pre.ConfigReader;
import org.jkeepalived.conf.pre.PreprocessOptions;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreEvent;
import org.junit.jupiter.api.Test;

/** keepalived's LVS notify FIFO lines (check/ipwrapper.c notify_fifo_rs, notify_fifo_vs). */
class LvsFifoLinesTest {
  static ObjectStore store(String omega) {
    String text = """
        virtual_server 198.18.2.10 80 {
          protocol TCP
          %s
          real_server 198.18.2.21 8080 {
            TCP_CHECK {
            }
          }
        }
        virtual_server fwmark 5 {
          real_server 198.18.2.22 80 {
          }
        }
        """.formatted(omega);
    Diagnostics d = new Diagnostics();
    var nodes = new ConfigReader().readText(text, Path.of("t.conf"), PreprocessOptions.defaults(), d);
    var config = new KeepalivedConfigParser().parse(nodes, FakeHostInfo.conformanceRig(), d).config();
    ObjectStore store = new DefaultObjectStore();
    new StoreLoader(new HostInterfaces() {
      @Override
      public int ifIndex(String name) {
        return 2;
      }

      @Override
      public byte[] mac(String name) {
        return new byte[6];
      }

      @Override
      public InetAddress primaryAddress(String name, boolean ipv6) {
        return null;
      }
    }, "t", Instant.EPOCH).apply(store, config, Origin.CONFIG_LOAD);
    return store;
  }

  private static List<StoreEvent> publish(ObjectStore store, RealServerStatus rs, QuorumStatus q) {
    return store.begin(Origin.ENGINE)
        .putState(Tables.REAL_SERVER, Index.of(1, 1), new RealServerState(rs,
            rs == RealServerStatus.ALIVE ? 0 : 1, IpvsStats.ZERO))
        .putState(Tables.VIRTUAL_SERVER, Index.of(1), new VirtualServerState(q,
            rs == RealServerStatus.ALIVE ? 1 : 0, 1, IpvsStats.ZERO))
        .putState(Tables.REAL_SERVER, Index.of(2, 1), new RealServerState(rs,
            rs == RealServerStatus.ALIVE ? 0 : 1, IpvsStats.ZERO))
        .commit();
  }

  @Test
  void realAndVirtualServerLinesAsKeepalivedWritesThem() {
    try (ObjectStore store = store("")) {
      List<StoreEvent> down = publish(store, RealServerStatus.DEAD, QuorumStatus.NOT_MET);
      assertThat(LvsFifoLines.of(down, store.snapshot())).containsExactly(
          "RS [198.18.2.21]:tcp:8080 [198.18.2.10]:tcp:80 DOWN",
          "VS [198.18.2.10]:tcp:80 DOWN",
          "RS [198.18.2.22]:none:80 FWM 5 DOWN");
      List<StoreEvent> up = publish(store, RealServerStatus.ALIVE, QuorumStatus.MET);
      assertThat(LvsFifoLines.of(up, store.snapshot())).contains(
          "RS [198.18.2.21]:tcp:8080 [198.18.2.10]:tcp:80 UP", "VS [198.18.2.10]:tcp:80 UP");
    }
  }

  @Test
  void stoppingWritesNothingWithoutOmega() {
    try (ObjectStore store = store("")) {
      List<StoreEvent> stop = publish(store, RealServerStatus.DEAD, QuorumStatus.SHUTDOWN);
      assertThat(LvsFifoLines.of(stop, store.snapshot()))
          .containsExactly("RS [198.18.2.22]:none:80 FWM 5 DOWN");
    }
    try (ObjectStore store = store("omega")) {
      List<StoreEvent> stop = publish(store, RealServerStatus.DEAD, QuorumStatus.SHUTDOWN);
      assertThat(LvsFifoLines.of(stop, store.snapshot())).startsWith(
          "RS [198.18.2.21]:tcp:8080 [198.18.2.10]:tcp:80 DOWN", "VS [198.18.2.10]:tcp:80 DOWN");
    }
  }
}
