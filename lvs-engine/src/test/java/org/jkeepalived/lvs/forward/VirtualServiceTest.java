package org.jkeepalived.lvs.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.jkeepalived.linux.ipvs.IpvsServiceKey;
import org.jkeepalived.lvs.forward.sched.Flow;
import org.junit.jupiter.api.Test;

/** A virtual server's decisions without sockets: persistence, weight 0, removal, gauges. */
class VirtualServiceTest {
  static final long S = 1_000_000_000L;
  final AtomicLong now = new AtomicLong();
  final InetAddress vip = InetAddress.getLoopbackAddress();
  final IpvsServiceKey key = IpvsServiceKey.of(Services.TCP, vip, 80);
  final RealServer a = new RealServer(Services.dest(new InetSocketAddress(vip, 8001), 1));
  final RealServer b = new RealServer(Services.dest(new InetSocketAddress(vip, 8002), 1));

  Flow from(String client) throws Exception {
    return new Flow(InetAddress.getByName(client), 40000, vip, 80);
  }

  VirtualService persistentPool() {
    VirtualService vs = new VirtualService(Services.persistent(key, "rr", 60, 0xFFFFFF00L),
        now::get);
    vs.add(a);
    vs.add(b);
    return vs;
  }

  @Test
  void aPersistentClientStaysOnAQuiescedDestinationWhileNewClientsGoElsewhere() throws Exception {
    VirtualService vs = persistentPool();
    assertThat(vs.schedule(from("198.18.1.1"))).contains(a);
    vs.update(a, a.settings().withWeight(0));
    // expire_quiescent_template = 0, the kernel's default: the template still holds
    assertThat(vs.schedule(from("198.18.1.7"))).contains(a);
    assertThat(vs.schedule(from("198.18.2.1"))).contains(b);
    assertThat(vs.dumpDests().get(0).persistentConns()).isEqualTo(1);
    assertThat(vs.dumpDests().get(0).inactiveConns()).isEqualTo(2);
  }

  @Test
  void aTemplateExpiresAfterItsLastConnectionAndItsTimeout() throws Exception {
    VirtualService vs = persistentPool();
    RealServer first = vs.schedule(from("198.18.1.1")).orElseThrow();
    vs.release(first, InetAddress.getByName("198.18.1.1"), false);
    now.addAndGet(59 * S);
    assertThat(vs.schedule(from("198.18.1.1"))).contains(first);
    vs.release(first, InetAddress.getByName("198.18.1.1"), false);
    now.addAndGet(61 * S);
    vs.tick();
    assertThat(vs.dumpDests()).allMatch(d -> d.persistentConns() == 0);
    // rr moves on: the next pick is the other destination
    assertThat(vs.schedule(from("198.18.1.1"))).isPresent().get().isNotSameAs(first);
  }

  @Test
  void aRemovedDestinationTakesNothingNewAndItsTemplatesGo() throws Exception {
    VirtualService vs = persistentPool();
    assertThat(vs.schedule(from("198.18.1.1"))).contains(a);
    vs.remove(a);
    assertThat(vs.schedule(from("198.18.1.1"))).contains(b);
    assertThat(vs.dests()).containsExactly(b);
    assertThat(vs.find(a.key())).isEmpty();
  }

  @Test
  void countersCountScheduledConnectionsPerServiceAndDestination() throws Exception {
    VirtualService vs = new VirtualService(Services.service(key, "wrr"), now::get);
    vs.add(a);
    vs.add(b);
    vs.update(b, b.settings().withWeight(3));
    for (int i = 0; i < 8; i++) {
      vs.schedule(from("198.18.1." + (i + 1)));
    }
    assertThat(vs.dump().stats().conns()).isEqualTo(8);
    assertThat(vs.dumpDests().get(0).stats().conns()).isEqualTo(2);
    assertThat(vs.dumpDests().get(1).stats().conns()).isEqualTo(6);
  }

  @Test
  void theConnectionBoundFollowsTheDescriptorLimit() {
    assertThat(ForwarderSettings.connectionsWithin(1_048_576)).isEqualTo(50_000);
    assertThat(ForwarderSettings.connectionsWithin(20_000)).isEqualTo(9_488);
    assertThat(ForwarderSettings.connectionsWithin(1024)).isEqualTo(64);
  }
}
