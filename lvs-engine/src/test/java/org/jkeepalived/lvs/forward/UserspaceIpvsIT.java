package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.NetnsLab;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.linux.netns.NamespaceThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forwarder in a network namespace, as a VRRP backup would run it: it listens on a virtual
 * address that is not on any interface yet (IP_FREEBIND), the address arrives, and a client in
 * another namespace is served through it by real servers on 198.18.x.2; IPv4 and IPv6, TCP and
 * UDP. Everything the forwarder and the backends open is made from a thread inside the
 * balancer's namespace (sockets and the threads they start stay there).
 */
class UserspaceIpvsIT {
  NetnsLab lab;
  NamespaceThread balancer;
  NamespaceThread client;
  UserspaceIpvs ipvs;
  TestBackend a;
  TestBackend b;
  TestBackend udpA;

  @BeforeEach
  void setUp() throws Exception {
    NetnsLab.assumeRootAndNative();
    lab = NetnsLab.create();
    balancer = lab.b().thread();
    client = lab.a().thread();
    InetAddress real = InetAddress.getByName(lab.v4(2));
    in(balancer, () -> {
      ipvs = new UserspaceIpvs(ForwarderSettings.DEFAULT.withThreads(1));
      a = TestBackend.tcp("A", real);
      b = TestBackend.tcp("B", real);
      udpA = TestBackend.udp("U", real);
      return null;
    });
  }

  @AfterEach
  void tearDown() throws Exception {
    if (ipvs != null) {
      ipvs.close();
    }
    for (TestBackend t : new TestBackend[] {a, b, udpA}) {
      if (t != null) {
        t.close();
      }
    }
    if (balancer != null) {
      balancer.close();
      client.close();
    }
    if (lab != null) {
      lab.close();
    }
  }

  static <T> T in(NamespaceThread ns, java.util.concurrent.Callable<T> task) throws Exception {
    return ns.submit(task).get(20, TimeUnit.SECONDS);
  }

  void addVip(String address, String prefix) throws Exception {
    NetnsLab.sh("ip", "-n", lab.nsB, "addr", "add", address + "/" + prefix, "dev", lab.ifB,
        "nodad");
  }

  Map<String, Integer> connectFromClient(InetSocketAddress vip, int n) throws Exception {
    return in(client, () -> {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < n; i++) {
        try (TestClient c = new TestClient(vip)) {
          seen.merge(c.greeting(), 1, Integer::sum);
          assertThat(c.echo("ping " + i)).isEqualTo("ping " + i);
        }
      }
      return seen;
    });
  }

  @Test
  void aBackupListensBeforeItsVipArrivesThenServesIpv4AndIpv6() throws Exception {
    assertThat(ipvs.nativeTransport()).isTrue();
    InetSocketAddress vip4 = new InetSocketAddress(InetAddress.getByName(lab.v4(10)), 8080);
    InetSocketAddress vip6 = new InetSocketAddress(InetAddress.getByName(lab.v6(10)), 8080);
    // the premise: without IP_FREEBIND the address cannot be bound yet
    assertThat(in(balancer, () -> {
      try (java.net.ServerSocket plain = new java.net.ServerSocket()) {
        plain.bind(vip4);
        return "bound";
      } catch (java.net.BindException e) {
        return e.getMessage();
      }
    })).containsIgnoringCase("assign");
    for (InetSocketAddress vip : new InetSocketAddress[] {vip4, vip6}) {
      IpvsServiceKey key = IpvsServiceKey.of(Services.TCP, vip.getAddress(), vip.getPort());
      in(balancer, () -> {
        // the VIP is on no interface yet: only IP_FREEBIND lets this bind
        ipvs.addService(Services.service(key, "wrr"));
        ipvs.addDestination(key, Services.dest(a.address(), 2));
        ipvs.addDestination(key, Services.dest(b.address(), 1));
        return null;
      });
    }
    addVip(lab.v4(10), "24");
    addVip(lab.v6(10), "64");
    assertThat(connectFromClient(vip4, 9)).containsEntry("A", 6).containsEntry("B", 3);
    assertThat(connectFromClient(vip6, 3)).containsEntry("A", 2).containsEntry("B", 1);
    var v4 = ipvs.services().stream().filter(s -> s.key().address().equals(vip4.getAddress()))
        .findFirst().orElseThrow();
    assertThat(v4.stats().conns()).isEqualTo(9);
  }

  @Test
  void udpThroughAFreeboundVip() throws Exception {
    InetSocketAddress vip = new InetSocketAddress(InetAddress.getByName(lab.v4(11)), 5353);
    IpvsServiceKey key = IpvsServiceKey.of(Services.UDP, vip.getAddress(), vip.getPort());
    in(balancer, () -> {
      ipvs.addService(Services.service(key, "rr"));
      ipvs.addDestination(key, Services.dest(udpA.address(), 1));
      return null;
    });
    addVip(lab.v4(11), "24");
    String reply = in(client, () -> {
      try (DatagramSocket s = new DatagramSocket()) {
        s.setSoTimeout(3000);
        return UserspaceIpvsUdpTest.ask(s, vip, "hello");
      }
    });
    assertThat(reply).isEqualTo("U:hello");
    assertThat(ipvs.destinations(key).get(0).inactiveConns()).isEqualTo(1);
  }
}
