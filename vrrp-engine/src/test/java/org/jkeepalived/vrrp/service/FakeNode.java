package org.jkeepalived.vrrp.service;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.linux.rtnl.FakeRouteManager;
import org.jkeepalived.linux.sysctl.FakeSysctl;
import org.jkeepalived.linux.watch.FakeFileWatcher;
import org.jkeepalived.linux.watch.FakeProcessEventSource;
import org.jkeepalived.linux.watch.ProcFs;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.vrrp.filter.FakeFirewall;
import org.jkeepalived.vrrp.track.TrackerPorts;
import org.jkeepalived.linux.neigh.FakeArpSender;
import org.jkeepalived.linux.neigh.FakeNaSender;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.raw.FakeRawIpSocket;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;
import org.jkeepalived.linux.rtnl.FakeAddressManager;
import org.jkeepalived.linux.rtnl.FakeLinkMonitor;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.vrrp.io.RawSocketProvider;

/**
 * One router for engine tests: its own store, fake address manager, link monitor and GARP/NA
 * senders, attached to a shared {@link FakeLan} and driven by a shared {@link FakeScheduler}.
 * Sockets deliver synchronously through the scheduler, so everything runs on the test thread.
 */
final class FakeNode implements AutoCloseable {
  static final int IFINDEX = 2;
  /** A second interface, eth1 (198.18.3.x), for instances of a sync group on two links. */
  static final int IFINDEX1 = 3;

  final ObjectStore store = new DefaultObjectStore();
  final FakeLinkMonitor links = new FakeLinkMonitor();
  final FakeAddressManager addresses = new FakeAddressManager();
  final FakeArpSender arp = new FakeArpSender();
  final FakeNaSender na = new FakeNaSender();
  final FakeRouteManager routes =
      new FakeRouteManager();
  final VrrpEngine engine;
  final FakeFileWatcher files = new FakeFileWatcher();
  final FakeScripts scripts = new FakeScripts();
  FakeRawIpSocket lastSocket;
  /** The interface the last socket was opened on. */
  String lastSocketIfname;
  final FakeFirewall firewall =
      new FakeFirewall();
  /** net.ipv4.conf.IF.KEY values, keyed "IF/KEY". */
  final FakeSysctl sysctls =
      new FakeSysctl(true);

  FakeNode(FakeLan lan, FakeScheduler clock, String v4, String v6, int macLast)
      throws IOException {
    this(lan, clock, v4, v6, macLast, EngineSettings.DEFAULTS);
  }

  /** A router with these global settings (delays, dynamic_interfaces). */
  FakeNode(FakeLan lan, FakeScheduler clock, String v4, String v6, int macLast,
      EngineSettings settings) throws IOException {
    links.putLink(new LinkInfo(IFINDEX, "eth0",
        Rtnl.IFF_UP | Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP, 1500,
        new byte[] {2, 0, 0, 0, 0, (byte) macLast}, 6, "veth"));
    links.putLink(new LinkInfo(IFINDEX1, "eth1",
        Rtnl.IFF_UP | Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP, 1500,
        new byte[] {2, 0, 0, 0, 1, (byte) macLast}, 6, "veth"));
    addresses.add(InterfaceAddress.of(IFINDEX1, TestRows.ip(v4.replace(".1.", ".3.")), 24));
    addresses.add(InterfaceAddress.of(IFINDEX, TestRows.ip(v4), 24));
    addresses.add(InterfaceAddress.of(IFINDEX, TestRows.ip(v6), 64));
    RawSocketProvider sockets = new RawSocketProvider() {
      @Override
      public RawIpSocket open(RawSocketConfig c) {
        lastSocketIfname = c.ifname();
        lastSocket = lan.attach(c.source(), c.protocol(),
            "eth1".equals(c.ifname()) ? IFINDEX1 : IFINDEX);
        return lastSocket;
      }

      @Override
      public RawIpSocket openReceiver(RawSocketConfig c, RawIpSocket sender) {
        return sender; // a FakeLan socket receives its group and its own address alike
      }

      @Override
      public AutoCloseable receive(RawIpSocket s, String name,
          java.util.function.Consumer<RawDatagram> sink) {
        ((FakeRawIpSocket) s).setReceiveListener(sink);
        return () -> ((FakeRawIpSocket) s).setReceiveListener(null);
      }
    };
    engine = new VrrpEngine(store,
        new EnginePorts(sockets, addresses, links, arp, na,
            new TrackerPorts(scripts, files, new FakeProcessEventSource(),
                new ProcFs(Path.of("/nonexistent-jktw-proc"))), firewall,
            sysctls), clock,
        settings, routes);
  }

  /** Puts the rows (indexes 1..n) as the config loader would, then starts the engine. */
  void start(VrrpInstanceConfig... rows) throws IOException {
    var tx = store.begin(Origin.CONFIG_LOAD);
    for (int i = 0; i < rows.length; i++) {
      tx.putConfig(Tables.VRRP_INSTANCE, Index.of(i + 1), rows[i]);
    }
    tx.commit();
    engine.start();
  }

  /** Puts a config row (a tracker or sync group) before {@link #start}. */
  <C> void config(TableId<C, ?> table, int index, C row) {
    store.begin(Origin.CONFIG_LOAD).putConfig(table, Index.of(index), row).commit();
  }

  /** The state row of instance {@code index}. */
  Optional<VrrpInstanceState> state(int index) {
    return store.snapshot().state(Tables.VRRP_INSTANCE, Index.of(index));
  }

  /** An SNMP SET or reload of row 1: a store transaction whose events reach the engine. */
  void set(Origin origin, VrrpInstanceConfig row) {
    engine.onEvents(store.begin(origin).putConfig(Tables.VRRP_INSTANCE, Index.of(1), row)
        .commit());
  }

  Optional<VrrpInstanceState> state() {
    return store.snapshot().state(Tables.VRRP_INSTANCE, Index.of(1));
  }

  List<InetAddress> vipsOnLink() {
    return addresses.list(0).stream().map(InterfaceAddress::address)
        .filter(a -> !a.getHostAddress().matches("198\\.18\\.[13]\\.\\d+|fe80.*"))
        .toList();
  }

  Map<String, Object> describe() {
    return Map.of("state", state(), "vips", vipsOnLink());
  }

  @Override
  public void close() {
    engine.close();
    store.close();
  }
}
